// Langium's document factory, except that a changed text whose edit falls inside
// one top-level block of the cluster re-parses only that block (issue 15,
// syntax/incremental-reparse.ts); anything else is parsed whole, as before.
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseChangedBlock } from '../syntax/incremental-reparse.js';
import { settleLinks } from './kept-links.js';

/** How the last changed text was parsed (tests and the bench read it). */
export type ParseKind = 'spliced' | 'whole';

export class KafkaTopologyDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Off: every changed text is parsed whole (tests compare both ways). */
    incremental = true;
    lastParse: ParseKind | undefined;
    readonly counts: Record<ParseKind, number> = { spliced: 0, whole: 0 };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        // As Langium's update (workspace/documents.js, 4.2.1), with the splice tried before a whole parse.
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = textDocument ? textDocument.getText() : await this.fileSystemProvider.readFile(document.uri);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const getter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: getter });
        }
        const services = this.serviceRegistry.getServices(document.uri);
        let spliced: ReturnType<typeof reparseChangedBlock>;
        if (oldText !== text) {
            spliced = this.incremental && oldText !== undefined ? reparseChangedBlock(services.parser.LangiumParser, document.parseResult, oldText, text) : undefined;
            this.lastParse = spliced ? 'spliced' : 'whole';
            this.counts[this.lastParse]++;
            document.parseResult = (spliced?.parseResult as LangiumDocument<T>['parseResult'] | undefined) ?? (await this.parseAsync<T>(document.uri, text, cancellationToken));
            (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
        }
        settleLinks(document, services.references.Linker, oldText === text ? 'unchanged' : spliced);
        document.state = DocumentState.Parsed;
        return document;
    }
}
