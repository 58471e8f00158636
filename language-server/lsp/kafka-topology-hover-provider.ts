import { AstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isCluster } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';
import type { LocaleService } from '../messages/locale-service.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { conceptMarkdown } from './docs/concepts.js';
import { brokerHover, controllerHover, rackHover } from './hover/broker-hover.js';
import { clusterHover, producerHover, releaseHover } from './hover/cluster-hover.js';
import { configHover } from './hover/config-hover.js';
import { groupHover, memberHover } from './hover/group-hover.js';
import { hoverTargetAt, targetOfNode, type HoverTarget } from './hover/hover-target.js';
import { topicHover } from './hover/topic-hover.js';
import { internalErrorLog, type InternalErrorLog } from '../validation/internal-errors.js';
import { guardedRequest } from './guarded-request.js';

/**
 * Hover: a topic's effective settings, placement and fault tolerance; a group's
 * assignment; a broker's partitions; a config key's documentation; the Kafka
 * concept behind a keyword — in the client's language.
 */
export class KafkaTopologyHoverProvider extends AstNodeHoverProvider {
    protected readonly locale: LocaleService;
    protected readonly facts: ClusterFactsProvider;
    protected readonly documents: TopologyDocuments;
    protected readonly log: InternalErrorLog;

    constructor(services: KafkaTopologyServices) {
        super(services);
        this.log = internalErrorLog(services.shared);
        this.locale = services.kafka.Locale;
        this.facts = services.kafka.ClusterFacts;
        this.documents = services.kafka.TopologyDocuments;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        return guardedRequest(this.log, 'hover', undefined, () => this.hover(document, params));
    }

    protected hover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult?.value?.$cstNode;
        if (!root || !this.documents.isTopology(document)) return undefined;
        const target = hoverTargetAt(root, document.textDocument.offsetAt(params.position), this.references);
        const markdown = target ? this.render(target) : undefined;
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    /** Langium's entry for a declaration under the mouse; the same texts as above. */
    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const target = targetOfNode(node);
        return target ? this.render(target) : undefined;
    }

    protected render(target: HoverTarget): string | undefined {
        const locale = this.locale.current;
        switch (target.kind) {
            case 'concept':
                return conceptMarkdown(target.concept, locale);
            case 'config':
                return configHover(target.entry, locale);
            case 'producer':
                return producerHover(target.producer, locale);
            case 'cluster':
                return clusterHover(target.cluster, this.facts.get(target.cluster), locale);
            case 'topic':
                return this.withFacts(target.topic, (facts) => topicHover(target.topic, facts, locale));
            case 'group':
                return this.withFacts(target.group, (facts) => groupHover(target.group, facts, locale));
            case 'member':
                return this.withFacts(target.group, (facts) => memberHover(target.group, target.member, facts, locale));
            case 'broker':
                return brokerHover(target.cluster, target.id, this.facts.get(target.cluster), locale);
            case 'rack':
                return rackHover(target.cluster, target.rack, this.facts.get(target.cluster), locale);
            case 'controller':
                return controllerHover(target.id, this.facts.get(target.cluster), locale);
            case 'release':
                return releaseHover(target.concept, this.facts.get(target.cluster), locale);
        }
    }

    private withFacts(node: AstNode, render: (facts: ReturnType<ClusterFactsProvider['get']>) => string): string | undefined {
        const cluster = AstUtils.getContainerOfType(node, isCluster);
        return cluster ? render(this.facts.get(cluster)) : undefined;
    }
}
