// Durations (`500ms`, `30s`, `15m`, `12h`, `7d`) and sizes (`512B`, `100KiB`,
// `64MiB`, `1GiB` binary; `1KB`, `1MB`, `1GB` decimal), normalised to
// milliseconds and bytes (LANGUAGE.md, lexical rules).

export type Quantity =
    | { readonly kind: 'duration'; readonly value: number }
    | { readonly kind: 'size'; readonly value: number }
    | { readonly kind: 'unknown-unit'; readonly unit: string };

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const SIZE_UNITS: Readonly<Record<string, number>> = {
    B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, KB: 1000, MB: 1000 ** 2, GB: 1000 ** 3
};

export function parseQuantity(text: string): Quantity {
    const match = /^(\d+(?:\.\d+)?)([A-Za-z]+)$/.exec(text);
    if (!match) return { kind: 'unknown-unit', unit: text };
    const [, amount, unit] = match;
    if (unit in DURATION_UNITS) return { kind: 'duration', value: Math.round(Number(amount) * DURATION_UNITS[unit]) };
    if (unit in SIZE_UNITS) return { kind: 'size', value: Math.round(Number(amount) * SIZE_UNITS[unit]) };
    return { kind: 'unknown-unit', unit };
}
