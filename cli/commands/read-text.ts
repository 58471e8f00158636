import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';

export function readText(path: string, command: string): string {
    try {
        return readFileSync(path, 'utf8');
    } catch (error) {
        throw new UsageError(`${command}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
}
