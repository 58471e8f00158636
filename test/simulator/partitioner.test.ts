import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive, utf8Bytes } from '../../simulator/index.js';

describe('murmur2 / partitionForKey', () => {
    it('hashes the UTF-8 bytes of the key (not UTF-16)', () => {
        expect(partitionForKey('ü', 1000)).toBe(toPositive(murmur2(Uint8Array.of(0xc3, 0xbc))) % 1000);
        expect(partitionForKey('주문-1', 7)).toBe(partitionForKey(utf8Bytes('주문-1'), 7));
    });

    it('toPositive masks the sign bit instead of taking the absolute value', () => {
        expect(toPositive(-1)).toBe(0x7fffffff);
        expect(toPositive(-2147483648)).toBe(0);
        expect(toPositive(5)).toBe(5);
    });

    it('is a signed 32-bit integer for any bytes (property)', () => {
        fc.assert(
            fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
                const h = murmur2(bytes);
                expect(Number.isInteger(h)).toBe(true);
                expect(h).toBe(h | 0);
            })
        );
    });

    it('maps every key into 0..n-1, the same way every time (property)', () => {
        fc.assert(
            fc.property(fc.string(), fc.integer({ min: 1, max: 10_000 }), (key, n) => {
                const p = partitionForKey(key, n);
                expect(p).toBeGreaterThanOrEqual(0);
                expect(p).toBeLessThan(n);
                expect(partitionForKey(key, n)).toBe(p);
            })
        );
    });

    it('rejects a partition count below 1', () => {
        expect(() => partitionForKey('k', 0)).toThrow(RangeError);
    });
});
