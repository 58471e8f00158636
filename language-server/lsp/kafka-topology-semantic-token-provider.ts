import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers as M,
    SemanticTokenTypes as T,
    type CancellationToken,
    type SemanticTokens,
    type SemanticTokensDelta,
    type SemanticTokensDeltaParams,
    type SemanticTokensParams,
    type SemanticTokensRangeParams
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { TOPIC_CONFIGS } from '../model/topic-configs.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';

const DECLARATION = [M.declaration];
const BROKER_DECLARATION = [M.declaration, M.readonly];

/**
 * Semantic tokens on top of the generated TextMate grammar, which colours every
 * keyword alike (also inside names such as `orders-range`) and no number:
 *
 * | element                                         | type        | modifiers                  |
 * |-------------------------------------------------|-------------|----------------------------|
 * | cluster name                                    | namespace   | declaration                |
 * | topic name / reference                          | type        | declaration / –            |
 * | consumer group name / reference                 | class       | declaration / –            |
 * | member name / `member M in G`                   | parameter   | declaration / –            |
 * | producer name                                   | function    | declaration                |
 * | scenario name                                   | method      | declaration                |
 * | broker id (`broker 1`, `brokers 1..3`) / use    | variable    | declaration readonly / readonly |
 * | rack name (`rack`, `racks`) / `fail rack`       | enumMember  | declaration / –            |
 * | config key                                      | property    | defaultLibrary when Kafka knows it |
 * | record key field (`key F`, `ordering key F`)    | property    |                            |
 * | enum values (profile, ordering, acks all, assignor, config words, expectation conditions) | enumMember | |
 * | step keywords (fail, recover, elect-preferred, expect) | keyword |                          |
 * | counts, sizes, durations, partition numbers     | number      |                            |
 */
export class KafkaTopologySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected readonly documents: TopologyDocuments;
    /**
     * The request being answered. Langium's provider keeps the request it works on in fields (document, range,
     * token builder) and yields while it works; VS Code asks for the visible range and for the whole file without
     * waiting, so two requests at once mixed their tokens ("Overlapping semantic tokens detected"). One at a time.
     */
    private running: Promise<unknown> = Promise.resolve();

    constructor(services: KafkaTopologyServices) {
        super(services);
        this.documents = services.kafka.TopologyDocuments;
    }

    override semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlight(document, params, cancelToken));
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlightRange(document, params, cancelToken));
    }

    override semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        return this.oneAtATime(() => super.semanticHighlightDelta(document, params, cancelToken));
    }

    private oneAtATime<R>(answer: () => Promise<R>): Promise<R> {
        const result = this.running.then(answer, answer);
        this.running = result.catch(() => undefined);
        return result;
    }

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        if (!this.documents.isTopology(document)) return;
        await super.computeHighlighting(document, acceptor, cancelToken);
    }

    protected highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        switch (node.$type) {
            case ast.Cluster.$type:
                return accept({ node: node as ast.Cluster, property: 'name', type: T.namespace, modifier: DECLARATION });
            case ast.ProfileProperty.$type:
                return accept({ node: node as ast.ProfileProperty, property: 'profile', type: T.enumMember });
            case ast.ControllersProperty.$type:
                return accept({ node: node as ast.ControllersProperty, property: 'count', type: T.number });
            case ast.Broker.$type:
                return accept({ node: node as ast.Broker, property: 'id', type: T.variable, modifier: BROKER_DECLARATION });
            case ast.BrokerRange.$type:
                accept({ node: node as ast.BrokerRange, property: 'from', type: T.variable, modifier: BROKER_DECLARATION });
                return accept({ node: node as ast.BrokerRange, property: 'to', type: T.variable, modifier: BROKER_DECLARATION });
            case ast.RackProperty.$type:
                return accept({ node: node as ast.RackProperty, property: 'rack', type: T.enumMember, modifier: DECLARATION });
            case ast.RacksProperty.$type:
                return accept({ node: node as ast.RacksProperty, property: 'racks', type: T.enumMember, modifier: DECLARATION });
            case ast.Topic.$type:
                return accept({ node: node as ast.Topic, property: 'name', type: T.type, modifier: DECLARATION });
            case ast.PartitionsProperty.$type:
            case ast.ReplicationFactorProperty.$type:
            case ast.MinInsyncReplicasProperty.$type:
            case ast.NumberValue.$type:
                return accept({ node: node as ast.PartitionsProperty, property: 'value', type: T.number });
            case ast.QuantityValue.$type:
                return accept({ node: node as ast.QuantityValue, property: 'text', type: T.number });
            case ast.WordValue.$type:
                return accept({ node: node as ast.WordValue, property: 'text', type: T.enumMember });
            case ast.OrderingProperty.$type:
                accept({ node: node as ast.OrderingProperty, property: 'mode', type: T.enumMember });
                return accept({ node: node as ast.OrderingProperty, property: 'field', type: T.property });
            case ast.ConfigEntry.$type: {
                const entry = node as ast.ConfigEntry;
                return accept({ node: entry, property: 'key', type: T.property, modifier: TOPIC_CONFIGS.has(entry.key) ? [M.defaultLibrary] : [] });
            }
            case ast.AssignmentRow.$type:
                accept({ node: node as ast.AssignmentRow, property: 'partition', type: T.number });
                return accept({ node: node as ast.AssignmentRow, property: 'replicas', type: T.variable, modifier: M.readonly });
            case ast.Producer.$type:
                return accept({ node: node as ast.Producer, property: 'name', type: T.function, modifier: DECLARATION });
            case ast.ProducesProperty.$type:
            case ast.ConsumesProperty.$type:
                return accept({ node: node as ast.ProducesProperty, property: 'topics', type: T.type });
            case ast.AcksProperty.$type:
                accept({ node: node as ast.AcksProperty, property: 'all', type: T.enumMember });
                return accept({ node: node as ast.AcksProperty, property: 'value', type: T.number });
            case ast.KeyProperty.$type:
                return accept({ node: node as ast.KeyProperty, property: 'field', type: T.property });
            case ast.ConsumerGroup.$type:
                return accept({ node: node as ast.ConsumerGroup, property: 'name', type: T.class, modifier: DECLARATION });
            case ast.ShareGroup.$type:
                return accept({ node: node as ast.ShareGroup, property: 'name', type: T.class, modifier: DECLARATION });
            case ast.MembersProperty.$type:
                return accept({ node: node as ast.MembersProperty, property: 'count', type: T.number });
            case ast.Member.$type:
                return accept({ node: node as ast.Member, property: 'name', type: T.parameter, modifier: DECLARATION });
            case ast.AssignorProperty.$type:
                return accept({ node: node as ast.AssignorProperty, property: 'assignor', type: T.enumMember });
            case ast.Scenario.$type:
                return accept({ node: node as ast.Scenario, property: 'name', type: T.method, modifier: DECLARATION });
            case ast.ActionStep.$type:
                return accept({ node: node as ast.ActionStep, property: 'action', type: T.keyword });
            case ast.ElectPreferredStep.$type:
                return accept({ node, keyword: 'elect-preferred', type: T.keyword });
            case ast.ExpectStep.$type:
                return accept({ node, keyword: 'expect', type: T.keyword });
            case ast.BrokerTarget.$type:
                return accept({ node: node as ast.BrokerTarget, property: 'broker', type: T.variable, modifier: M.readonly });
            case ast.RackTarget.$type:
                return accept({ node: node as ast.RackTarget, property: 'rack', type: T.enumMember });
            case ast.ControllerTarget.$type:
                return accept({ node: node as ast.ControllerTarget, property: 'controller', type: T.number });
            case ast.MemberTarget.$type:
                accept({ node: node as ast.MemberTarget, property: 'member', type: T.parameter });
                return accept({ node: node as ast.MemberTarget, property: 'group', type: T.class });
            case ast.TopicExpectation.$type:
                accept({ node: node as ast.TopicExpectation, property: 'topic', type: T.type });
                return accept({ node: node as ast.TopicExpectation, property: 'condition', type: T.enumMember });
            case ast.QuorumExpectation.$type:
                return accept({ node, keyword: 'quorum', type: T.enumMember });
            case ast.DataLossExpectation.$type:
                return accept({ node, keyword: 'data-loss', type: T.enumMember });
            case ast.GroupExpectation.$type:
                accept({ node: node as ast.GroupExpectation, property: 'group', type: T.class });
                return accept({ node, keyword: 'balanced', type: T.enumMember });
        }
    }
}
