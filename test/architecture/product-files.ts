// The product's TypeScript sources, as the architecture tests read them.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export const REPO = resolve(__dirname, '../..');
/** The product's top-level folders. */
export const PRODUCT = ['simulator', 'language-server', 'cli', 'extension', 'interop', 'bench'];

/** A path with `/` whatever the platform. */
export const posix = (path: string) => path.split(sep).join('/');

/** Every `.ts` file below `dir` (not declarations, not generated code, not node_modules). */
export function typeScriptFiles(dir: string): string[] {
    let entries: string[];
    try {
        entries = readdirSync(dir);
    } catch {
        return [];
    }
    return entries.flatMap((entry) => {
        if (entry === 'node_modules' || entry === 'generated') return [];
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) return typeScriptFiles(path);
        return entry.endsWith('.ts') && !entry.endsWith('.d.ts') ? [path] : [];
    });
}
