// Seeded randomness for the fuzzers: the same seed gives the same inputs, so a
// failure found in CI can be replayed.
export function rng(seed: number): () => number {
    let s = seed >>> 0 || 1;
    return () => {
        // xorshift32
        s ^= s << 13;
        s >>>= 0;
        s ^= s >>> 17;
        s ^= s << 5;
        s >>>= 0;
        return s / 0x1_0000_0000;
    };
}

export function randomBytes(length: number, seed: number): Buffer {
    const next = rng(seed);
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
    return bytes;
}
