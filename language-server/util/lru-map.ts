// A map that forgets its least recently used entries beyond a count and a total
// weight (the newest entry is always kept, whatever its weight).
export class LruMap<K, V> {
    private readonly entries = new Map<K, { readonly value: V; readonly weight: number }>();
    private weight = 0;

    constructor(
        private readonly maxEntries: number,
        private readonly maxWeight = Number.POSITIVE_INFINITY
    ) {}

    get size(): number {
        return this.entries.size;
    }

    get totalWeight(): number {
        return this.weight;
    }

    get(key: K): V | undefined {
        const entry = this.entries.get(key);
        if (!entry) return undefined;
        // Map keeps insertion order: re-inserting makes the entry the most recent.
        this.entries.delete(key);
        this.entries.set(key, entry);
        return entry.value;
    }

    has(key: K): boolean {
        return this.entries.has(key);
    }

    set(key: K, value: V, weight = 1): void {
        this.delete(key);
        this.entries.set(key, { value, weight });
        this.weight += weight;
        for (const oldest of this.entries.keys()) {
            if (this.entries.size <= this.maxEntries && this.weight <= this.maxWeight) break;
            if (oldest === key) break;
            this.delete(oldest);
        }
    }

    delete(key: K): void {
        const entry = this.entries.get(key);
        if (!entry) return;
        this.entries.delete(key);
        this.weight -= entry.weight;
    }

    /** Removes every entry whose value matches. */
    deleteWhere(matches: (value: V) => boolean): void {
        for (const [key, entry] of [...this.entries]) {
            if (matches(entry.value)) this.delete(key);
        }
    }
}
