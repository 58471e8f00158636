// The grammar-driven parser (language-server/syntax/well-formed-parser.ts) builds, for text
// without syntax errors, the AST and CST Langium's parser builds, node for node; for any other
// text it gives up, so that Langium's parser (with its error recovery) parses it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateTopology } from '../../bench/generate-topology.js';
import { createLangiumCstParser } from '../../language-server/syntax/linear-cst-parser.js';
import { WellFormedParser } from '../../language-server/syntax/well-formed-parser.js';
import { language } from '../support/language.js';
import { REPO, SHARED } from '../support/markers.js';
import { parseTrees } from '../support/parse-trees.js';
import { seededRandom } from '../support/seeded-random.js';

const langium = createLangiumCstParser(language);
const wellFormed = new WellFormedParser(language);

/** Every rule and alternative of the grammar, with comments before, inside and after nodes. */
const everyConstruct = `// a cluster
cluster c { /* first */ profile production kafka-version 4.1 features { metadata.version = -1 group.version = 1 }
    placement striped controllers 3 // three
    broker 1 { rack r1 host "h1" } broker 2 brokers 3..5 { racks r1, "r2" host "h" rack r3 }
    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }
    topic t { partitions 6 ordering key id description "d" config { retention.ms = 7d, 1, -2, 1.5, true, "s", none, all, total, key, producer, *, x.y } }
    topic "u v" { ordering none } topic w { ordering total ordering key assignment { 0: [1, 2] 1: [-2] } }
    producer p { produces t, "u v" acks all acks -1 key id idempotent false }
    consumer-group g { consumes t members 3 protocol consumer assignor cooperative-sticky members [a, "b"] }
    share-group s { consumes w members [m] }
    scenario sc { fail broker 1 recover rack r1 fail controller 2 fail member a in g stop broker 2
        elect-preferred expect t not writable expect t readable expect "u v" under-replicated expect no quorum
        expect quorum expect no data-loss expect group g balanced /* last */ }
}
cluster d { kafka-version 3.9.1 } // after
`;

const validTexts = [
    everyConstruct,
    ...[join(REPO, 'samples'), join(SHARED, 'spec/examples')].flatMap((dir) =>
        readdirSync(dir).filter((f) => f.endsWith('.kafka')).map((f) => readFileSync(join(dir, f), 'utf8'))
    ),
    generateTopology({ brokers: 9, racks: 3, topics: 40, partitionsPerTopic: 3, producers: 4, groups: 4, scenarios: 2 }),
    generateTopology({ brokers: 6, racks: 0, topics: 12, partitionsPerTopic: 2, brokerStyle: 'each', scenarios: 3 }),
    '',
    '// only a comment\n',
    '/* a */ /* b */'
].filter((text) => hasNoSyntaxError(text));

function hasNoSyntaxError(text: string): boolean {
    const result = langium.parse(text);
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0;
}

function expectSameAsLangium(text: string, rule?: string): void {
    const ours = wellFormed.parse(text, rule);
    expect(ours, text).toBeDefined();
    const theirs = langium.parse(text, rule ? { rule } : undefined);
    expect(parseTrees(ours!.value, language.Grammar)).toStrictEqual(parseTrees(theirs.value, language.Grammar));
    expect(ours!.lexerErrors).toEqual([]);
    expect(ours!.parserErrors).toEqual([]);
}

test('text without syntax errors: the same AST and CST as Langium, node for node, comments included', () => {
    // The samples (one is broken on purpose) and examples, less those with syntax errors.
    expect(validTexts.length).toBeGreaterThanOrEqual(10);
    for (const text of validTexts) expectSameAsLangium(text);
});

test('a block parsed from its own rule (the block re-parse) is the one Langium parses', () => {
    const blocks: Array<[string, string]> = [
        ['Topic', 'topic t { partitions 3 /* c */ config { a = 1, b } }'],
        ['Producer', 'producer p { produces t, u acks all }'],
        ['ConsumerGroup', '// lead\nconsumer-group g { consumes t members [a, b] }'],
        ['Scenario', 'scenario s { fail broker 1 expect no data-loss expect no quorum expect t writable }'],
        ['BrokerRange', 'brokers 1..3 { racks a, b }']
    ];
    for (const [rule, text] of blocks) expectSameAsLangium(text, rule);
});

test('text with a syntax error is left to Langium', () => {
    const broken = [
        'cluster half { topic t { partitions',
        'topic t { partitions 3 }',
        'cluster c { broker 1 { rack } }',
        'cluster c { scenario s { expect no } }',
        'cluster c { topic t { config { a = 1, , b = } } }',
        'cluster c { } }',
        'cluster c { topic t { partitions 3 } } #',
        'cluster c { host "unterminated }'
    ];
    for (const text of broken) {
        expect(hasNoSyntaxError(text), text).toBe(false);
        expect(wellFormed.parse(text), text).toBeUndefined();
    }
    // And the services' parser gives Langium's result for it, errors and recovered tree.
    for (const text of broken) {
        const ours = language.parser.LangiumParser.parse(text);
        const theirs = langium.parse(text);
        expect(ours.parserErrors.map((e) => e.message)).toEqual(theirs.parserErrors.map((e) => e.message));
        expect(parseTrees(ours.value, language.Grammar)).toStrictEqual(parseTrees(theirs.value, language.Grammar));
    }
});

test('random token edits: whatever Langium parses without error, this parser parses the same; whatever it does not, this one declines', () => {
    const tokens = language.parser.Lexer.tokenize(everyConstruct).tokens.map((t) => t.image);
    const vocabulary = [...new Set(tokens), 'x', '7', '"q"', '1.5', '2.0.1', '64MiB', '-', '..'];
    // Pieces that are whole items somewhere, so that many edits leave the text well formed.
    const pieces: Array<[string, string]> = [
        ['topic', 'partitions 3'], ['topic', 'ordering key'], ['topic', 'ordering key k'], ['producer', 'acks all'], ['cluster', 'topic z { }'],
        ['scenario', 'expect no quorum'], ['scenario', 'expect no data-loss'], ['scenario', 'expect quorum'], ['scenario', 'fail broker 2'],
        ['consumer-group', 'members [a]'], ['broker', 'rack r'], ['config', 'x = 1'], ['config', 'a = b, c']
    ];
    const random = seededRandom(15);
    let same = 0;
    let declined = 0;
    for (let i = 0; i < 1000; i++) {
        const edited = [...tokens];
        for (let edits = random.int(4) === 0 ? 2 : 1; edits > 0; edits--) {
            const at = random.int(edited.length);
            switch (random.int(5)) {
                case 4: {
                    // An item, first in a block that takes it.
                    const [block, piece] = random.pick(pieces);
                    const open = edited.indexOf('{', edited.indexOf(block, at) + 1);
                    if (open >= 0) edited.splice(open + 1, 0, piece);
                    break;
                }
                case 0:
                    edited.splice(at, 1);
                    break;
                case 1:
                    edited.splice(at, 0, random.pick(vocabulary));
                    break;
                case 2:
                    edited[at] = random.pick(vocabulary);
                    break;
                default:
                    edited.splice(at, 0, ...edited.slice(at, at + 1 + random.int(6)));
            }
        }
        const text = edited.join(random.int(2) === 0 ? ' ' : ' /* c */\n');
        if (hasNoSyntaxError(text)) {
            expectSameAsLangium(text);
            same++;
        } else {
            expect(wellFormed.parse(text), text).toBeUndefined();
            declined++;
        }
    }
    // Both kinds came up often enough to mean something.
    expect(same).toBeGreaterThan(60);
    expect(declined).toBeGreaterThan(60);
});

test('the services parse with it: no Chevrotain parser is made for text without syntax errors', () => {
    const result = language.parser.LangiumParser.parse(everyConstruct);
    expect(parseTrees(result.value, language.Grammar)).toStrictEqual(parseTrees(wellFormed.parse(everyConstruct)!.value, language.Grammar));
});
