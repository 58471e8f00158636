// Key -> partition, exactly as Kafka's default partitioner does for keyed records.
// Source: apache/kafka clients/src/main/java/org/apache/kafka/common/utils/Utils.java
// (murmur2, toPositive) and clients/.../producer/internals/BuiltInPartitioner.java
// (partitionForKey). All arithmetic is 32-bit two's complement.

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** `Utils.murmur2`: the signed 32-bit MurmurHash2 Kafka uses for keys. */
export function murmur2(data: Uint8Array): number {
    const length = data.length;
    let h = (SEED ^ length) | 0;
    const length4 = length >>> 2;
    for (let i = 0; i < length4; i++) {
        const i4 = i << 2;
        let k = data[i4] | (data[i4 + 1] << 8) | (data[i4 + 2] << 16) | (data[i4 + 3] << 24);
        k = Math.imul(k, M);
        k ^= k >>> R;
        k = Math.imul(k, M);
        h = Math.imul(h, M);
        h ^= k;
    }
    const base = length & ~3;
    switch (length % 4) {
        case 3:
            h ^= data[base + 2] << 16;
        // falls through
        case 2:
            h ^= data[base + 1] << 8;
        // falls through
        case 1:
            h ^= data[base];
            h = Math.imul(h, M);
    }
    h ^= h >>> 13;
    h = Math.imul(h, M);
    h ^= h >>> 15;
    return h | 0;
}

/** `Utils.toPositive`: clears the sign bit (not Math.abs). */
export const toPositive = (n: number): number => n & 0x7fffffff;

const utf8 = new TextEncoder();

/** The UTF-8 bytes Kafka's `StringSerializer` produces. */
export const utf8Bytes = (text: string): Uint8Array => utf8.encode(text);

/** `toPositive(murmur2(utf8(key))) % numPartitions`; every partition counts, leaderless ones too. */
export function partitionForKey(key: string | Uint8Array, numPartitions: number): number {
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
    const bytes = typeof key === 'string' ? utf8Bytes(key) : key;
    return toPositive(murmur2(bytes)) % numPartitions;
}
