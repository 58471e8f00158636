// Runs mocha inside VS Code's extension host (CommonJS, bundled by esbuild).
// The test modules are loaded by `load` *after* mocha has installed its
// interface, through `import()` calls that esbuild bundles in: no file lookups
// at run time, so the bundle runs wherever VS Code loads it from.
import Mocha from 'mocha';
import { format } from 'node:util';

export interface SuiteResult {
    passes: number;
    failures: number;
    pending: number;
}

/** The line the harness (test/vscode/run.mjs) reads the counts from. */
export const RESULT_PREFIX = '[vscode-suite] result ';

export async function runMocha(load: () => Promise<unknown>, options: Mocha.MochaOptions = {}): Promise<void> {
    const mocha = new Mocha({
        ui: 'tdd',
        color: false,
        reporter: 'spec',
        // VS Code starts language servers, opens editors, renders: slower than unit tests.
        timeout: 60_000,
        slow: 5_000,
        ...options,
        ...(process.env.EXT_TEST_GREP ? { grep: process.env.EXT_TEST_GREP } : {})
    });
    // The reporters print printf-style (`'%s%s', indent, title`); VS Code relays
    // the raw arguments to the browser console, so format them here.
    (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args) => console.log(format(...args));
    // What `mocha.loadFiles()` does before requiring each file: binds suite/test/… for the tests.
    mocha.suite.emit('pre-require', globalThis, 'bundled-suite', mocha);
    await load();
    const result = await new Promise<SuiteResult>((resolve) => {
        const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
    });
    console.log(RESULT_PREFIX + JSON.stringify(result));
    if (result.failures > 0) throw new Error(`${result.failures} test(s) failed`);
    if (result.passes === 0) throw new Error('no test ran');
}
