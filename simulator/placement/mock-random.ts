// The random generator the model feeds to Kafka's placer: Kafka's test
// `MockRandom` (apache/kafka server-common/src/test/java/org/apache/kafka/server/util/MockRandom.java,
// unchanged 3.9 - 4.2), an LCG over a 64-bit state, with `nextInt(bound)` and
// `Collections.shuffle` as OpenJDK's java.util.Random / java.util.Collections
// build them on top of `next(bits)`. Deterministic: the same seed gives the same draws.

const MULTIPLIER = 2862933555777941757n;
const INCREMENT = 3037000493n;

export interface JavaRandom {
    /** `java.util.Random#nextInt(int bound)`. */
    nextInt(bound: number): number;
}

export class MockRandom implements JavaRandom {
    private state: bigint;

    constructor(seed: number | bigint = 17) {
        this.state = BigInt.asUintN(64, BigInt(seed));
    }

    /** `MockRandom#next(bits)`: `(int) (state >>> (64 - bits))` after one LCG step. */
    next(bits: number): number {
        this.state = BigInt.asUintN(64, this.state * MULTIPLIER + INCREMENT);
        return Number(BigInt.asIntN(32, this.state >> BigInt(64 - bits)));
    }

    nextInt(bound: number): number {
        if (!(bound > 0)) throw new RangeError('bound must be positive');
        let r = this.next(31);
        const m = bound - 1;
        // (int) ((bound * (long) r) >> 31): exact in doubles, since bound is a power of two.
        if ((bound & m) === 0) return Math.floor((bound * r) / 2147483648);
        // Reject the top, incomplete stretch of [0, 2^31) so every residue is equally likely.
        for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
        return r;
    }
}

/** `Collections.shuffle(list, rnd)` on a random-access list: swap i-1 with nextInt(i), from the end. */
export function javaShuffle<T>(list: T[], random: JavaRandom): void {
    for (let i = list.length; i > 1; i--) {
        const j = random.nextInt(i);
        const tmp = list[i - 1];
        list[i - 1] = list[j];
        list[j] = tmp;
    }
}
