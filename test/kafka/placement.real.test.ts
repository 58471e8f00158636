// The model's StripedReplicaPlacer against the real one: Kafka's own class from
// each release's jars, driven with the same seeded LCG as Kafka's test MockRandom,
// on generated (seed, brokers, racks, fencing, partitions, RF) cases. No broker is
// started; one JVM per release reads every case from stdin.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MockRandom, placerWordingOf, stripedPlace, type UsableBroker } from '../../simulator/index.js';
import { compileJava, runJava } from './harness/index.js';
import { selectedReleases } from './harness/releases.js';

const DRIVER = fileURLToPath(new URL('./java/groups/PlacerVectors.java', import.meta.url));
const CASES = 2000;

/** A small deterministic generator (mulberry32) for the cases. */
function generator(seed: number): (n: number) => number {
    let a = seed | 0;
    return (n) => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) % n;
    };
}

interface Case { readonly seed: bigint; readonly brokers: UsableBroker[]; readonly partitions: number; readonly rf: number }

function cases(): Case[] {
    const rnd = generator(20260330);
    const result: Case[] = [];
    for (let i = 0; i < CASES; i++) {
        const n = 1 + rnd(i % 10 === 0 ? 40 : 12);
        // up to 20 racks (past 12 the racks HashMap resizes), some brokers rackless, some fenced
        const racks = rnd(5) === 0 ? 0 : 1 + rnd(i % 7 === 0 ? 20 : 4);
        const ids = new Set<number>();
        while (ids.size < n) ids.add(rnd(200));
        const brokers = [...ids].map((id) => ({ id, rack: racks === 0 || rnd(6) === 0 ? undefined : `r${rnd(racks)}`, fenced: rnd(7) === 0 }));
        const seed = rnd(3) === 0 ? BigInt(rnd(100)) : BigInt(rnd(2147483647)) * 5n + BigInt(rnd(5));
        const rf = rnd(10) === 0 ? rnd(3) - 1 : 1 + rnd(Math.min(n + 1, 5));
        result.push({ seed, brokers, partitions: 1 + rnd(60), rf });
    }
    return result;
}

const line = (c: Case): string =>
    `${c.seed}|${c.brokers.map((b) => `${b.id}:${b.rack ?? ''}:${b.fenced ? 1 : 0}`).join(',')}|${c.partitions}|${c.rf}`;

function modelled(c: Case, kafkaVersion: string): string {
    const placed = stripedPlace(c.brokers, c.partitions, c.rf, new MockRandom(c.seed), placerWordingOf(kafkaVersion));
    return placed.ok ? placed.value.map((r) => `[${r.join(',')}];`).join('') : `ERR ${placed.error.message}`;
}

describe('StripedReplicaPlacer: the model and the real class agree', () => {
    const all = cases();
    for (const release of selectedReleases()) {
        it(`Kafka ${release.version}: ${CASES} generated placements, errors included`, async () => {
            const classes = await compileJava(release.version, [DRIVER]);
            const run = await runJava(release.version, 'PlacerVectors', [], { classpath: [classes], stdin: all.map(line).join('\n') + '\n', timeoutMs: 120_000 });
            expect(run.code, run.stderr).toBe(0);
            const real = run.stdout.trim().split('\n');
            expect(real).toHaveLength(all.length);
            const mismatches = all.flatMap((c, i) => {
                const model = modelled(c, release.version);
                return model === real[i] ? [] : [`${line(c)}\n  model ${model}\n  kafka ${real[i]}`];
            });
            expect(mismatches.slice(0, 3)).toEqual([]);
            // The generated set covers successes, each error, fenced brokers and partly racked clusters.
            expect(real.filter((r) => r.startsWith('ERR')).length).toBeGreaterThan(0);
            expect(real.filter((r) => !r.startsWith('ERR')).length).toBeGreaterThan(CASES / 2);
        });
    }
});
