// The `// expect: code, code` markers of example files (shared/spec/RULES.md):
// diagnostics with exactly those codes start on that line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
/** The built standalone language server (`npm run build`). */
export const SERVER = join(REPO, 'out/language-server/main.cjs');

export function expectedCodes(text: string): string[] {
    const expected = new Set<string>();
    text.split('\n').forEach((line, i) => {
        const match = /\/\/\s*expect:\s*([a-z0-9 ,/-]+)\s*$/.exec(line);
        match?.[1].split(',').map((c) => c.trim()).filter(Boolean).forEach((code) => expected.add(`${i + 1}:${code}`));
    });
    return [...expected].sort();
}

export function kafkaFiles(dir: string): string[] {
    const files: string[] = [];
    for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) files.push(...kafkaFiles(path));
        else if (entry.endsWith('.kafka')) files.push(path);
    }
    return files;
}
