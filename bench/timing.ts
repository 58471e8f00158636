// Medians of repeated runs, and the table `npm run bench` prints.
import { performance } from 'node:perf_hooks';

export type Row = [label: string, figure: string, target: string];

export function median(xs: readonly number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function time<T>(runs: number, fn: (i: number) => T): { ms: number; result: T } {
    const times: number[] = [];
    let result!: T;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        result = fn(i);
        times.push(performance.now() - start);
    }
    return { ms: median(times), result };
}

export async function timeAsync<T>(runs: number, fn: (i: number) => Promise<T>): Promise<{ ms: number; result: T }> {
    const times: number[] = [];
    let result!: T;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        result = await fn(i);
        times.push(performance.now() - start);
    }
    return { ms: median(times), result };
}

export const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

export function printTable(title: string, rows: readonly Row[]): void {
    const header: Row = ['case', 'median', 'target'];
    const widths = [0, 1, 2].map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
    const line = (r: readonly string[]) => r.map((x, c) => x.padEnd(widths[c])).join('  ').trimEnd();
    console.log(`\n${title}`);
    console.log(line(header));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const r of rows) console.log(line(r));
}
