// A cluster across files (issue 15): the `cluster NAME` blocks of the `.kafka`
// files in one folder are parts of one cluster, the way Terraform reads a
// directory as one module. A cluster in a document that is not a file (an
// unsaved editor) is a cluster of its own. Parts are found through Langium's
// index (each document exports its clusters), in a stable order: by file, then
// by position in the file. The first declaration of a name wins across parts.
import { AstUtils, DocumentState, UriUtils, type IndexManager, type URI } from 'langium';
import { Cluster, isCluster, type Cluster as ClusterNode } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';

/** One cluster: all of its parts, the same object for every part while the workspace is unchanged. */
export interface ClusterGroup {
    readonly name: string | undefined;
    readonly parts: readonly ClusterNode[];
    /** The folder and name: the same for the cluster across updates (undefined: a cluster of a document that is not a file). */
    readonly key?: string;
}

/** The folder a document's clusters merge within, or undefined for a document that is not a file. */
export function clusterFolderOf(uri: URI): string | undefined {
    return uri.scheme === 'file' ? UriUtils.dirname(uri).toString() : undefined;
}

export class ClusterParts {
    private readonly index: IndexManager;
    private groupsByKey = new Map<string, ClusterGroup>();
    private groupsByNode = new WeakMap<ClusterNode, ClusterGroup>();

    constructor(services: KafkaTopologyCoreServices) {
        this.index = services.shared.workspace.IndexManager;
        const builder = services.shared.workspace.DocumentBuilder;
        // Parts change when a document changes and when its clusters are indexed again.
        builder.onUpdate(() => this.clear());
        builder.onDocumentPhase(DocumentState.IndexedContent, () => this.clear());
    }

    /** The cluster the given `cluster` block is a part of. */
    groupOf(cluster: ClusterNode): ClusterGroup {
        let group = this.groupsByNode.get(cluster);
        if (group) return group;
        const folder = clusterFolderOf(AstUtils.getDocument(cluster).uri);
        if (folder === undefined || cluster.name === undefined) {
            group = { name: cluster.name, parts: [cluster] };
        } else {
            const key = `${folder}\u0000${cluster.name}`;
            group = this.groupsByKey.get(key) ?? this.collect(folder, cluster, key);
            this.groupsByKey.set(key, group);
        }
        this.groupsByNode.set(cluster, group);
        return group;
    }

    private collect(folder: string, cluster: ClusterNode, key: string): ClusterGroup {
        const parts: ClusterNode[] = [];
        for (const description of this.index.allElements(Cluster.$type)) {
            if (description.name !== cluster.name || clusterFolderOf(description.documentUri) !== folder) continue;
            if (isCluster(description.node)) parts.push(description.node);
        }
        // A part not indexed yet (a document being built) still belongs to its own cluster.
        if (!parts.includes(cluster)) parts.push(cluster);
        const order = (c: ClusterNode) => AstUtils.getDocument(c).uri.toString();
        parts.sort((a, b) => order(a).localeCompare(order(b)) || (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        return { name: cluster.name, parts, key };
    }

    private clear(): void {
        this.groupsByKey = new Map();
        this.groupsByNode = new WeakMap();
    }
}

