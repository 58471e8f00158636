import { describe, expect, test } from 'vitest';
import { lcm, movedKeyShare } from '../../interop/moved-keys.js';
import { partitionForKey } from '../../simulator/index.js';

/** The contract's definition, by enumeration over one period. */
function bruteForce(n: number, m: number): number {
    const period = lcm(n, m);
    let same = 0;
    for (let r = 0; r < period; r++) if (r % n === r % m) same++;
    return 1 - same / period;
}

describe('moved-key share', () => {
    test('3 → 4 partitions moves 75 % of keys, 3 → 6 moves 50 %', () => {
        expect(movedKeyShare(3, 4)).toBe(0.75);
        expect(movedKeyShare(3, 6)).toBe(0.5);
        expect(movedKeyShare(5, 5)).toBe(0);
    });

    test('equals 1 − |{r < lcm : r mod n = r mod m}| / lcm for every n, m up to 40', () => {
        for (let n = 1; n <= 40; n++) for (let m = 1; m <= 40; m++) expect(movedKeyShare(n, m)).toBeCloseTo(bruteForce(n, m), 12);
    });

    test("matches Kafka's murmur2 partitioner on real keys (3 → 4)", () => {
        let moved = 0;
        const keys = 20_000;
        for (let i = 0; i < keys; i++) {
            const key = `order-${i}`;
            if (partitionForKey(key, 3) !== partitionForKey(key, 4)) moved++;
        }
        expect(Math.abs(moved / keys - 0.75)).toBeLessThan(0.01);
    });

    test('rejects partition counts that are not positive integers', () => {
        expect(() => movedKeyShare(0, 3)).toThrow(RangeError);
        expect(() => movedKeyShare(2.5, 3)).toThrow(RangeError);
    });
});
