import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type ReferenceInfo, type Scope, type ScopeProvider
} from 'langium';
import { isCluster, isMemberTarget, type Cluster, type GroupDeclaration } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { memberIdsOf } from '../model/members.js';
import type { ClusterGroup, ClusterParts } from '../workspace/cluster-parts.js';

/**
 * Names resolve inside their cluster, over all of its parts (the files of one
 * folder that declare it): topics and consumer groups by name, the member of
 * `member M in G` among G's members. Scopes are hash maps built once per
 * cluster while the workspace is unchanged, so linking stays linear in the
 * cluster's size; they are built from each part's descriptions, kept while the
 * part's document is unchanged, so an edit describes only its own file again.
 * The first declaration of a name wins; later ones are reported as duplicates.
 */
export class KafkaTopologyScopeProvider implements ScopeProvider {
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly parts: ClusterParts;
    protected topicScopes = new WeakMap<ClusterGroup, Scope>();
    protected groupScopes = new WeakMap<ClusterGroup, Scope>();
    protected readonly memberScopes: DocumentCache<GroupDeclaration, Scope>;
    /** Each part's own declarations, described once while its document is unchanged (a cluster's scope is rebuilt from them per update). */
    protected readonly topicsOfPart: DocumentCache<Cluster, readonly AstNodeDescription[]>;
    protected readonly groupsOfPart: DocumentCache<Cluster, readonly AstNodeDescription[]>;

    constructor(services: KafkaTopologyServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.parts = services.kafka.ClusterParts;
        this.memberScopes = new DocumentCache(services.shared);
        this.topicsOfPart = new DocumentCache(services.shared);
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
        return this.cached(this.topicScopes, clusterGroup, this.topicsOfPart, (p) => p.topics);
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
