// A cross-process lock (an atomic mkdir) so that vitest workers starting at once
// do not download or compile the same release twice.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const STALE_MS = 20 * 60_000;

export async function withLock<T>(path: string, body: () => T | Promise<T>): Promise<T> {
    mkdirSync(dirname(path), { recursive: true });
    for (;;) {
        try {
            mkdirSync(path);
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            if (isStale(path)) rmSync(path, { recursive: true, force: true });
            else await new Promise((r) => setTimeout(r, 250));
        }
    }
    try {
        return await body();
    } finally {
        rmSync(path, { recursive: true, force: true });
    }
}

function isStale(path: string): boolean {
    try {
        return Date.now() - statSync(path).mtimeMs > STALE_MS;
    } catch {
        return false;
    }
}
