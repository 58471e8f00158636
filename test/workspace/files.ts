// Several `.kafka` documents built together by fresh language services, as the
// language server holds the files of a workspace folder.
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Model } from '../../language-server/generated/ast.js';
import { createKafkaTopologyServices, type KafkaTopologyServiceContainer } from '../../language-server/kafka-topology-module.js';

export interface Workspace {
    readonly services: KafkaTopologyServiceContainer;
    readonly documents: ReadonlyMap<string, LangiumDocument<Model>>;
    /** `line:code` of one file's diagnostics (1-based lines). */
    codes(path: string): string[];
    diagnostics(path: string): Diagnostic[];
}

/** Builds the given files (path → text, paths like `/ws/a.kafka`) in one workspace. */
export async function workspace(files: Record<string, string>): Promise<Workspace> {
    const services = createKafkaTopologyServices(EmptyFileSystem);
    services.KafkaTopology.kafka.Locale.set('en');
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [path, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(path, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const diagnostics = (path: string) => documents.get(path)?.diagnostics ?? [];
    return { services, documents, diagnostics, codes: (path) => diagnostics(path).map((d) => `${d.range.start.line + 1}:${d.code}`) };
}
