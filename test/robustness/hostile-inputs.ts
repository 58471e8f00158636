// Inputs that take seconds to type (or one paste) and once broke the server or
// the CLI (issue 9). Shared by the in-process, CLI and server suites.
import { randomBytes } from './support/random.js';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

export const HOSTILE_INPUTS: ReadonlyArray<readonly [name: string, text: () => string]> = [
    ['empty quoted topic name', () => 'cluster c {\n    broker 1\n    topic "" { partitions 1 }\n    producer p { produces t }\n}\n'],
    ['empty quoted group and member names', () => 'cluster c {\n    broker 1\n    topic t { }\n    consumer-group "" { consumes t members ["", b] }\n    scenario s { fail member "" in g  expect group "" balanced  fail member "" in "" }\n}\n'],
    ['half-typed assignor', () => 'cluster c {\n    broker 1\n    topic t { }\n    consumer-group g { consumes t members 2 assignor }\n}\n'],
    ['misspelled assignor', () => 'cluster c {\n    broker 1\n    topic t { }\n    consumer-group g { consumes t members 2 assignor round-robin }\n}\n'],
    ['70 000 comment lines', () => `cluster c {\n    broker 1\n${lines(70_000, (i) => `    // comment ${i}`)}\n    topic t { }\n}\n`],
    ['70 000 comment lines before the cluster', () => `${lines(70_000, (i) => `// comment ${i}`)}\ncluster c { broker 1 }\n`],
    ['deep nesting of braces', () => `cluster c { ${'{'.repeat(50_000)}${'}'.repeat(50_000)} }\n`],
    ['deep nesting of brackets in an assignment', () => `cluster c { broker 1 topic t { assignment { 0: ${'['.repeat(20_000)} } } }\n`],
    ['a 1 MB line', () => `cluster c { broker 1 topic t { description "${'x'.repeat(1_000_000)}" } }\n`],
    ['a 200 000-character name', () => `cluster c { broker 1 topic ${'n'.repeat(200_000)} { } }\n`],
    ['NUL characters', () => 'cluster c {\u0000 broker 1 \u0000\u0000 topic t\u0000 { partitions 1 } }\n'.repeat(50)],
    ['random bytes', () => randomBytes(256 * 1024, 9).toString('latin1')],
    ['half-typed steps', () => 'cluster c {\n    brokers 1..3\n    topic t { partitions 3 }\n    scenario s {\n        fail broker\n        fail rack\n        fail controller\n        expect t\n    }\n}\n'],
    ['numbers beyond every range', () => 'cluster c {\n    brokers 1..2147483647\n    broker -1\n    brokers 9..7\n    broker 99999999999999999999999\n    controllers 99999999999\n    topic t { partitions 99999999999999999999 replication-factor 99999999999 min-insync-replicas -99999999999 }\n    consumer-group g { consumes t members 2147483647 }\n    scenario s { fail broker 99999999999999999999 expect t writable }\n}\n']
];
