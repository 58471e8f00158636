import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { isConsumerGroup, isMembersProperty, isTopic, type MembersProperty, type Topic } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { membersPropertyOf } from '../model/members.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';
import { formatTopicPartition, type TopicPartition } from '../../simulator/index.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import type { LocaleService } from '../messages/locale-service.js';
import { catalogue, type InheritedSetting } from '../messages/index.js';
import { internalErrorLog, type InternalErrorLog } from '../validation/internal-errors.js';
import { guardedRequest } from './guarded-request.js';

/** Partitions listed in one hint before it says "+N more". */
const MAX_PARTITIONS = 6;

/**
 * Inlay hints: after a topic's name, the effective settings it inherits
 * (`partitions 3 (defaults) · min ISR 1 (Kafka)`); after each named member of
 * a group, the partitions its assignor gives it (`→ orders-0, orders-1` / `idle`).
 */
export class KafkaTopologyInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly facts: ClusterFactsProvider;
    protected readonly locale: LocaleService;
    protected readonly documents: TopologyDocuments;
    protected readonly log: InternalErrorLog;

    constructor(services: KafkaTopologyServices) {
        super();
        this.log = internalErrorLog(services.shared);
        this.facts = services.kafka.ClusterFacts;
        this.locale = services.kafka.Locale;
        this.documents = services.kafka.TopologyDocuments;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        if (!this.documents.isTopology(document)) return [];
        return guardedRequest(this.log, 'inlay hints', [], () => super.getInlayHints(document, params, cancelToken));
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isTopic(node)) this.inheritedSettings(node, acceptor);
        else if (isMembersProperty(node)) this.memberPartitions(node, acceptor);
    }

    protected inheritedSettings(topic: Topic, acceptor: InlayHintAcceptor): void {
        const name = GrammarUtils.findNodeForProperty(topic.$cstNode, 'name');
        if (!name) return;
        const texts = catalogue(this.locale.current).hints;
        const settings = this.facts.get(topic.$container).settingsOf(topic);
        // `partitions 3 · RF 3 · min ISR 2 (defaults)`: the origin once per run of settings sharing it,
        // one hint per run: VS Code cuts each hint at 43 characters (`editor.inlayHints.maximumLength`).
        const inherited = (['partitions', 'replicationFactor', 'minInsyncReplicas'] as const satisfies readonly InheritedSetting[]).flatMap((key) => {
            const setting = settings[key];
            return setting.origin === 'topic' ? [] : [{ key, value: setting.value, origin: setting.origin }];
        });
        const runs: (typeof inherited)[] = [];
        for (const s of inherited) {
            if (runs.at(-1)?.[0].origin === s.origin) runs.at(-1)!.push(s);
            else runs.push([s]);
        }
        runs.forEach((run, i) => {
            const label = `${i > 0 ? '· ' : ''}${run.map((s) => texts.setting(s.key, s.value)).join(' · ')} ${texts.origin(run[0].origin)}`;
            acceptor({ position: name.range.end, label, paddingLeft: true, tooltip: texts.inheritedTooltip });
        });
    }

    protected memberPartitions(property: MembersProperty, acceptor: InlayHintAcceptor): void {
        const group = property.$container;
        if (!isConsumerGroup(group) || membersPropertyOf(group) !== property) return;
        const assignment = this.facts.get(group.$container).assignmentOf(group);
        if (!assignment) return;
        const texts = catalogue(this.locale.current).hints;
        const describe = (partitions: readonly TopicPartition[] | undefined): string =>
            !partitions || partitions.length === 0 ? texts.idle : `→ ${this.partitionList(partitions, (n) => texts.more(n, 'partitions'))}`;

        if (property.count === undefined) {
            const seen = new Set<string>();
            for (const member of property.members) {
                if (member.name === undefined || seen.has(member.name) || !member.$cstNode) continue;
                seen.add(member.name);
                acceptor({ position: member.$cstNode.range.end, label: describe(assignment.perMember.get(member.name)), paddingLeft: true });
            }
            return;
        }
        // `members N`: the code lens above the group already lists each counted member's partitions.
    }

    private partitionList(partitions: readonly TopicPartition[], more: (count: number) => string): string {
        const shown = partitions.slice(0, MAX_PARTITIONS).map(formatTopicPartition);
        if (partitions.length > MAX_PARTITIONS) shown.push(more(partitions.length - MAX_PARTITIONS));
        return shown.join(', ');
    }
}
