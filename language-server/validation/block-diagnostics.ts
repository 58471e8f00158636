// The diagnostics of a top-level block kept while nothing they depend on changed
// (issue 15): the block re-parse keeps an unchanged block as the same AST node,
// so an edit re-validates the edited block and replays what the other blocks
// reported. Cluster-wide rules (duplicates, unused topics, budgets, scenarios) are
// registered on the cluster or on scenarios and always run.
import { AstUtils, isCompositeCstNode, type AstNode, type Reference, type ValidationAcceptor } from 'langium';
import { isCluster, type Cluster } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { LocaleService } from '../messages/locale-service.js';
import { FactSlot, type ClusterFactsProvider } from '../model/cluster-facts.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';
import { referencesIn } from '../util/ast-walk.js';

/**
 * Blocks whose checks (on the block and on every node inside it) read only the
 * block, the topics it references and the cluster's other declarations —
 * brokers, quorum, profile, release, placement, defaults — never another block
 * of these kinds (those rules are registered on `Cluster`).
 */
const KEPT_BLOCKS: ReadonlySet<string> = new Set(['Topic', 'Producer', 'ConsumerGroup', 'ShareGroup']);

/** Cluster children that no block check reads: their text is left out of the context. */
const NOT_CONTEXT: ReadonlySet<string> = new Set([...KEPT_BLOCKS, 'Scenario']);

type Accepted = Parameters<ValidationAcceptor>;

interface Entry {
    /** What the checks read outside the block: the cluster's context (interned) … */
    readonly context: number;
    /** … and the topics the block references (its references: the same objects while the block is the same node), as the linker resolved them. */
    readonly references: readonly Reference[];
    readonly targets: ReadonlyArray<AstNode | undefined>;
    readonly accepted: readonly Accepted[];
}

/** Contexts interned to numbers so that thousands of blocks compare a number, not a long text. */
const MAX_CONTEXTS = 64;

/**
 * A cluster's context by settings, language and categories, worked out once per cluster
 * facts: every part of a cluster split over files asks for it, and it reads all parts.
 */
const BLOCK_CONTEXTS = new FactSlot<Map<string, number>>('block-contexts');

export class BlockDiagnostics {
    protected readonly facts: ClusterFactsProvider;
    protected readonly settings: KafkaTopologySettings;
    protected readonly locale: LocaleService;
    private readonly entries = new WeakMap<AstNode, Entry>();
    private readonly contexts = new Map<string, number>();
    private nextContext = 0;
    /** Blocks whose diagnostics were replayed, blocks checked, and contexts worked out (tests, bench). */
    readonly counts = { kept: 0, checked: 0, contexts: 0 };
    /** Off where nothing is validated twice (the CLI's one build): no block is then kept. */
    enabled = true;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.settings = services.kafka.Settings;
        this.locale = services.kafka.Locale;
    }

    isKept(node: AstNode): boolean {
        return this.enabled && KEPT_BLOCKS.has(node.$type) && node.$container !== undefined && isCluster(node.$container);
    }

    /**
     * A key for what the block checks of `cluster` read outside their block: the text
     * of every part's declarations other than the kept blocks and scenarios (in part
     * order, with the parts' documents), the settings, the language of the messages
     * and the validation categories. Worked out once per cluster facts (each part of a
     * split cluster asks), so once per build.
     */
    contextOf(cluster: Cluster, categories: readonly string[] | undefined): number {
        const { defaultProfile, analysis } = this.settings.current;
        const header = `${defaultProfile}/${analysis}/${this.locale.current}/${categories?.join(',') ?? '*'}`;
        const facts = this.facts.get(cluster);
        const known = facts.once(BLOCK_CONTEXTS, () => new Map<string, number>());
        let id = known.get(header);
        if (id === undefined) {
            id = this.intern(header, facts.parts);
            known.set(header, id);
        }
        return id;
    }

    private intern(header: string, parts: readonly Cluster[]): number {
        this.counts.contexts++;
        let text = header;
        for (const part of parts) {
            text += `\n${AstUtils.getDocument(part).uri.toString()}\n`;
            const cst = part.$cstNode;
            for (const child of cst && isCompositeCstNode(cst) ? cst.content : []) {
                const node = child.astNode;
                if (node !== part && NOT_CONTEXT.has(node.$type)) continue;
                text += child.text + '\n';
            }
        }
        let id = this.contexts.get(text);
        if (id === undefined) {
            if (this.contexts.size >= MAX_CONTEXTS) this.contexts.clear();
            id = this.nextContext++;
            this.contexts.set(text, id);
        }
        return id;
    }

    /** What the block reported last time, if its context and its references' targets are unchanged. */
    kept(block: AstNode, context: number): readonly Accepted[] | undefined {
        const entry = this.entries.get(block);
        if (!entry || entry.context !== context) return undefined;
        const { references, targets } = entry;
        for (let i = 0; i < references.length; i++) if (references[i].ref !== targets[i]) return undefined;
        this.counts.kept++;
        return entry.accepted;
    }

    /**
     * Keeps what the block's checks reported, unless a diagnostic carries a position of its
     * own (an explicit range, a range in its fix data, e.g. duplicate-property with the line
     * of the earlier one) — those would be stale once lines before the block move — or
     * lies outside the block.
     */
    keep(block: AstNode, context: number, accepted: readonly Accepted[]): void {
        this.counts.checked++;
        if (accepted.every(([, , info]) => positionFree(info) && within(info.node, block))) {
            const references = referencesIn(block);
            this.entries.set(block, { context, references, targets: references.map((r) => r.ref), accepted });
        } else {
            this.entries.delete(block);
        }
    }
}

/**
 * The block's references, in order. A plain walk over the node's own keys: a stream per block,
 * or `Object.entries` per node, costs more (it ran for every block on each edit before the
 * references were kept with the block's diagnostics).
 */
function positionFree(info: Accepted[2]): boolean {
    if (info.range) return false;
    const data = info.data as Record<string, unknown> | undefined;
    return !data || Object.values(data).every((value) => !(typeof value === 'object' && value !== null && 'start' in value && 'end' in value));
}

function within(node: AstNode, block: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current === block) return true;
    }
    return false;
}
