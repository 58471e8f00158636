// The CLI runs its program with a V8 code cache (cli/code-cache.ts): written after a run,
// taken by the next, named by the program text, and never in the way of a run.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CODE_CACHE_ENV, codeCacheDir, codeCacheFile, loadWithCodeCache, PROGRAM_HASH_LINE } from '../../cli/code-cache.js';
import { runCli } from '../support/cli.js';
import { REPO } from '../support/markers.js';

const dirs: string[] = [];
const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-code-cache-'));
    dirs.push(dir);
    return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The line esbuild.mjs ends the CLI's program with. */
const hashLine = (text: string) => `${PROGRAM_HASH_LINE}${createHash('sha256').update(text).digest('hex')}\n`;

/** A program that reads what a CommonJS module gets and requires a file beside it, ending with its hash as built. */
function writeProgram(dir: string, answer: number, hashed = true): string {
    writeFileSync(join(dir, 'helper.cjs'), `module.exports = (x) => x * 2;`);
    const program = join(dir, 'program.cjs');
    const text = `const twice = require('./helper.cjs');\nglobalThis.__codeCacheTest = { answer: twice(${answer / 2}), file: __filename, dir: __dirname, isModule: typeof module.exports };\n`;
    writeFileSync(program, hashed ? text + hashLine(text) : text);
    return program;
}

const ran = (): unknown => (globalThis as { __codeCacheTest?: unknown }).__codeCacheTest;

describe('the code cache', () => {
    // (V8 keeps what a process compiled and gives it back for the same text: whether a cache
    // file is taken or rejected is seen from separate processes, at the end.)
    test('a run writes it, named by the program text, and the program runs as a CommonJS module', () => {
        const dir = tempDir();
        const cache = join(dir, 'cache');
        const program = writeProgram(dir, 42);
        const first = loadWithCodeCache(program, cache);
        expect(first.cache).toBe('absent');
        first.run();
        expect(ran()).toEqual({ answer: 42, file: program, dir, isModule: 'object' });
        first.save();
        expect(readdirSync(cache)).toEqual([codeCacheFile(cache, readFileSync(program, 'utf8'))!.slice(cache.length + 1)]);
        const before = codeCacheFile(cache, readFileSync(program, 'utf8'));
        writeProgram(dir, 44);
        expect(codeCacheFile(cache, readFileSync(program, 'utf8'))).not.toBe(before);
        const rebuilt = loadWithCodeCache(program, cache);
        expect(rebuilt.cache).toBe('absent');
        // The rebuilt program's cache replaces the earlier one.
        rebuilt.save();
        expect(readdirSync(cache)).toEqual([codeCacheFile(cache, readFileSync(program, 'utf8'))!.slice(cache.length + 1)]);
    });

    test('a program that does not end with its hash runs without a cache', () => {
        const dir = tempDir();
        const cache = join(dir, 'cache');
        const unhashed = loadWithCodeCache(writeProgram(dir, 42, false), cache);
        expect(unhashed.cache).toBe('off');
        unhashed.run();
        expect(ran()).toMatchObject({ answer: 42 });
        unhashed.save();
        expect(() => readdirSync(cache)).toThrow();
        expect(codeCacheFile(cache, `x\n${PROGRAM_HASH_LINE}not-a-hash\n`)).toBeUndefined();
    });

    test('the built program ends with the hash of the text before that line', () => {
        const text = readFileSync(join(REPO, 'out/cli/program.cjs'), 'utf8');
        const at = text.lastIndexOf(`\n${PROGRAM_HASH_LINE}`) + 1;
        expect(at).toBeGreaterThan(0);
        expect(text.slice(at)).toBe(hashLine(text.slice(0, at)));
    });

    test('off, nothing is read or written; an unwritable place is no error', () => {
        const dir = tempDir();
        const program = writeProgram(dir, 42);
        const off = loadWithCodeCache(program, undefined);
        expect(off.cache).toBe('off');
        off.run();
        off.save();
        expect(readdirSync(dir).sort()).toEqual(['helper.cjs', 'program.cjs']);

        const blocked = join(dir, 'helper.cjs', 'cache'); // under a file: cannot be made
        const run = loadWithCodeCache(program, blocked);
        expect(() => run.save()).not.toThrow();
    });

    test("it lives in the user's own cache directory, or where the setting says", () => {
        const home = () => '/home/ada';
        expect(codeCacheDir({}, 'linux', home)).toBe('/home/ada/.cache/kafka-topology/code-cache');
        expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', home)).toBe('/xdg/kafka-topology/code-cache');
        expect(codeCacheDir({}, 'darwin', home)).toBe('/home/ada/Library/Caches/kafka-topology/code-cache');
        expect(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', home)).toContain('kafka-topology');
        expect(codeCacheDir({}, 'win32', home)).toBeUndefined();
        expect(codeCacheDir({ [CODE_CACHE_ENV]: '/elsewhere' }, 'linux', home)).toBe('/elsewhere');
        expect(codeCacheDir({ [CODE_CACHE_ENV]: 'off' }, 'linux', home)).toBeUndefined();
    });

    test('the built CLI writes its cache on the first run, takes it on the next, and writes it anew when it is cut', () => {
        const cache = join(tempDir(), 'cache');
        const sample = join(REPO, 'samples/order-platform.kafka');
        const check = (env: Record<string, string>) => runCli(['check', sample, '--format', 'json'], env);
        const first = check({ [CODE_CACHE_ENV]: cache });
        const files = readdirSync(cache);
        expect(files).toHaveLength(1);
        expect(files[0]).toBe(`program-${/([0-9a-f]{32})[0-9a-f]{32}\n$/.exec(readFileSync(join(REPO, 'out/cli/program.cjs'), 'utf8'))![1]}-${process.version}-${process.arch}.v8`);
        const file = join(cache, files[0]);
        const written = statSync(file);

        // Taken: a run that compiled without it would write it again.
        expect(check({ [CODE_CACHE_ENV]: cache })).toEqual(first);
        expect(statSync(file).mtimeMs).toBe(written.mtimeMs);

        writeFileSync(file, readFileSync(file).subarray(0, written.size >> 1));
        expect(check({ [CODE_CACHE_ENV]: cache })).toEqual(first);
        expect(statSync(file).size).toBeGreaterThan(written.size >> 1);
        expect(readdirSync(cache)).toEqual(files);

        const off = join(tempDir(), 'unused');
        expect(check({ [CODE_CACHE_ENV]: 'off', XDG_CACHE_HOME: off })).toEqual(first);
        expect(() => readdirSync(off)).toThrow();
    });
});
