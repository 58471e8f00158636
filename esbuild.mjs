// One build script, one esbuild context per bundle:
//   extension (node, cjs, vscode external), language server (node, cjs),
//   cli (node, cjs: its program and a launcher), webview app (browser, iife), bench (node, cjs).
// `node esbuild.mjs` builds once; `--watch` rebuilds on change; `--minify` for packaging.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const shebang = { js: '#!/usr/bin/env node' };
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const node = { platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };
// The parser's grammar checks are for the tests (language-server/syntax/parser-mode.ts).
const shipped = { KAFKA_TOPOLOGY_BUNDLE: 'true' };

// The CLI's program takes two values of the LSP protocol library, not the library (cli/lsp-protocol-stand-in.ts).
const protocolStandIn = {
    name: 'lsp protocol stand-in',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({ path: resolve('cli/lsp-protocol-stand-in.ts') }));
    }
};

const bundles = [
    { name: 'extension', entryPoints: ['extension/main.ts'], outfile: 'out/extension/main.cjs', external: ['vscode'], ...node },
    { name: 'language server', entryPoints: ['language-server/main.ts'], outfile: 'out/language-server/main.cjs', banner: shebang, define: shipped, ...node },
    // The CLI's program, and the launcher users run, which runs it with a V8 code cache (cli/code-cache.ts).
    // The program is minified in every build, not only when packaging: each run reads and loads
    // the whole file (cli/code-cache.ts), so its size is paid per run, and `npm run bench` then
    // measures what ships. 2.7 → 1.4 MB; `check` of the 30 641-line benchmark topology,
    // alternate runs: CPU 1 486 → 1 374 ms (ten each). Its source map still names the sources.
    { name: 'cli', entryPoints: ['cli/main.ts'], outfile: 'out/cli/program.cjs', define: { ...shipped, KAFKA_TOPOLOGY_VERSION: JSON.stringify(version) }, minify: true, plugins: [protocolStandIn],
        // It runs as a vm.Script (the code cache), which has no loader for `import()`: a lazily loaded
        // Node module (interop/git-base.ts) is required instead.
        supported: { 'dynamic-import': false }, ...node },
    { name: 'cli launcher', entryPoints: ['cli/launcher.ts'], outfile: 'out/cli/main.cjs', banner: shebang, ...node },
    { name: 'webview', entryPoints: ['extension/webview/app/main.ts'], outfile: 'out/webview/app.js', platform: 'browser', format: 'iife', target: 'es2022' },
    { name: 'bench', entryPoints: ['bench/main.ts'], outfile: 'out/bench/main.cjs', define: shipped, ...node },
    { name: 'bench yaml route', entryPoints: ['bench/yaml-route/main.ts'], outfile: 'out/bench/yaml-check.cjs', ...node },
    // The extension-host suite; mocha is bundled in (its parallel mode's dynamic requires are never used).
    { name: 'vscode tests', entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/test/vscode/suite/index.cjs', external: ['vscode'], logOverride: { 'require-resolve-not-external': 'silent' }, ...node }
].filter((b) => existsSync(b.entryPoints[0]));

/**
 * esbuild escapes non-ASCII characters in strings but keeps them in comments and regular
 * expressions. One such character makes V8 hold the whole script's source as a two-byte
 * string, twice its size, for as long as the process runs (the CLI's 2.7 MB bundle: 5.3 MB).
 * Escaped, every comment and expression means the same.
 */
function keepAscii(file) {
    const text = readFileSync(file, 'utf8');
    if (!/[\u0080-\uffff]/.test(text)) return;
    writeFileSync(file, text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The CLI's program ends with its own hash, which names its code cache (cli/code-cache.ts). */
function endWithHash(file) {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}${text.endsWith('\n') ? '' : '\n'}//# kafka-topology-program-sha256=${createHash('sha256').update(text).digest('hex')}\n`);
}

const contexts = await Promise.all(
    bundles.map(({ name, plugins = [], ...options }) =>
        esbuild.context({
            bundle: true,
            sourcemap: !minify,
            minify,
            logLevel: 'warning',
            legalComments: 'none',
            plugins: [...plugins, {
                name: 'report',
                setup(build) {
                    build.onEnd((result) => {
                        if (result.errors.length === 0 && options.platform === 'node') keepAscii(options.outfile);
                        if (result.errors.length === 0 && name === 'cli') endWithHash(options.outfile);
                        if (watch) console.log(`[${new Date().toLocaleTimeString()}] ${name}: ${result.errors.length ? 'failed' : 'built'}`);
                    });
                }
            }],
            ...options
        })
    )
);

if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
} else {
    try {
        await Promise.all(contexts.map((c) => c.rebuild()));
    } catch {
        process.exitCode = 1;
    } finally {
        await Promise.all(contexts.map((c) => c.dispose()));
    }
}
