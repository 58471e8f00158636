// Java hash codes and java.util.HashMap / HashSet iteration order, for the
// places where Kafka's result depends on the order a HashMap is iterated in
// (the sticky assignor's member loop, its partition-movement sets).
//
// Source: OpenJDK java.util.HashMap (hash spreading, tableSizeFor, resize,
// treeifyBin) and java.lang.String#hashCode. Within one bucket, entries keep
// insertion order (new nodes are appended, resize splits keep relative
// order), so the iteration order is "by bucket index, then by insertion".
// Treeified bins (8+ colliding keys in a table of 64+ buckets) are not
// emulated; they need pathological key sets.

const DEFAULT_CAPACITY = 16;
const MAXIMUM_CAPACITY = 1 << 30;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** `java.lang.String#hashCode` over UTF-16 code units. */
export function javaStringHashCode(s: string): number {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
}

/** `org.apache.kafka.common.TopicPartition#hashCode`. */
export function topicPartitionHashCode(topic: string, partition: number): number {
    const result = (31 + partition) | 0;
    return (Math.imul(31, result) + javaStringHashCode(topic)) | 0;
}

/** `HashMap.tableSizeFor`: the smallest power of two >= cap. */
export function tableSizeFor(cap: number): number {
    let n = 1;
    while (n < cap && n < MAXIMUM_CAPACITY) n *= 2;
    return n;
}

/** Capacity a `new HashMap<>(initialCapacity)` allocates on its first put. */
export const capacityForInitial = (initialCapacity: number): number => tableSizeFor(Math.max(initialCapacity, 0));

/** Capacity of `new HashSet<>(collection)` / `new HashMap<>(map)` copies of `size` entries. */
export const capacityForCopyOf = (size: number): number => tableSizeFor(Math.max(Math.floor(size / 0.75) + 1, DEFAULT_CAPACITY));

interface Slot<K> {
    readonly key: K;
    readonly spread: number;
    seq: number;
}

/**
 * The iteration order of a java.util.HashMap whose keys are put and removed
 * in the order this object sees them. Keys are identified by `idOf`.
 */
export class JavaHashOrder<K> {
    private readonly slots = new Map<string | number, Slot<K>>();
    private capacity = 0;
    private readonly firstCapacity: number;
    private nextSeq = 0;
    private binCounts: Map<number, number> = new Map();
    private cached: K[] | undefined;

    constructor(
        private readonly hashOf: (key: K) => number,
        private readonly idOf: (key: K) => string | number,
        initialCapacity?: number
    ) {
        this.firstCapacity = initialCapacity === undefined ? DEFAULT_CAPACITY : capacityForInitial(initialCapacity);
    }

    static ofStrings(keys: Iterable<string> = [], initialCapacity?: number): JavaHashOrder<string> {
        const order = new JavaHashOrder<string>(javaStringHashCode, (k) => k, initialCapacity);
        for (const k of keys) order.add(k);
        return order;
    }

    get size(): number {
        return this.slots.size;
    }

    has(key: K): boolean {
        return this.slots.has(this.idOf(key));
    }

    /** `put`: a new key goes to the tail of its bucket; an existing key keeps its place. */
    add(key: K): void {
        const id = this.idOf(key);
        if (this.slots.has(id)) return;
        if (this.capacity === 0) this.resizeTo(this.firstCapacity);
        const h = this.hashOf(key);
        const slot: Slot<K> = { key, spread: h ^ (h >>> 16), seq: this.nextSeq++ };
        const bin = slot.spread & (this.capacity - 1);
        const before = this.binCounts.get(bin) ?? 0;
        this.slots.set(id, slot);
        this.binCounts.set(bin, before + 1);
        this.cached = undefined;
        // putVal: a bin that already held TREEIFY_THRESHOLD nodes triggers treeifyBin,
        // which only resizes while the table is small.
        if (before >= TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.resizeTo(this.capacity * 2);
        if (this.slots.size > Math.floor(this.capacity * 0.75)) this.resizeTo(this.capacity * 2);
    }

    delete(key: K): void {
        const id = this.idOf(key);
        const slot = this.slots.get(id);
        if (!slot) return;
        this.slots.delete(id);
        const bin = slot.spread & (this.capacity - 1);
        this.binCounts.set(bin, (this.binCounts.get(bin) ?? 1) - 1);
        this.cached = undefined;
    }

    /** Keys in HashMap iteration order. */
    keys(): readonly K[] {
        if (!this.cached) {
            const mask = this.capacity - 1;
            this.cached = [...this.slots.values()]
                .sort((a, b) => (a.spread & mask) - (b.spread & mask) || a.seq - b.seq)
                .map((s) => s.key);
        }
        return this.cached;
    }

    first(): K | undefined {
        return this.keys()[0];
    }

    private resizeTo(capacity: number): void {
        this.capacity = Math.min(capacity, MAXIMUM_CAPACITY);
        this.binCounts = new Map();
        const mask = this.capacity - 1;
        for (const s of this.slots.values()) {
            const bin = s.spread & mask;
            this.binCounts.set(bin, (this.binCounts.get(bin) ?? 0) + 1);
        }
        this.cached = undefined;
    }
}
