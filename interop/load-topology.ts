// Reads `.kafka` text into Topologies with the language's own services
// (parser, linker, cluster facts): the same reading as the editor and `check`.
import type { LangiumDocument } from 'langium';
import { URI } from 'vscode-uri';
import type { Model } from '../language-server/generated/ast.js';
import type { KafkaTopologyCoreServiceContainer } from '../language-server/kafka-topology-core-module.js';
import { topologyOf } from './file-topology.js';
import type { Topology } from './topology.js';

export interface LoadedTopologies {
    readonly topologies: readonly Topology[];
    /** Syntax errors (line 1-based: message); a file with any is not used as a source of truth. */
    readonly syntaxErrors: readonly string[];
}

let counter = 0;

/** Parses and links `text` (as a document at `uri`, or an in-memory one) and reads every cluster. */
export async function loadTopologies(services: KafkaTopologyCoreServiceContainer, text: string, uri?: string): Promise<LoadedTopologies> {
    const { shared } = services;
    const documentUri = uri ? URI.parse(uri) : URI.parse(`memory:/interop-${++counter}.kafka`);
    const documents = shared.workspace.LangiumDocuments;
    if (documents.hasDocument(documentUri)) await shared.workspace.DocumentBuilder.update([], [documentUri]);
    const document: LangiumDocument<Model> = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, documentUri);
    documents.addDocument(document);
    try {
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const { lexerErrors, parserErrors } = document.parseResult;
        const syntaxErrors = [
            ...lexerErrors.map((e) => `${e.line ?? 0}: ${e.message}`),
            ...parserErrors.map((e) => `${Number.isFinite(e.token.startLine) ? e.token.startLine : 0}: ${e.message}`)
        ];
        const facts = services.KafkaTopology.kafka.ClusterFacts;
        return { topologies: document.parseResult.value.clusters.map((c) => topologyOf(facts.get(c))), syntaxErrors };
    } finally {
        await shared.workspace.DocumentBuilder.update([], [documentUri]);
    }
}

/** The named cluster, or the only one; otherwise why not. */
export function pickCluster(topologies: readonly Topology[], name: string | undefined): Topology | string {
    if (name !== undefined) return topologies.find((t) => t.cluster === name) ?? `no cluster '${name}' (the file has ${topologies.map((t) => t.cluster).join(', ') || 'none'})`;
    if (topologies.length === 1) return topologies[0];
    return topologies.length === 0 ? 'the file declares no cluster' : `the file has ${topologies.length} clusters (${topologies.map((t) => t.cluster).join(', ')}): name one with --cluster`;
}
