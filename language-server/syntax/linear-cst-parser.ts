import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Langium 4.2.1's CST builder looks up every new node in its parent's children
 * (`indexOf`) to place comments in front of it — even when there are none. In a
 * cluster with thousands of topics that is quadratic: a 30 000-line file spent
 * most of its parse time there. Skipping the call when no hidden token precedes
 * the node keeps parsing linear and the CST identical.
 */
export function createLinearCstParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder: { addHiddenNodes(tokens: IToken[]): void } }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = (tokens) => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    return parser;
}
