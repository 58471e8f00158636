// Test access to the language services: parse + link + validate inline text.
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../../language-server/generated/ast.js';
import { createKafkaTopologyServices } from '../../language-server/kafka-topology-module.js';

export const services = createKafkaTopologyServices(EmptyFileSystem);
export const language = services.KafkaTopology;
const parse = parseHelper<Model>(language);

export interface Validated {
    readonly document: LangiumDocument<Model>;
    readonly diagnostics: Diagnostic[];
    /** `line:code` pairs (1-based lines), the shape of `// expect:` markers. */
    readonly codes: string[];
}

export async function validate(text: string, locale: 'en' | 'ko' = 'en'): Promise<Validated> {
    language.kafka.Locale.set(locale);
    const document = await parse(text, { validation: true, documentUri: ownFolderUri() });
    const diagnostics = document.diagnostics ?? [];
    return { document, diagnostics, codes: diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`) };
}

let folders = 0;

/**
 * A file in a folder of its own: the files of one folder that declare the same
 * cluster are parts of it, and each test's text is a world of its own.
 */
export function ownFolderUri(name = 'topology.kafka'): string {
    return `file:///test-documents/${++folders}/${name}`;
}

/** Diagnostics of one code. */
export function withCode(validated: Validated, code: string): Diagnostic[] {
    return validated.diagnostics.filter((d) => d.code === code);
}

export async function reset(): Promise<void> {
    await clearDocuments(services.shared);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' not found`);
    }
    return text.slice(0, index).split('\n').length;
}
