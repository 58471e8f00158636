// Parser and lexer errors in the user's language, naming what was expected in
// the language's own words ("a name", "'partitions'") rather than token ids.
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { catalogue, localize } from '../messages/index.js';
import type { Locale } from '../messages/locale.js';
import type { LocaleService } from '../messages/locale-service.js';
import { nearest } from '../util/did-you-mean.js';

const MAX_LISTED = 16;

/**
 * What each block may contain: when its closing `}` is "expected", the user most
 * likely misspelled an item, so the message lists the items instead of the brace.
 */
const BLOCK_ITEMS: Readonly<Record<string, readonly string[]>> = {
    Cluster: [
        'profile', 'kafka-version', 'features', 'placement', 'controllers', 'broker', 'brokers', 'defaults', 'topic',
        'producer', 'consumer-group', 'share-group', 'scenario'
    ],
    Topic: ['partitions', 'replication-factor', 'min-insync-replicas', 'ordering', 'description', 'config', 'assignment'],
    Defaults: ['partitions', 'replication-factor', 'min-insync-replicas', 'ordering', 'description', 'config'],
    Producer: ['produces', 'acks', 'key', 'idempotent'],
    ConsumerGroup: ['consumes', 'members', 'protocol', 'assignor'],
    ShareGroup: ['consumes', 'members'],
    Scenario: ['fail', 'recover', 'stop', 'elect-preferred', 'expect'],
    Broker: ['rack', 'host'],
    BrokerRange: ['rack', 'racks', 'host']
};

function describeToken(type: Pick<TokenType, 'name'>, locale: Locale): string {
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    const terminals: Readonly<Record<string, string | undefined>> = catalogue(locale).syntax.terminals;
    return terminals[name] ?? `'${name}'`;
}

function describeFound(token: IToken, locale: Locale): string {
    return token.tokenType?.name === 'EOF' || token.image === '' ? catalogue(locale).syntax.terminals.EOF : `'${token.image}'`;
}

function describeChoices(types: readonly Pick<TokenType, 'name'>[], locale: Locale): string {
    const names = [...new Set(types.map((t) => describeToken(t, locale)))];
    const listed = names.slice(0, MAX_LISTED);
    const words = catalogue(locale).syntax;
    const more = names.length > MAX_LISTED ? words.more : '';
    if (listed.length <= 1) return listed.join('') + more;
    return `${listed.slice(0, -1).join(', ')}${words.or}${listed.at(-1)}${more}`;
}

export class KafkaTopologyParserErrorMessageProvider implements IParserErrorMessageProvider {
    constructor(protected readonly locale: LocaleService) {}

    protected expected(expected: string, found: IToken): string {
        const locale = this.locale.current;
        return localize('syntax-error/expected', { expected, found: describeFound(found, locale) }, locale);
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName: string }): string {
        const locale = this.locale.current;
        const name = options.expected.name;
        // Langium suffixes rule names with a zero-width space.
        const items = BLOCK_ITEMS[options.ruleName.replace(/\u200b/g, '')];
        if ((name === '}' || name === '}:KW') && items) {
            const expected = describeChoices([...items, '}'].map((item) => ({ name: item })), locale);
            const suggestion = nearest(options.actual.image, items);
            if (suggestion) return localize('syntax-error/did-you-mean', { expected, found: describeFound(options.actual, locale), suggestion: `'${suggestion}'` }, locale);
            return this.expected(expected, options.actual);
        }
        if (name === 'EOF') return this.expected(describeChoices([{ name: 'cluster' }], locale), options.actual);
        return this.expected(describeToken(options.expected, locale), options.actual);
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return this.expected(describeChoices([{ name: 'cluster' }], this.locale.current), options.firstRedundant);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const firsts = options.expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0]).filter((t) => t !== undefined));
        return this.expected(describeChoices(firsts, this.locale.current), options.actual[0]);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const firsts = options.expectedIterationPaths.map((path) => path[0]).filter((t) => t !== undefined);
        return this.expected(describeChoices(firsts, this.locale.current), options.actual[0]);
    }
}

export class KafkaTopologyLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(protected readonly locale: LocaleService) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const found = fullText.substring(startOffset, startOffset + length);
        if (found.startsWith('"')) return localize('syntax-error/unterminated-string', {}, this.locale.current);
        return localize('syntax-error/unexpected-character', { found: `'${found}'` }, this.locale.current);
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return localize('syntax-error/unexpected-character', { found: `'${token.image}'` }, this.locale.current);
    }
}
