// Semantic tokens: declarations and references of topics, groups, members and
// producers, broker ids, racks, config keys, enum values and step keywords.
import { expectSemanticToken, highlightHelper, parseDocument } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { SemanticTokensDecoder } from 'langium/lsp';
import { language, ownFolderUri, reset } from '../support/language.js';

const highlight = highlightHelper(language);
const provider = language.lsp.SemanticTokenProvider!;

const TEXT = `cluster <|shop|> {
    profile <|development|>
    broker <|1|> { rack <|"az-1"|> }
    brokers 2..<|3|> { racks "az-2", <|"az-3"|> }
    topic <|orders-range|> {
        partitions <|6|>
        ordering key <|orderId|>
        config {
            <|retention.ms|> = 7d
            <|my.own.key|> = 1
            cleanup.policy = <|compact|>
        }
        assignment { 0: [1, <|2|>] }
    }
    producer <|checkout|> { produces <|orders-range|> acks <|all|> }
    consumer-group <|billing|> { consumes orders-range members [<|a|>, b] assignor <|roundrobin|> }
    scenario <|drill|> {
        <|fail|> broker <|1|>
        fail rack <|"az-1"|>
        <|expect|> orders-range <|writable|>
        fail member <|a|> in <|billing|>
        expect no <|data-loss|>
        <|elect-preferred|>
    }
}`;

/** The token of the given text and type at range `index`, and its modifier names. */
async function modifiersAt(index: number, type: SemanticTokenTypes): Promise<string[]> {
    const tokens = await highlight(TEXT);
    const [start, end] = tokens.ranges[index];
    const token = tokens.tokens.find((t) => t.offset === start && t.offset + t.text.length === end && t.tokenType === type);
    expect(token, `no ${type} token at range ${index}`).toBeDefined();
    return Object.entries(provider.tokenModifiers).filter(([, mask]) => (token!.tokenModifiers & mask) !== 0).map(([name]) => name).sort();
}

afterEach(reset);

describe('token types', () => {
    const cases: Array<[number, SemanticTokenTypes, string]> = [
        [0, SemanticTokenTypes.namespace, 'cluster name'],
        [1, SemanticTokenTypes.enumMember, 'profile value'],
        [2, SemanticTokenTypes.variable, 'broker id'],
        [3, SemanticTokenTypes.enumMember, 'rack'],
        [4, SemanticTokenTypes.variable, 'end of a broker range'],
        [5, SemanticTokenTypes.enumMember, 'rack of a range'],
        [6, SemanticTokenTypes.type, 'topic name spelled like a keyword'],
        [7, SemanticTokenTypes.number, 'partition count'],
        [8, SemanticTokenTypes.property, 'ordering key field'],
        [9, SemanticTokenTypes.property, 'known config key'],
        [10, SemanticTokenTypes.property, 'unknown config key'],
        [11, SemanticTokenTypes.enumMember, 'config word value'],
        [12, SemanticTokenTypes.variable, 'replica in an assignment'],
        [13, SemanticTokenTypes.function, 'producer name'],
        [14, SemanticTokenTypes.type, 'topic reference'],
        [15, SemanticTokenTypes.enumMember, 'acks all'],
        [16, SemanticTokenTypes.class, 'group name'],
        [17, SemanticTokenTypes.parameter, 'member name'],
        [18, SemanticTokenTypes.enumMember, 'assignor'],
        [19, SemanticTokenTypes.method, 'scenario name'],
        [20, SemanticTokenTypes.keyword, 'step keyword fail'],
        [21, SemanticTokenTypes.variable, 'failed broker'],
        [22, SemanticTokenTypes.enumMember, 'failed rack'],
        [23, SemanticTokenTypes.keyword, 'step keyword expect'],
        [24, SemanticTokenTypes.enumMember, 'expectation condition'],
        [25, SemanticTokenTypes.parameter, 'member reference'],
        [26, SemanticTokenTypes.class, 'group reference'],
        [27, SemanticTokenTypes.enumMember, 'no data-loss'],
        [28, SemanticTokenTypes.keyword, 'elect-preferred']
    ];

    test.each(cases)('range %i is a %s token (%s)', async (rangeIndex, tokenType) => {
        expectSemanticToken(await highlight(TEXT), { rangeIndex, tokenType });
    });
});

describe('modifiers', () => {
    test('declarations are marked, references are not', async () => {
        expect(await modifiersAt(6, SemanticTokenTypes.type)).toEqual([SemanticTokenModifiers.declaration]);
        expect(await modifiersAt(14, SemanticTokenTypes.type)).toEqual([]);
        expect(await modifiersAt(16, SemanticTokenTypes.class)).toEqual([SemanticTokenModifiers.declaration]);
        expect(await modifiersAt(26, SemanticTokenTypes.class)).toEqual([]);
        expect(await modifiersAt(17, SemanticTokenTypes.parameter)).toEqual([SemanticTokenModifiers.declaration]);
    });

    test('broker ids are read-only, and declarations where the broker is declared', async () => {
        expect(await modifiersAt(2, SemanticTokenTypes.variable)).toEqual([SemanticTokenModifiers.declaration, SemanticTokenModifiers.readonly].sort());
        expect(await modifiersAt(21, SemanticTokenTypes.variable)).toEqual([SemanticTokenModifiers.readonly]);
    });

    test('a config key Kafka knows is marked as a library name, an unknown one is not', async () => {
        expect(await modifiersAt(9, SemanticTokenTypes.property)).toEqual([SemanticTokenModifiers.defaultLibrary]);
        expect(await modifiersAt(10, SemanticTokenTypes.property)).toEqual([]);
    });
});

test('a Tools for Apache Kafka file gets no tokens', async () => {
    const document = await parseDocument(language, 'PRODUCER keyed\ntopic: demo\n', { documentUri: ownFolderUri() });
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    expect(SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document)).toEqual([]);
});

describe('requests that overlap in time', () => {
    // VS Code asks for the visible range's tokens and then for the whole file's, without waiting: Langium's provider
    // keeps the request it works on in fields and yields every few milliseconds, so the second request used to add
    // its tokens to the first one's (VS Code: "Overlapping semantic tokens detected" and wrong colours).
    const big = ['cluster big {', '    brokers 1..3', ...Array.from({ length: 3000 }, (_, i) => `    topic t${i} { partitions ${(i % 7) + 1} }`), '}'].join('\n');
    const range = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };

    test('a range request and a whole-file request answer as they do one after the other', async () => {
        const document = await parseDocument(language, big, { documentUri: ownFolderUri() });
        const textDocument = { uri: document.uri.toString() };
        const alone = {
            range: (await provider.semanticHighlightRange(document, { textDocument, range })).data,
            full: (await provider.semanticHighlight(document, { textDocument })).data
        };
        const [inRange, full] = await Promise.all([provider.semanticHighlightRange(document, { textDocument, range }), provider.semanticHighlight(document, { textDocument })]);
        expect(inRange.data).toEqual(alone.range);
        expect(full.data).toEqual(alone.full);
        // 3 000 topics: the file is long enough for the whole-file request to yield (it takes more than 10 ms).
        expect(alone.full.length / 5).toBeGreaterThan(6000);
    });
});
