// The diagnostics of a top-level block kept while nothing they depend on changed
// (issue 15): the block re-parse keeps an unchanged block as the same AST node,
// so an edit re-validates the edited block and replays what the other blocks
// reported. Cluster-wide rules (duplicates, unused topics, budgets, scenarios) are
// registered on the cluster or on scenarios and always run.
import { AstUtils, isAstNode, isCompositeCstNode, isReference, type AstNode, type ValidationAcceptor } from 'langium';
import { isCluster, type Cluster } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import type { LocaleService } from '../messages/locale-service.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';

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
    /** … and the topics the block references, as the linker resolved them. */
    readonly targets: ReadonlyArray<AstNode | undefined>;
    readonly accepted: readonly Accepted[];
}

/** Contexts interned to numbers so that thousands of blocks compare a number, not a long text. */
const MAX_CONTEXTS = 64;

export class BlockDiagnostics {
    protected readonly facts: ClusterFactsProvider;
    protected readonly settings: KafkaTopologySettings;
    protected readonly locale: LocaleService;
    private readonly entries = new WeakMap<AstNode, Entry>();
    private readonly contexts = new Map<string, number>();
    private nextContext = 0;
    /** Blocks whose diagnostics were replayed, and blocks checked (tests, bench). */
    readonly counts = { kept: 0, checked: 0 };

    constructor(services: KafkaTopologyServices) {
        this.facts = services.kafka.ClusterFacts;
        this.settings = services.kafka.Settings;
        this.locale = services.kafka.Locale;
    }

    isKept(node: AstNode): boolean {
        return KEPT_BLOCKS.has(node.$type) && node.$container !== undefined && isCluster(node.$container);
    }

    /**
     * A key for what the block checks of `cluster` read outside their block: the text
     * of every part's declarations other than the kept blocks and scenarios (in part
     * order, with the parts' documents), the settings, the language of the messages
     * and the validation categories. One per cluster and validation run.
     */
    contextOf(cluster: Cluster, categories: readonly string[] | undefined): number {
        const { defaultProfile, analysis } = this.settings.current;
        let text = `${defaultProfile}/${analysis}/${this.locale.current}/${categories?.join(',') ?? '*'}`;
        for (const part of this.facts.get(cluster).parts) {
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
        const targets = referenceTargets(block);
        if (targets.length !== entry.targets.length || targets.some((t, i) => t !== entry.targets[i])) return undefined;
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
            this.entries.set(block, { context, targets: referenceTargets(block), accepted });
        } else {
            this.entries.delete(block);
        }
    }
}

/** What the block's references resolve to, in order (a plain walk: a stream per block costs more than the checks it saves). */
function referenceTargets(block: AstNode, targets: Array<AstNode | undefined> = []): Array<AstNode | undefined> {
    for (const [key, value] of Object.entries(block)) {
        if (key.startsWith('$')) continue;
        for (const item of Array.isArray(value) ? value : [value]) {
            if (isReference(item)) targets.push(item.ref);
            else if (isAstNode(item)) referenceTargets(item, targets);
        }
    }
    return targets;
}

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
