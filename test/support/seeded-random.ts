// A small seeded generator (mulberry32) for the property tests: the same seed
// gives the same edits and timelines on every run.

export interface SeededRandom {
    /** A number in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    int(n: number): number;
    pick<T>(xs: readonly T[]): T;
}

export function seededRandom(seed: number): SeededRandom {
    let a = seed >>> 0;
    const next = (): number => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}
