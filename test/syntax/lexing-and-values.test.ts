// The lexer and value converter the services use (language-server/syntax/kafka-topology-lexer.ts,
// kafka-topology-value-converter.ts) give what Langium's own give: the same tokens, field by
// field (multi-line comments and strings with escapes included), and the same values.
import { CstUtils, DefaultLexer, DefaultValueConverter, isLeafCstNode, type CstNode } from 'langium';
import type { IToken } from 'chevrotain';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { language } from '../support/language.js';

const texts = [
    generateTopology({ brokers: 6, racks: 3, topics: 20, partitionsPerTopic: 3, producers: 3, groups: 3, scenarios: 2 }),
    `/* a comment
   over lines */ cluster "c\\"q" { broker 1 { host "h\\\\1" rack "r\\n2" } topic t { description "" config { a = 1.5, -2, 7d, true, "x\\ty", * } } }
// last`,
    'cluster c { broker 1 } # garbage "unterminated'
];

test("the lexer's tokens are Chevrotain's, field by field", () => {
    const ours = language.parser.Lexer;
    const theirs = new DefaultLexer(language);
    // Langium's lexer made anew makes token types of its own: they are compared by name.
    const fields = (tokens: readonly IToken[]) =>
        tokens.map(({ tokenType, tokenTypeIdx, ...token }) => ({ ...token, type: tokenType.name, ownIdx: tokenTypeIdx === tokenType.tokenTypeIdx }));
    for (const text of texts) {
        const a = ours.tokenize(text);
        const b = theirs.tokenize(text);
        expect(fields(a.tokens)).toStrictEqual(fields(b.tokens));
        expect(fields(a.hidden)).toStrictEqual(fields(b.hidden));
        expect(a.errors).toStrictEqual(b.errors);
    }
    // The multi-line comment's end line and column were moved past its first line.
    const comment = ours.tokenize(texts[1]).hidden[0];
    expect([comment.startLine, comment.endLine, comment.endColumn]).toEqual([1, 2, 16]);
});

test("every leaf's and every data type rule's value is the one Langium's converter gives", () => {
    const ours = language.parser.ValueConverter;
    const theirs = new DefaultValueConverter();
    let strings = 0;
    for (const text of texts.slice(0, 2)) {
        const root = language.parser.LangiumParser.parse(text).value.$cstNode!;
        for (const node of CstUtils.streamCst(root) as Iterable<CstNode>) {
            if (node.grammarSource === undefined || node.hidden) continue;
            const input = isLeafCstNode(node) ? node.text : node.text.replace(/\s+/g, '');
            expect(ours.convert(input, node), input).toStrictEqual(theirs.convert(input, node));
            if (input.startsWith('"')) strings++;
        }
    }
    expect(strings).toBeGreaterThan(10);
});
