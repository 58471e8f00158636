// The harness's cluster ids, without brokers: kafka-storage reads an id that starts with '-'
// as an option ("argument --cluster-id/-t: expected one argument"), about one run in 64.
import { describe, expect, it } from 'vitest';
import { newClusterId } from './harness/cluster.js';

describe('newClusterId', () => {
    it("draws again when the id would start with '-'", () => {
        // 0xF8 is 111110.. in bits: base64url character 62, '-'.
        const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0x11)];
        const id = newClusterId(() => draws.shift()!);
        expect(id).toBe(Buffer.alloc(16, 0x11).toString('base64url'));
        expect(draws).toHaveLength(0);
    });

    it('never gives the ids Kafka reserves (zero, and the metadata topic id)', () => {
        const zero = Buffer.alloc(16);
        const metadata = Buffer.alloc(16);
        metadata[15] = 1;
        // The third draw is fixed: a random one starts with '-' one time in 64 and would ask for a fourth.
        const usable = Buffer.alloc(16, 0x11);
        const draws = [zero, metadata, usable];
        const id = newClusterId(() => draws.shift()!);
        expect(id).toBe(usable.toString('base64url'));
        expect(draws).toHaveLength(0);
    });

    it('is 22 base64url characters, as kafka-storage random-uuid prints', () => {
        for (let i = 0; i < 200; i++) expect(newClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    });
});
