// Loads `.kafka` files into the same Langium services the language server uses.
// The files of one folder that declare the same `cluster NAME` are parts of one
// cluster: a folder is checked as one workspace, and a file named on its own is
// checked with the other `.kafka` files of its folder loaded beside it (their
// own diagnostics are not reported).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import type { Model } from '../language-server/generated/ast.js';
import { createKafkaTopologyCoreServices, type KafkaTopologyCoreServiceContainer } from '../language-server/kafka-topology-core-module.js';
import type { KafkaTopologyDocumentValidator } from '../language-server/validation/kafka-topology-document-validator.js';
import { UsageError } from './usage-error.js';

export interface LoadedFile {
    /** The path as the user wrote it (or as found below a directory they named). */
    readonly path: string;
    readonly document: LangiumDocument<Model>;
}

export function createServices(localeTag: string | undefined): KafkaTopologyCoreServiceContainer {
    const services = createKafkaTopologyCoreServices(NodeFileSystem);
    services.KafkaTopology.kafka.Locale.set(localeTag || process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    // `check` judges the file as it is; comparing with git is `plan`'s job.
    services.KafkaTopology.kafka.Settings.update({ changeSafety: { base: 'off' } });
    skipReferenceIndex(services);
    // Nor is anything validated again: no top-level block's diagnostics are kept for a next edit.
    (services.KafkaTopology.validation.DocumentValidator as KafkaTopologyDocumentValidator).blocks.enabled = false;
    return services;
}

/**
 * One build, then answers: nothing asks who refers to what (find references, rename, which
 * documents an edit affects), so the build's reference index phase is skipped. It described
 * every reference again (≈ 150 ms and their memory on the issue-15 topology of 30 000 lines);
 * linking and every rule read the exported symbols, which are still indexed.
 */
export function skipReferenceIndex(services: KafkaTopologyCoreServiceContainer): void {
    services.shared.workspace.IndexManager.updateReferences = async () => undefined;
}

export function checkLocale(tag: string | undefined, command: string): void {
    if (tag !== undefined && !/^(en|ko)([-_].*)?$/i.test(tag)) throw new UsageError(`${command}: --locale must be en or ko, not '${tag}'`);
}

/** Files named, and `.kafka` files found recursively below directories named, in a stable order. */
export function collectFiles(inputs: readonly string[], command: string): string[] {
    const files: string[] = [];
    const walk = (path: string, named: boolean) => {
        let stats;
        try {
            stats = statSync(path);
        } catch {
            throw new UsageError(`${command}: cannot read ${path}: no such file or directory`);
        }
        if (stats.isDirectory()) {
            const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
            for (const entry of entries) {
                if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
                const child = join(path, entry.name);
                if (entry.isDirectory()) walk(child, false);
                else if (entry.name.endsWith('.kafka')) files.push(child);
            }
        } else if (named || path.endsWith('.kafka')) {
            files.push(path);
        }
    };
    inputs.forEach((input) => walk(input, true));
    return files;
}

export async function loadFiles(services: KafkaTopologyCoreServiceContainer, paths: readonly string[], command: string): Promise<LoadedFile[]> {
    const { shared } = services;
    const add = (path: string) => {
        let text: string;
        try {
            text = readFileSync(path, 'utf8');
        } catch (error) {
            throw new UsageError(`${command}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(resolve(path)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { path, document };
    };
    const loaded = paths.map(add);
    const context = siblingsOf(paths).map(add);
    await shared.workspace.DocumentBuilder.build([...loaded, ...context].map((f) => f.document), { validation: true });
    return loaded;
}

/** The `.kafka` files in the folders of the given files that are not among them. */
function siblingsOf(paths: readonly string[]): string[] {
    const named = new Set(paths.map((p) => resolve(p)));
    const folders = [...new Set(paths.map((p) => dirname(resolve(p))))];
    return folders.flatMap((folder) => {
        try {
            return readdirSync(folder, { withFileTypes: true })
                .filter((e) => e.isFile() && e.name.endsWith('.kafka') && !named.has(join(folder, e.name)))
                .map((e) => join(folder, e.name))
                .sort();
        } catch {
            return [];
        }
    });
}
