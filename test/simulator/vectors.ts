// Loads shared/vectors/kafka-vectors.json (the public upstream vectors) for the tests.
import { readFileSync } from 'node:fs';

// test/simulator -> repo root -> its sibling `shared`.
export const VECTORS_URL = new URL('../../../shared/vectors/kafka-vectors.json', import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const vectors: Json = JSON.parse(readFileSync(VECTORS_URL, 'utf8'));

/** Expands the file's placeholders: "<250 x 'a'>" and "<any 249-char string of legal chars>". */
export function expandName(name: string): string {
    const repeat = /^<(\d+) x '(.)'>$/.exec(name);
    if (repeat) return repeat[2].repeat(Number(repeat[1]));
    const any = /^<any (\d+)-char string of legal chars>$/.exec(name);
    if (any) {
        const legal = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
        return Array.from({ length: Number(any[1]) }, (_, i) => legal[(i * 7) % legal.length]).join('');
    }
    return name;
}

/** Parses the vector file's `acceptableLeader` predicates, e.g. "r != 3", "r != 3 && r != 4". */
export function parseAcceptableLeader(text: string | undefined): (r: number) => boolean {
    if (text === undefined || text === 'all' || text === 'true') return () => true;
    const any = text.split('||').map((conj) =>
        conj.split('&&').map((clause) => {
            const m = /^\s*r\s*(==|!=|<=|>=|<|>)\s*(-?\d+)\s*$/.exec(clause);
            if (!m) throw new Error(`unsupported acceptableLeader clause: ${clause}`);
            const n = Number(m[2]);
            const ops: Record<string, (r: number) => boolean> = {
                '==': (r) => r === n,
                '!=': (r) => r !== n,
                '<=': (r) => r <= n,
                '>=': (r) => r >= n,
                '<': (r) => r < n,
                '>': (r) => r > n
            };
            return ops[m[1]];
        })
    );
    return (r) => any.some((all) => all.every((f) => f(r)));
}
