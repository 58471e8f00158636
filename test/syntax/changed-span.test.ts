// Where two texts differ (the block re-parse's first step): compared in chunks, it must give
// the span a character-by-character comparison gives, at and around the chunk edges.
import { expect, test } from 'vitest';
import { changedSpan } from '../../language-server/syntax/incremental-reparse.js';
import { seededRandom } from '../support/seeded-random.js';

function naive(a: string, b: string) {
    const shorter = Math.min(a.length, b.length);
    let start = 0;
    while (start < shorter && a[start] === b[start]) start++;
    let common = 0;
    while (common < shorter - start && a[a.length - 1 - common] === b[b.length - 1 - common]) common++;
    return { start, oldEnd: a.length - common, newEnd: b.length - common };
}

test('changedSpan gives the span a character-by-character comparison gives', () => {
    const r = seededRandom(4096);
    const letters = 'ab\n ';
    const text = (n: number) => Array.from({ length: n }, () => letters[r.int(letters.length)]).join('');
    for (let i = 0; i < 400; i++) {
        const old = text(r.pick([0, 1, 10, 4095, 4096, 4097, 8192, 20_000]) + r.int(3));
        const at = r.int(old.length + 1);
        const removed = r.int(Math.min(5000, old.length - at) + 1);
        const edited = old.slice(0, at) + text(r.pick([0, 1, 3, 4096, 5000])) + old.slice(at + removed);
        expect(changedSpan(old, edited), `case ${i}`).toEqual(naive(old, edited));
    }
});
