// A seeded mutation fuzzer for `.kafka` text: deletes, duplicates, swaps and
// inserts the language's own tokens (keywords, quotes, braces, numbers far out
// of range) the way hurried typing and bad pastes do.
import { rng } from './random.js';

const TOKENS = [
    'cluster', 'topic', 'broker', 'brokers', 'controllers', 'defaults', 'producer', 'consumer-group', 'share-group', 'scenario',
    'partitions', 'replication-factor', 'min-insync-replicas', 'ordering', 'key', 'total', 'none', 'config', 'assignment',
    'produces', 'consumes', 'members', 'assignor', 'acks', 'all', 'idempotent', 'fail', 'recover', 'stop', 'rack', 'racks',
    'controller', 'member', 'in', 'expect', 'not', 'no', 'quorum', 'data-loss', 'writable', 'readable', 'group', 'balanced',
    'elect-preferred', 'profile', 'development', 'kafka-version', 'features', 'placement', 'protocol', 'uniform',
    '{', '}', '[', ']', ',', ':', '=', '..', '"', '""', '"x y"', '-', '0', '1', '-1', '3', '2147483648', '99999999999999999999',
    '7d', '64MiB', '1.5', 'orders', 'g', 'm1', '// c', '/*', '*/', '\n', '\u0000', '\t', 'é', '😀'
];

export function mutate(text: string, seed: number): string {
    const next = rng(seed);
    const int = (n: number) => Math.floor(next() * n);
    let out = text;
    const rounds = 1 + int(3);
    for (let r = 0; r < rounds; r++) {
        const at = int(out.length + 1);
        const length = 1 + int(Math.min(40, Math.max(1, out.length - at)));
        switch (int(6)) {
            case 0: // delete a span
                out = out.slice(0, at) + out.slice(at + length);
                break;
            case 1: // duplicate a span
                out = out.slice(0, at + length) + out.slice(at, at + length) + out.slice(at + length);
                break;
            case 2: // insert a token
                out = `${out.slice(0, at)} ${TOKENS[int(TOKENS.length)]} ${out.slice(at)}`;
                break;
            case 3: { // swap two lines
                const lines = out.split('\n');
                const a = int(lines.length);
                const b = int(lines.length);
                [lines[a], lines[b]] = [lines[b], lines[a]];
                out = lines.join('\n');
                break;
            }
            case 4: // truncate
                out = out.slice(0, at);
                break;
            default: // replace a character with any byte
                out = out.slice(0, at) + String.fromCharCode(int(256)) + out.slice(at + 1);
        }
    }
    return out;
}
