import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type ReferenceInfo, type Scope, type ScopeProvider
} from 'langium';
import { isCluster, isMemberTarget, type Cluster, type GroupDeclaration } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { memberIdsOf } from '../model/members.js';

/**
 * Names resolve inside their cluster: topics and consumer groups by name, the
 * member of `member M in G` among G's members. Scopes are hash maps built once
 * per cluster and document version, so linking stays linear in the file size.
 * The first declaration of a name wins; later ones are reported as duplicates.
 */
export class KafkaTopologyScopeProvider implements ScopeProvider {
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly topicScopes: DocumentCache<Cluster, Scope>;
    protected readonly groupScopes: DocumentCache<Cluster, Scope>;
    protected readonly memberScopes: DocumentCache<GroupDeclaration, Scope>;

    constructor(services: KafkaTopologyServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.topicScopes = new DocumentCache(services.shared);
        this.groupScopes = new DocumentCache(services.shared);
        this.memberScopes = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const cluster = AstUtils.getContainerOfType(context.container, isCluster);
        if (!cluster) return EMPTY_SCOPE;
        const uri = AstUtils.getDocument(cluster).uri;
        if (isMemberTarget(context.container) && context.property === 'member') {
            const group = context.container.group?.ref;
            return group ? this.memberScopes.get(uri, group, () => this.scopeOf(memberIdsOf(group).map((m) => [m.id, m.node] as const))) : EMPTY_SCOPE;
        }
        if (context.property === 'group') {
            return this.groupScopes.get(uri, cluster, () => this.scopeOf([...cluster.groups, ...cluster.shareGroups].map((g) => [g.name, g] as const)));
        }
        return this.topicScopes.get(uri, cluster, () => this.scopeOf(cluster.topics.map((t) => [t.name, t] as const)));
    }

    protected scopeOf(entries: ReadonlyArray<readonly [string | undefined, AstNode]>): Scope {
        const seen = new Set<string>();
        const descriptions: AstNodeDescription[] = [];
        for (const [name, node] of entries) {
            // An empty quoted name ("") is reported by its rule; it names nothing a reference can reach.
            if (!name || seen.has(name)) continue;
            seen.add(name);
            descriptions.push(this.descriptions.createDescription(node, name));
        }
        return new MapScope(descriptions);
    }
}
