// The CLI's program run with a V8 code cache (Node's vm.Script `cachedData`). Compiling the
// 2.7 MB bundle, and then each function the first time it runs, is ≈ 140 ms of every
// `kafka-topology` run, a quarter of checking a small file. The cache is written after a run
// (`script.createCachedData()` then holds the functions that ran too, not only the top level),
// in the user's own cache directory (never a shared temporary one: the cache is code), and its
// name holds a hash of the program and Node's version, so a rebuilt program or another Node
// never reads it. The program's hash is made when it is built (esbuild.mjs ends the program
// with it): hashing 1.1 MB, and loading `node:crypto` to do it, cost ≈ 10 ms of every run.
// V8 checks the data itself too and rejects what does not fit; the run then compiles as usual
// and writes the cache anew. (Node 20, which we support, has no compile
// cache of its own: `module.enableCompileCache()` came in Node 22.1.)
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** `KAFKA_TOPOLOGY_CODE_CACHE`: `off`, or the directory to use instead of the default one. */
export const CODE_CACHE_ENV = 'KAFKA_TOPOLOGY_CODE_CACHE';

/** Where the cache lives, or undefined when it is off. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | undefined {
    const setting = env[CODE_CACHE_ENV];
    if (setting === 'off') return undefined;
    if (setting) return setting;
    if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'kafka-topology', 'code-cache') : undefined;
    const base = platform === 'darwin' ? join(home(), 'Library', 'Caches') : env.XDG_CACHE_HOME || join(home(), '.cache');
    return join(base, 'kafka-topology', 'code-cache');
}

/** How the program's last line starts: then the SHA-256 of the text before that line, in hex. */
export const PROGRAM_HASH_LINE = '//# kafka-topology-program-sha256=';

/**
 * The cache file of `source` in `dir`: one per program text (by the hash it ends with), Node
 * version and architecture. A program without that line runs without a cache.
 */
export function codeCacheFile(dir: string, source: string): string | undefined {
    const at = source.lastIndexOf(`\n${PROGRAM_HASH_LINE}`);
    const hash = at < 0 ? '' : source.slice(at + 1 + PROGRAM_HASH_LINE.length).trim();
    return /^[0-9a-f]{64}$/.test(hash) ? join(dir, `program-${hash.slice(0, 32)}-${process.version}-${process.arch}.v8`) : undefined;
}

export interface CodeCachedProgram {
    /** What the cache gave: `loaded` when V8 took it; `off` when it is off or the program has no hash line. */
    readonly cache: 'loaded' | 'rejected' | 'absent' | 'off';
    /** Runs the program as a CommonJS module. */
    run(): void;
    /** Writes the cache (after the run, so it holds what was compiled); never throws. */
    save(): void;
}

const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;

export function loadWithCodeCache(program: string, dir: string | undefined): CodeCachedProgram {
    // The program is ASCII (esbuild.mjs keeps it so; a test checks): read as Latin-1, it needs
    // no UTF-8 decoding (≈ 5 of the 13 ms that reading the 1.1 MB program took).
    const source = readFileSync(program, 'latin1');
    const file = dir === undefined ? undefined : codeCacheFile(dir, source);
    const cachedData = file === undefined ? undefined : readOrUndefined(file);
    const script = new Script(wrap(source), { filename: program, cachedData });
    const cache = file === undefined ? 'off' : cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'loaded';
    return {
        cache,
        run() {
            const module = { exports: {}, filename: program, id: '.', loaded: false };
            const main = script.runInThisContext() as (...args: unknown[]) => void;
            main.call(module.exports, module.exports, createRequire(program), module, program, dirname(program));
        },
        save() {
            if (file === undefined) return;
            try {
                mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
                // Written aside and renamed: a run reading it meanwhile sees the old file or the whole new one.
                const partial = `${file}.${process.pid}.tmp`;
                writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
                renameSync(partial, file);
                // Those of earlier builds are never read again.
                for (const name of readdirSync(dirname(file))) {
                    if (/^program-[0-9a-f]+(-[\w.-]+)?\.v8$/.test(name) && name !== basename(file)) rmSync(join(dirname(file), name), { force: true });
                }
            } catch {
                // A read-only or full disk: the next run compiles as this one did.
            }
        }
    };
}

function readOrUndefined(file: string): Buffer | undefined {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}
