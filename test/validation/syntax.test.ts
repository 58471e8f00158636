// syntax-error (RULES.md): lexer and parser errors carry the code and name what
// was expected; the rest of a half-typed file is still linked and validated;
// no input crashes or hangs the server; "Tools for Apache Kafka" files (same
// `.kafka` extension) get no diagnostics at all.
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { language, reset, validate, withCode, type Validated } from '../support/language.js';
import { at } from '../support/positions.js';

afterEach(reset);

const { Error: E } = DiagnosticSeverity;
const CODE = 'syntax-error';

const syntaxErrors = (v: Validated) => withCode(v, CODE);
const onlySyntaxErrors = (v: Validated) => v.diagnostics.every((d) => d.code === CODE);

describe('syntax-error', () => {
    test('a missing number: an error with the code, on the token found instead, naming what was expected', async () => {
        const text = 'cluster shop {\n    broker 1\n    topic t { partitions }\n}\n';
        const [d, ...more] = syntaxErrors(await validate(text));
        expect(more).toEqual([]);
        expect(d.severity).toBe(E);
        expect(d.range.start).toEqual(at(text, '}'));
        expect(d.message).toContain('a number');
    });

    test('the same file, completed, has no syntax error', async () => {
        expect(syntaxErrors(await validate('cluster shop {\n    broker 1\n    topic t { partitions 3 }\n}\n'))).toEqual([]);
    });

    test('a step without a target names every possible target', async () => {
        const text = 'cluster shop {\n    broker 1\n    scenario s { fail }\n}\n';
        const [d] = syntaxErrors(await validate(text));
        expect(d.range.start).toEqual(at(text, '}'));
        for (const keyword of ['broker', 'rack', 'controller', 'member']) expect(d.message).toContain(`'${keyword}'`);
    });

    test("an unclosed block names the missing '}' at the end of the file", async () => {
        const text = 'cluster shop {\n    broker 1\n';
        const [d] = syntaxErrors(await validate(text));
        expect(d.message).toContain("'}'");
        expect(d.range.start.line).toBe(1);
    });

    test('an unterminated string is a lexer error with the code', async () => {
        const text = 'cluster shop {\n    broker 1 { rack "az-1 }\n}\n';
        const found = syntaxErrors(await validate(text));
        expect(found.length).toBeGreaterThan(0);
        expect(found[0].range.start).toEqual(at(text, '"az-1'));
    });

    test('an unknown character is a lexer error with the code', async () => {
        const text = 'cluster shop {\n    broker 1 $\n}\n';
        const found = syntaxErrors(await validate(text));
        expect(found.map((d) => d.range.start)).toEqual([at(text, '$')]);
        expect(found[0].message).toContain("'$'");
    });

    test('a misspelled item lists what the block may contain and suggests the nearest', async () => {
        const [d] = syntaxErrors(await validate('cluster shop {\n    brokr 1\n}\n'));
        expect(d.message).toContain("'broker', 'brokers'");
        expect(d.message).toMatch(/Did you mean 'broker'\?$/);
    });

    test('the message is in the user language', async () => {
        const [d] = syntaxErrors(await validate('cluster shop {\n    broker 1\n    topic t { partitions }\n}\n', 'ko'));
        expect(d.message).toMatch(/[가-힣]/);
        expect(d.message).toContain('숫자');
    });
});

describe('a half-typed file is still linked and validated as far as it parses', () => {
    test('rules and references after a syntax error are still reported', async () => {
        const text = `cluster shop {
    brokers 1..3
    defaults { replication-factor 3 min-insync-replicas 2 }
    topic t { partitions }
    topic u { partitions 0 }
    producer p { produces ordrs }
}
`;
        const v = await validate(text);
        expect(syntaxErrors(v)).toHaveLength(1);
        expect(withCode(v, 'invalid-partitions').map((d) => d.range.start)).toEqual([at(text, 'partitions 0')]);
        expect(withCode(v, 'unresolved-reference').map((d) => d.range.start)).toEqual([at(text, 'ordrs')]);
    });

    test('a file cut off in the middle of a producer still checks the topic above it', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    topic t { replication-factor 3 min-insync-replicas 4 }\n    producer p { produces';
        const v = await validate(text);
        expect(syntaxErrors(v)).toHaveLength(1);
        expect(withCode(v, 'min-insync-exceeds-replication-factor').map((d) => d.range.start)).toEqual([at(text, 'min-insync-replicas 4')]);
    });

    test('the cluster shape is judged on the brokers typed so far', async () => {
        const v = await validate('cluster shop {\n    broker 1\n    broker 2\n    broker 3\n    broker 4\n    topic t { replication-factor 3 min-insync-replicas 2\n');
        expect(v.codes.map((c) => c.split(':')[1])).toContain('quorum-even');
    });

    test('a scenario is run up to its broken step', async () => {
        const text = 'cluster shop {\n    brokers 1..3\n    topic t { replication-factor 3 min-insync-replicas 2 }\n    scenario s {\n        fail broker 1\n        expect t fully-replicated\n        fail\n    }\n}\n';
        const v = await validate(text);
        expect(syntaxErrors(v)).toHaveLength(1);
        expect(withCode(v, 'scenario-expectation-failed').map((d) => d.range.start)).toEqual([at(text, 'expect t fully-replicated')]);
    });
});

describe('no input crashes or hangs the server', () => {
    /** Deterministic pseudo-random text (a linear congruential generator). */
    function noise(length: number, alphabet: (n: number) => string): string {
        let seed = 20240607;
        let out = '';
        for (let i = 0; i < length; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            out += alphabet(seed);
        }
        return out;
    }

    test('random bytes give syntax errors only (and, beyond the cap per file, one summary)', async () => {
        const v = await validate(noise(50_000, (n) => String.fromCharCode(n % 256)));
        expect(v.diagnostics.length).toBeGreaterThan(0);
        expect(onlySyntaxErrors({ ...v, diagnostics: v.diagnostics.filter((d) => d.code !== 'diagnostics-truncated') })).toBe(true);
        expect(v.diagnostics.filter((d) => d.code === 'diagnostics-truncated').length).toBeLessThanOrEqual(1);
    });

    test('NUL bytes, lone surrogates and a byte-order mark', async () => {
        const v = await validate('\uFEFF\u0000\u0001cluster \uD800 shop { broker \u0000 1 }\uDFFF');
        expect(syntaxErrors(v).length).toBeGreaterThan(0);
    });

    test('random keywords and punctuation of the language', async () => {
        const words = ['cluster', 'topic', '{', '}', 'broker', '1', '..', 'partitions', 'produces', 'expect', 'not', '"x"', ',', '[', ']', ':', '=', 'fail', 'member', 'in', 'shop'];
        const v = await validate(noise(20_000, (n) => `${words[n % words.length]} `));
        expect(v.diagnostics.some((d) => d.code === CODE)).toBe(true);
    });

    test('50 000 opening braces', async () => {
        const v = await validate(`cluster shop { ${'{'.repeat(50_000)} }`);
        expect(v.diagnostics.length).toBeGreaterThan(0);
    });

    // How long it takes is a benchmark figure (npm run bench -- --only language), not a timed test.
    test('a 30 000-line topology is validated whole, every line checked', async () => {
        const lines = ['cluster big {', '    brokers 1..3', '    defaults { partitions 3 replication-factor 3 min-insync-replicas 2 }'];
        for (let i = 0; i < 10_000; i++) {
            lines.push(`    topic t${i} { partitions 0 }`, `    producer p${i} { produces t${i} }`, `    consumer-group g${i} { consumes t${i} members 3 }`);
        }
        lines.push('    scenario s { fail broker 1 expect t1 writable }', '}');
        const v = await validate(lines.join('\n'));
        expect(withCode(v, 'invalid-partitions')).toHaveLength(10_000);
        expect(v.diagnostics).toHaveLength(10_000);
    });

    test('a 100 000-character quoted name', async () => {
        const v = await validate(`cluster shop { brokers 1..3 topic "${'x'.repeat(100_000)}" { replication-factor 3 min-insync-replicas 2 } }`);
        expect(v.codes).toEqual(['1:invalid-topic-name']);
    });

    test('a broker range of a hundred million ids', async () => {
        const v = await validate('cluster shop { brokers 1..100000000 }');
        expect(v.diagnostics.every((d) => d.code !== CODE)).toBe(true);
    });

    test('a hundred million members in a group', async () => {
        const v = await validate('cluster shop { brokers 1..3 topic t { replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t members 100000000 } }');
        expect(withCode(v, 'idle-consumers')).toHaveLength(1);
    });

    test('ten million partitions: the model leaves the topic out instead of exhausting memory', async () => {
        const text = 'cluster shop { brokers 1..3 topic t { partitions 10000000 replication-factor 3 min-insync-replicas 2 } consumer-group g { consumes t members 3 } scenario s { fail broker 1 expect t writable } }';
        const v = await validate(text);
        expect(v.codes.filter((c) => c.endsWith(CODE))).toEqual([]);
        const cluster = v.document.parseResult.value.clusters[0];
        const model = language.kafka.ClusterFacts.get(cluster).model;
        expect(model.ok && model.value.skippedTopics).toEqual([{ topic: 't', error: { kind: 'too-many-partitions', partitions: 10_000_000, limit: 1_000_000 } }]);
    });

    test('numbers beyond 2^53 are read as numbers, not as syntax errors (a partition count beyond int32 is value-out-of-range)', async () => {
        const v = await validate('cluster shop { brokers 1..3 topic t { partitions 99999999999999999999 replication-factor 3 min-insync-replicas 2 } }');
        expect(v.codes).toEqual(['1:value-out-of-range']);
    });
});

describe('"Tools for Apache Kafka" files', () => {
    test('PRODUCER and CONSUMER blocks get no diagnostics', async () => {
        const text = `PRODUCER keyed-message
topic: my-topic
key: mykeyq
record content

###

CONSUMER consumer-group-id
topic: my-topic
partitions: 0
from: earliest
`;
        expect((await validate(text)).diagnostics).toEqual([]);
    });

    test('with comments and a JSON record', async () => {
        const text = '// sends one order\nPRODUCER json-output\ntopic: orders\nheaders: source=test\n{"type": "order", "id": 1}\n';
        expect((await validate(text)).diagnostics).toEqual([]);
    });

    test('a record line that starts with "cluster" does not make it a topology', async () => {
        const text = 'PRODUCER notices\ntopic: ops\ncluster maintenance tonight\n';
        expect((await validate(text)).diagnostics).toEqual([]);
    });

    test('a topology with a stray PRODUCER line is still a topology', async () => {
        const v = await validate('cluster shop { brokers 1..3 }\nPRODUCER x\n');
        expect(syntaxErrors(v)).toHaveLength(1);
    });
});
