// The share of keys whose partition changes when a keyed topic goes from n to
// m partitions. Kafka's default partitioner sends a key to
// toPositive(murmur2(key)) mod partitions (clients/…/producer/internals/
// BuiltInPartitioner.java, partitionForKey); murmur2 is uniform over keys, so
// the share is that of hash residues r in one period lcm(n, m) with
// r mod n ≠ r mod m: 1 − |{r < lcm(n,m) : r mod n = r mod m}| / lcm(n,m).
//
// Counting without enumerating: r mod n = r mod m = a forces a < min(n, m),
// and for each such a the Chinese remainder theorem leaves exactly one
// r ≡ a (mod lcm) in the period, so the set has min(n, m) elements.

export function gcd(a: number, b: number): number {
    while (b !== 0) [a, b] = [b, a % b];
    return Math.abs(a);
}

export function lcm(a: number, b: number): number {
    return (a / gcd(a, b)) * b;
}

/** 1 − min(n,m)/lcm(n,m): 3 → 4 moves 0.75 of the keys, 3 → 6 moves 0.5. */
export function movedKeyShare(n: number, m: number): number {
    if (!(n >= 1 && m >= 1) || !Number.isInteger(n) || !Number.isInteger(m)) throw new RangeError(`partition counts must be positive integers, not ${n} and ${m}`);
    return 1 - Math.min(n, m) / lcm(n, m);
}
