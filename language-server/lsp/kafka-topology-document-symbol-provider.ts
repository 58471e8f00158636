import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import {
    isMinInsyncReplicasProperty, isModel, isPartitionsProperty, isReplicationFactorProperty, isShareGroup, type Broker, type BrokerRange, type Cluster, type Defaults, type GroupDeclaration, type Producer, type Scenario
} from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { acksOf } from '../model/cluster-facts.js';
import { assignorOf, consumesOf, memberIdsOf, membersPropertyOf, producesOf } from '../model/members.js';
import { catalogue, type SymbolDetails } from '../messages/index.js';
import { settingsDetail } from './navigation/symbol-details.js';

/** Counted members (`members 500`) are listed in the outline up to this many. */
const MAX_MEMBER_SYMBOLS = 100;

/**
 * Outline: each cluster with its brokers (and ranges), defaults, topics,
 * producers, consumer groups (with their members) and scenarios, in file order,
 * each with a short detail ("3 partitions · RF 3 · min ISR 2").
 */
export class KafkaTopologyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    constructor(private readonly services: KafkaTopologyServices) {
        super(services);
    }

    override getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const model = document.parseResult.value;
        if (!isModel(model) || !this.services.kafka.TopologyDocuments.isTopology(document)) return [];
        const details = catalogue(this.services.kafka.Locale.current).symbols;
        return model.clusters.flatMap((cluster) => {
            const facts = this.services.kafka.ClusterFacts.get(cluster);
            const detail = `${facts.profile} · ${details.brokers(facts.brokers.length)}`;
            return this.symbol(cluster, cluster.name, detail, this.clusterChildren(cluster, details));
        });
    }

    protected clusterChildren(cluster: Cluster, details: SymbolDetails): DocumentSymbol[] {
        const facts = this.services.kafka.ClusterFacts.get(cluster);
        const entries: Array<[AstNode, DocumentSymbol[]]> = [
            ...cluster.brokers.map((b): [AstNode, DocumentSymbol[]] => [b, this.broker(b, details)]),
            ...cluster.brokerRanges.map((r): [AstNode, DocumentSymbol[]] => [r, this.brokerRange(r, details)]),
            ...cluster.defaults.map((d): [AstNode, DocumentSymbol[]] => [d, this.defaults(d, details)]),
            ...cluster.topics.map((t): [AstNode, DocumentSymbol[]] => {
                const s = facts.settingsOf(t);
                const detail = settingsDetail(details, {
                    partitions: s.partitions.value, replicationFactor: s.replicationFactor.value, minInsyncReplicas: s.minInsyncReplicas.value
                });
                return [t, this.symbol(t, t.name, detail)];
            }),
            ...cluster.producers.map((p): [AstNode, DocumentSymbol[]] => [p, this.producer(p)]),
            ...[...cluster.groups, ...cluster.shareGroups].map((g): [AstNode, DocumentSymbol[]] => [g, this.group(g, details)]),
            ...cluster.scenarios.map((s): [AstNode, DocumentSymbol[]] => [s, this.scenario(s, details)])
        ];
        return entries.sort(([a], [b]) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0)).flatMap(([, symbols]) => symbols);
    }

    protected broker(broker: Broker, details: SymbolDetails): DocumentSymbol[] {
        const rack = broker.racks.at(-1)?.rack;
        const host = broker.hosts.at(-1)?.host;
        const detail = [rack === undefined ? undefined : details.rack(rack), host].filter((x) => x !== undefined).join(' · ');
        return this.symbol(broker, `broker ${broker.id}`, detail, [], this.property(broker, 'id'));
    }

    protected brokerRange(range: BrokerRange, details: SymbolDetails): DocumentSymbol[] {
        const count = Math.max(range.to - range.from + 1, 0);
        const racks = range.rackLists.at(-1)?.racks ?? range.racks.slice(-1).map((r) => r.rack);
        const detail = [details.brokers(count), racks.length > 0 ? details.racks(racks) : undefined].filter((x) => x !== undefined).join(' · ');
        return this.symbol(range, `brokers ${range.from}..${range.to}`, detail, [], this.property(range, 'from'));
    }

    protected defaults(defaults: Defaults, details: SymbolDetails): DocumentSymbol[] {
        const detail = settingsDetail(details, {
            partitions: defaults.items.filter(isPartitionsProperty).at(-1)?.value,
            replicationFactor: defaults.items.filter(isReplicationFactorProperty).at(-1)?.value,
            minInsyncReplicas: defaults.items.filter(isMinInsyncReplicasProperty).at(-1)?.value
        });
        return this.symbol(defaults, 'defaults', detail, [], GrammarUtils.findNodeForKeyword(defaults.$cstNode, 'defaults'));
    }

    protected producer(producer: Producer): DocumentSymbol[] {
        const topics = producesOf(producer)?.topics.map((t) => t.$refText) ?? [];
        const detail = [topics.length > 0 ? `→ ${topics.join(', ')}` : undefined, `acks ${acksOf(producer)}`].filter((x) => x !== undefined).join(' · ');
        return this.symbol(producer, producer.name, detail);
    }

    protected group(group: GroupDeclaration, details: SymbolDetails): DocumentSymbol[] {
        const topics = consumesOf(group)?.topics.map((t) => t.$refText) ?? [];
        const members = memberIdsOf(group);
        const detail = [topics.length > 0 ? `← ${topics.join(', ')}` : undefined, details.members(members.length), isShareGroup(group) ? 'share' : assignorOf(group)]
            .filter((x) => x !== undefined).join(' · ');
        const property = membersPropertyOf(group);
        const children = property?.count === undefined
            ? (property?.members ?? []).flatMap((m) => this.symbol(m, m.name, ''))
            : members.slice(0, MAX_MEMBER_SYMBOLS).flatMap((m) => this.symbol(property, m.id, '', [], this.property(property, 'count')));
        return this.symbol(group, group.name, detail, children);
    }

    protected scenario(scenario: Scenario, details: SymbolDetails): DocumentSymbol[] {
        return this.symbol(scenario, scenario.name, details.steps(scenario.steps.length));
    }

    /** One symbol for the node (none when the parser could not build it), selected at its name unless told otherwise. */
    protected symbol(node: AstNode, name: string | undefined, detail: string, children: DocumentSymbol[] = [], selection?: CstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        const select = selection ?? this.property(node, 'name') ?? cst;
        if (!cst || !select || name === undefined || name === '') return [];
        return [{
            name,
            detail: detail || undefined,
            kind: this.nodeKindProvider.getSymbolKind(node),
            range: cst.range,
            selectionRange: select.range,
            children: children.length > 0 ? children : undefined
        }];
    }

    private property(node: AstNode, property: string): CstNode | undefined {
        return GrammarUtils.findNodeForProperty(node.$cstNode, property);
    }
}
