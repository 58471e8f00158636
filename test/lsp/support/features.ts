// Completion and hover at a `<|>` cursor in inline text, through the language's providers.
import { parseHelper } from 'langium/test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import type { Model } from '../../../language-server/generated/ast.js';
import { language, ownFolderUri } from '../../support/language.js';

const parse = parseHelper<Model>(language);
export const CURSOR = '<|>';

async function documentAt(textWithCursor: string, locale: 'en' | 'ko') {
    const offset = textWithCursor.indexOf(CURSOR);
    if (offset < 0) throw new Error('no <|> cursor in the text');
    language.kafka.Locale.set(locale);
    const document = await parse(textWithCursor.replace(CURSOR, ''), { documentUri: ownFolderUri() });
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) } };
}

export async function completionAt(textWithCursor: string, locale: 'en' | 'ko' = 'en'): Promise<CompletionItem[]> {
    const { document, params } = await documentAt(textWithCursor, locale);
    const list = await language.lsp.CompletionProvider!.getCompletion(document, params);
    return list?.items ?? [];
}

export async function hoverAt(textWithCursor: string, locale: 'en' | 'ko' = 'en'): Promise<string | undefined> {
    const { document, params } = await documentAt(textWithCursor, locale);
    const hover = await language.lsp.HoverProvider!.getHoverContent(document, params);
    return hover ? (hover.contents as MarkupContent).value : undefined;
}

export function labels(items: readonly CompletionItem[]): string[] {
    return items.map((item) => item.label);
}

export function item(items: readonly CompletionItem[], label: string, kind?: number): CompletionItem {
    const found = items.find((i) => i.label === label && (kind === undefined || i.kind === kind));
    if (!found) throw new Error(`no completion item '${label}' in [${labels(items).join(', ')}]`);
    return found;
}

export function documentation(item: CompletionItem): string {
    const doc = item.documentation;
    return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

/** What the item inserts (its text edit's text, else its insert text, else its label). */
export function inserted(item: CompletionItem): string {
    const edit = item.textEdit;
    return edit && 'newText' in edit ? edit.newText : (item.insertText ?? item.label);
}
