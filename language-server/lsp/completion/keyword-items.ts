// How a grammar keyword shows in the completion list: its kind (a property, an
// enum value, a plain keyword) and the Kafka concept behind it.
import { AstUtils, GrammarAST } from 'langium';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { Locale } from '../../messages/locale.js';
import { conceptMarkdown, conceptText } from '../docs/concepts.js';
import { conceptOfKeyword, ruleOf } from '../docs/keyword-concepts.js';
import type { SnippetKind } from './snippets.js';

/** Keywords assigned to a property that are steps or negations rather than values. */
const NOT_VALUES = new Set(['fail', 'recover', 'not', 'no']);

/** The keyword that starts each block a snippet can write, by the rule that holds it. */
const SNIPPET_RULES: Readonly<Record<SnippetKind, string>> = {
    cluster: 'Cluster',
    topic: 'Topic',
    producer: 'Producer',
    'consumer-group': 'ConsumerGroup',
    scenario: 'Scenario'
};

export function keywordKind(keyword: GrammarAST.Keyword): CompletionItemKind {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (rule?.name === 'Bool') return CompletionItemKind.Value;
    if (AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment) && !NOT_VALUES.has(keyword.value)) return CompletionItemKind.EnumMember;
    const first = GrammarAST.isGroup(rule?.definition) ? rule.definition.elements[0] : rule?.definition;
    if (rule?.name.endsWith('Property') && first === keyword) return CompletionItemKind.Property;
    return CompletionItemKind.Keyword;
}

export function keywordItem(keyword: GrammarAST.Keyword, locale: Locale): Partial<CompletionItem> & { label: string } {
    if (keyword.value === 'no') {
        // `no quorum` and `no data-loss`: the list shows one `no` for both.
        return {
            label: 'no',
            kind: CompletionItemKind.Keyword,
            detail: '`no quorum` · `no data-loss`',
            documentation: { kind: 'markdown', value: `${conceptMarkdown('quorum', locale)}\n\n${conceptMarkdown('data-loss', locale)}` },
            sortText: '1'
        };
    }
    const concept = conceptOfKeyword(keyword);
    return {
        label: keyword.value,
        kind: keywordKind(keyword),
        detail: concept ? conceptText(concept, locale).summary : undefined,
        documentation: concept ? { kind: 'markdown', value: conceptMarkdown(concept, locale) } : undefined,
        sortText: '1'
    };
}

/** The snippet a keyword starts, if it starts a block. */
export function snippetKindOf(keyword: GrammarAST.Keyword): SnippetKind | undefined {
    const kind = keyword.value as SnippetKind;
    return Object.hasOwn(SNIPPET_RULES, kind) && ruleOf(keyword) === SNIPPET_RULES[kind] ? kind : undefined;
}
