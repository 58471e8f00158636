import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, stream, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type ReferenceInfo, type Scope, type ScopeProvider, type Stream
} from 'langium';
import { isCluster, isMemberTarget, type Cluster, type GroupDeclaration, type Topic } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import { memberIdsOf } from '../model/members.js';
import type { PartDeclarations } from '../model/part-declarations.js';
import type { ClusterGroup, ClusterParts } from '../workspace/cluster-parts.js';

/**
 * Names resolve inside their cluster, over all of its parts (the files of one
 * folder that declare it): topics and consumer groups by name, the member of
 * `member M in G` among G's members. Scopes are hash maps built once per
 * cluster while the workspace is unchanged, so linking stays linear in the
 * cluster's size. Topics are looked up in the cluster's index of declarations
 * by name (cluster-index.ts), kept across builds, and each topic is described
 * once: an edit describes only the blocks it replaced. Groups are described per
 * part, kept while the part's document is unchanged.
 * The first declaration of a name wins; later ones are reported as duplicates.
 */
export class KafkaTopologyScopeProvider implements ScopeProvider {
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly parts: ClusterParts;
    protected topicScopes = new WeakMap<ClusterGroup, Scope>();
    protected groupScopes = new WeakMap<ClusterGroup, Scope>();
    protected readonly memberScopes: DocumentCache<GroupDeclaration, Scope>;
    /** Each part's own groups, described once while its document is unchanged (a cluster's group scope is rebuilt from them per update). */
    protected readonly groupsOfPart: DocumentCache<Cluster, readonly AstNodeDescription[]>;
    /** A topic's description while it is the same node (a block re-parse keeps its place: the path holds). */
    protected readonly topicDescriptions = new WeakMap<Topic, AstNodeDescription>();
    private readonly services: KafkaTopologyCoreServices;

    constructor(services: KafkaTopologyCoreServices) {
        this.services = services;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.parts = services.kafka.ClusterParts;
        this.memberScopes = new DocumentCache(services.shared);
        this.groupsOfPart = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const cluster = AstUtils.getContainerOfType(context.container, isCluster);
        if (!cluster) return EMPTY_SCOPE;
        if (isMemberTarget(context.container) && context.property === 'member') {
            const group = context.container.group?.ref;
            return group ? this.memberScopes.get(AstUtils.getDocument(group).uri, group, () => this.scopeOf(memberIdsOf(group).map((m) => [m.id, m.node] as const))) : EMPTY_SCOPE;
        }
        const clusterGroup = this.parts.groupOf(cluster);
        if (context.property === 'group') {
            return this.cached(this.groupScopes, clusterGroup, this.groupsOfPart, (p) => [...p.groups, ...p.shareGroups]);
        }
        let scope = this.topicScopes.get(clusterGroup);
        if (!scope) {
            const topics = this.facts.indexOf(clusterGroup).topicsByName;
            topics.sync(clusterGroup.parts);
            scope = new ClusterTopicScope(clusterGroup.parts, topics, (topic) => this.describeTopic(topic));
            this.topicScopes.set(clusterGroup, scope);
        }
        return scope;
    }

    private get facts(): ClusterFactsProvider {
        return this.services.kafka.ClusterFacts;
    }

    private describeTopic(topic: Topic): AstNodeDescription {
        let description = this.topicDescriptions.get(topic);
        if (!description) this.topicDescriptions.set(topic, (description = this.descriptions.createDescription(topic, topic.name)));
        return description;
    }

    private cached(
        cache: WeakMap<ClusterGroup, Scope>, group: ClusterGroup, ofPart: DocumentCache<Cluster, readonly AstNodeDescription[]>,
        declarations: (part: Cluster) => ReadonlyArray<AstNode & { readonly name?: string }>
    ): Scope {
        let scope = cache.get(group);
        if (!scope) {
            const seen = new Set<string>();
            const descriptions: AstNodeDescription[] = [];
            for (const part of group.parts) {
                const own = ofPart.get(AstUtils.getDocument(part).uri, part, () => this.describe(declarations(part).map((n) => [n.name, n] as const)));
                for (const description of own) {
                    if (seen.has(description.name)) continue;
                    seen.add(description.name);
                    descriptions.push(description);
                }
            }
            scope = new MapScope(descriptions);
            cache.set(group, scope);
        }
        return scope;
    }

    /** Descriptions of the named nodes, the first of each name. */
    private describe(entries: ReadonlyArray<readonly [string | undefined, AstNode]>): AstNodeDescription[] {
        const seen = new Set<string>();
        const descriptions: AstNodeDescription[] = [];
        for (const [name, node] of entries) {
            // An empty quoted name ("") is reported by its rule; it names nothing a reference can reach.
            if (!name || seen.has(name)) continue;
            seen.add(name);
            descriptions.push(this.descriptions.createDescription(node, name));
        }
        return descriptions;
    }

    protected scopeOf(entries: ReadonlyArray<readonly [string | undefined, AstNode]>): Scope {
        return new MapScope(this.describe(entries));
    }
}

/**
 * A cluster's topics by name: the first declaration of each over its parts (part order, then
 * text order), read from the cluster's index; all of them only when asked (completion, suggestions).
 */
class ClusterTopicScope implements Scope {
    private all?: AstNodeDescription[];

    constructor(
        private readonly parts: readonly Cluster[],
        private readonly topics: PartDeclarations<Topic>,
        private readonly describe: (topic: Topic) => AstNodeDescription
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        // An empty quoted name ("") is reported by its rule; it names nothing a reference can reach.
        if (!name) return undefined;
        const topic = this.topics.first(name, this.parts);
        return topic ? this.describe(topic) : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        if (!this.all) {
            const seen = new Set<string>();
            this.all = [];
            for (const part of this.parts) {
                for (const topic of part.topics) {
                    if (!topic.name || seen.has(topic.name)) continue;
                    seen.add(topic.name);
                    this.all.push(this.describe(topic));
                }
            }
        }
        return stream(this.all);
    }
}
