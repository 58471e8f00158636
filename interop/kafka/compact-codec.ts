// The Kafka protocol's flexible-version encoding (KIP-482): unsigned varints,
// compact strings and arrays (length + 1), tagged fields. kafkajs 2.2.4 speaks
// only pre-flexible versions of the requests this module adds.

export class CompactWriter {
    private readonly bytes: number[] = [];

    int8(v: number): this {
        this.bytes.push(v & 0xff);
        return this;
    }
    int16(v: number): this {
        this.bytes.push((v >> 8) & 0xff, v & 0xff);
        return this;
    }
    int32(v: number): this {
        this.bytes.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
        return this;
    }
    boolean(v: boolean): this {
        return this.int8(v ? 1 : 0);
    }
    uvarint(v: number): this {
        let n = v >>> 0;
        while (n >= 0x80) {
            this.bytes.push((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        this.bytes.push(n);
        return this;
    }
    string(v: string | null): this {
        if (v === null) return this.uvarint(0);
        const utf8 = Buffer.from(v, 'utf8');
        this.uvarint(utf8.length + 1);
        for (const b of utf8) this.bytes.push(b);
        return this;
    }
    array<T>(items: readonly T[] | null, write: (w: this, item: T) => void): this {
        if (items === null) return this.uvarint(0);
        this.uvarint(items.length + 1);
        for (const item of items) write(this, item);
        return this;
    }
    /** No tagged fields. */
    tags(): this {
        return this.uvarint(0);
    }
    toBuffer(): Buffer {
        return Buffer.from(this.bytes);
    }
}

export class CompactReader {
    private offset = 0;
    constructor(private readonly buffer: Buffer) {}

    int8(): number {
        return this.buffer.readInt8(this.advance(1));
    }
    int16(): number {
        return this.buffer.readInt16BE(this.advance(2));
    }
    int32(): number {
        return this.buffer.readInt32BE(this.advance(4));
    }
    int64(): bigint {
        return this.buffer.readBigInt64BE(this.advance(8));
    }
    uint16(): number {
        return this.buffer.readUInt16BE(this.advance(2));
    }
    boolean(): boolean {
        return this.int8() !== 0;
    }
    uuid(): string {
        return this.buffer.subarray(this.advance(16), this.offset).toString('hex');
    }
    uvarint(): number {
        let result = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            const byte = this.buffer.readUInt8(this.advance(1));
            result += (byte & 0x7f) * 2 ** shift;
            if ((byte & 0x80) === 0) return result;
        }
        throw new RangeError('varint longer than 5 bytes');
    }
    string(): string {
        return this.nullableString() ?? '';
    }
    nullableString(): string | null {
        const length = this.uvarint();
        if (length === 0) return null;
        const start = this.advance(length - 1);
        return this.buffer.toString('utf8', start, start + length - 1);
    }
    array<T>(read: (r: this) => T): T[] {
        const length = this.uvarint();
        const items: T[] = [];
        for (let i = 0; i < length - 1; i++) items.push(read(this));
        return items;
    }
    /** Tagged fields: returns each tag's raw bytes. */
    tags(): Map<number, Buffer> {
        const fields = new Map<number, Buffer>();
        const count = this.uvarint();
        for (let i = 0; i < count; i++) {
            const tag = this.uvarint();
            const size = this.uvarint();
            const start = this.advance(size);
            fields.set(tag, this.buffer.subarray(start, start + size));
        }
        return fields;
    }
    private advance(n: number): number {
        const at = this.offset;
        if (at + n > this.buffer.length) throw new RangeError('response shorter than its schema');
        this.offset += n;
        return at;
    }
}
