// Loads shared/vectors/kafka-vectors-4x.json (KIP-848 assignors, StripedReplicaPlacer) at run time.
import { readFileSync } from 'node:fs';
import type { Json } from './vectors.js';

export const VECTORS_4X_URL = new URL('../../../shared/vectors/kafka-vectors-4x.json', import.meta.url);

export const vectors4x: Json = JSON.parse(readFileSync(VECTORS_4X_URL, 'utf8'));

export const entries4x = (section: string): Json[] => (Array.isArray(vectors4x[section]) ? vectors4x[section] : []);

/** "MockRandom(seed 17)" -> 17n; a vector without `rng` uses Kafka's test default, 17. */
export function mockRandomSeed(rng: string | undefined): bigint {
    const m = /seed\s*(-?\d+)/.exec(rng ?? '');
    return BigInt(m ? m[1] : 17);
}

/** The vector's upstream file and release, for the test title. */
export const cite = (v: Json): string => `${String(v.source ?? '').split('/').pop()} @ ${v.kafkaVersion ?? '?'}`;
