import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type ReferenceInfo, type Scope, type ScopeProvider
} from 'langium';
import { isCluster, isMemberTarget, type GroupDeclaration } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { memberIdsOf } from '../model/members.js';
import type { ClusterGroup, ClusterParts } from '../workspace/cluster-parts.js';

/**
 * Names resolve inside their cluster, over all of its parts (the files of one
 * folder that declare it): topics and consumer groups by name, the member of
 * `member M in G` among G's members. Scopes are hash maps built once per
 * cluster while the workspace is unchanged, so linking stays linear in the
 * cluster's size. The first declaration of a name wins; later ones are
 * reported as duplicates.
 */
export class KafkaTopologyScopeProvider implements ScopeProvider {
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly parts: ClusterParts;
    protected topicScopes = new WeakMap<ClusterGroup, Scope>();
    protected groupScopes = new WeakMap<ClusterGroup, Scope>();
    protected readonly memberScopes: DocumentCache<GroupDeclaration, Scope>;

    constructor(services: KafkaTopologyServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.parts = services.kafka.ClusterParts;
        this.memberScopes = new DocumentCache(services.shared);
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
            return this.cached(this.groupScopes, clusterGroup, () => clusterGroup.parts.flatMap((p) => [...p.groups, ...p.shareGroups]).map((g) => [g.name, g] as const));
        }
        return this.cached(this.topicScopes, clusterGroup, () => clusterGroup.parts.flatMap((p) => p.topics).map((t) => [t.name, t] as const));
    }

    private cached(cache: WeakMap<ClusterGroup, Scope>, group: ClusterGroup, entries: () => ReadonlyArray<readonly [string | undefined, AstNode]>): Scope {
        let scope = cache.get(group);
        if (!scope) {
            scope = this.scopeOf(entries());
            cache.set(group, scope);
        }
        return scope;
    }

    protected scopeOf(entries: ReadonlyArray<readonly [string | undefined, AstNode]>): Scope {
        const seen = new Set<string>();
        const descriptions: AstNodeDescription[] = [];
        for (const [name, node] of entries) {
            if (name === undefined || seen.has(name)) continue;
            seen.add(name);
            descriptions.push(this.descriptions.createDescription(node, name));
        }
        return new MapScope(descriptions);
    }
}
