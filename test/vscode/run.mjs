#!/usr/bin/env node
// `npm run test:vscode`: the extension-host suite and the UI checks in a real
// VS Code (code-server 4.100.3 = VS Code 1.100.3) shown in Debian's Chromium.
// Builds nothing: run `npm run build` first. Installs code-server on first use.
//
//   node test/vscode/run.mjs [options] [WORKSPACE]      WORKSPACE defaults to samples/
//     --vsix FILE         test the packaged extension: FILE is installed into the
//                         extensions folder and the working tree is not loaded
//     --suite FILE        compiled suite (default out/test/vscode/suite/index.cjs)
//     --ui-checks DIR     folder of UI check modules (default test/vscode/ui-checks/)
//     --skip-suite        only the UI checks          --skip-ui   only the suite
//     --grep PATTERN      only the mocha tests whose title matches
//     --only PATTERN      only the UI checks whose file name matches
//     --timeout SECONDS   limit for the whole run (default 1800, or $VSCODE_TEST_TIMEOUT)
//     --verbose           print every workbench console line (all are in test-output/vscode-console.log)
//     --self-test         the harness's own test, with test/vscode/fixture-extension
//     --self-test-vsix    the same, with the fixture packaged by vsce and installed as a .vsix
//
// Exit code: 0 when everything passed; the last line is `vscode: N passed, N failed`.
// Screenshots (on failure, and whenever the suite or a UI check asks) go to
// test-output/screenshots/ (self-test: …/self-test/); the whole workbench
// console to test-output/vscode-console.log, code-server's log to
// test-output/code-server.log.
//
// --vsix: VS Code runs an extensionTestsPath only in extension-development
// mode, so the harness passes an EMPTY temporary folder as
// extensionDevelopmentPath; the extension under test is the one installed from
// the .vsix. The suite checks that (helpers.ts extensionUnderTest: its
// extensionPath must lie in the extensions folder).
//
// A UI check is a module in the UI checks folder:
//   export const title = '...';
//   export default async function ({ wb, page, session, workspace }) { ... throw to fail ... }
// It gets a fresh workbench window with the extension loaded (no test runner),
// and `wb`, a Workbench from ./ui.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installCodeServer, isInstalled } from '../../scripts/install-code-server.mjs';
import { outputDir, repoRoot, startSession } from './harness.mjs';
import { Workbench } from './ui.mjs';

const RESULT_PREFIX = '[vscode-suite] result '; // printed by test/vscode/suite/mocha-runner.ts
const fixtureDir = join(repoRoot, 'test', 'vscode', 'fixture-extension');

function parseArgs(argv) {
    const o = { timeout: Number(process.env.VSCODE_TEST_TIMEOUT ?? 1800) };
    const value = (i) => {
        if (argv[i + 1] === undefined) usage(`${argv[i]} needs a value`);
        return argv[i + 1];
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--vsix') o.vsix = resolve(value(i++));
        else if (a === '--suite') o.suite = resolve(value(i++));
        else if (a === '--ui-checks') o.uiChecks = resolve(value(i++));
        else if (a === '--grep') o.grep = value(i++);
        else if (a === '--only') o.only = new RegExp(value(i++));
        else if (a === '--timeout') o.timeout = Number(value(i++));
        else if (a === '--skip-suite') o.skipSuite = true;
        else if (a === '--skip-ui') o.skipUi = true;
        else if (a === '--verbose') o.verbose = true;
        else if (a === '--self-test') o.selfTest = true;
        else if (a === '--self-test-vsix') o.selfTest = o.selfTestVsix = true;
        else if (a === '-h' || a === '--help') usage();
        else if (a.startsWith('-')) usage(`unknown option ${a}`);
        else o.workspace = resolve(a);
    }
    if (!(o.timeout > 0)) usage('--timeout needs a number of seconds');
    return o;
}

function usage(error) {
    const text = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1).filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n');
    if (error) console.error(`test:vscode: ${error}\n`);
    console.log(text.split('\n\n')[0] + '\n' + text.split('\n\n')[1]);
    process.exit(error ? 2 : 0);
}

// After a timeout, the run is being torn down: what the dying session says is noise.
let timedOut = false;
const out = (...args) => !timedOut && console.log(...args);

const fail = (msg) => {
    console.error(`test:vscode: ${msg}`);
    process.exit(1);
};
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Bundles the fixture's suite exactly as esbuild.mjs bundles the real one. */
async function buildSelfTestSuite(dir) {
    const esbuild = await import('esbuild');
    const outfile = join(dir, 'suite', 'index.cjs');
    await esbuild.build({
        entryPoints: [join(fixtureDir, 'suite', 'index.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        mainFields: ['module', 'main'],
        external: ['vscode'],
        sourcemap: 'inline',
        logLevel: 'warning',
        // mocha's parallel mode (unused here) resolves files at run time
        logOverride: { 'require-resolve-not-external': 'silent' }
    });
    return outfile;
}

function packageFixture(dir) {
    const vsce = [join(repoRoot, 'node_modules', '.bin', 'vsce'), 'vsce'].find((p) => p === 'vsce' || existsSync(p));
    const out = join(dir, 'kafka-topology-fixture.vsix');
    const r = spawnSync(vsce, ['package', '--skip-license', '--out', out], { cwd: fixtureDir, encoding: 'utf8' });
    if (r.status !== 0) fail(`packaging the fixture with vsce failed (is @vscode/vsce installed?): ${r.error?.message ?? r.stderr ?? r.stdout}`);
    return out;
}

async function loadUiChecks(dir, only) {
    if (!dir || !existsSync(dir)) return [];
    const files = readdirSync(dir).filter((f) => /\.m?js$/.test(f) && (!only || only.test(f))).sort();
    const checks = [];
    for (const f of files) {
        const mod = await import(pathToFileURL(join(dir, f)).href);
        if (typeof mod.default !== 'function') fail(`${join(dir, f)} has no default export function`);
        checks.push({ file: f, title: mod.title ?? f, run: mod.default });
    }
    return checks;
}

async function main() {
    const o = parseArgs(process.argv.slice(2));
    const started = Date.now();
    const scratch = mkdtempSync(join(tmpdir(), 'test-vscode-'));
    let session;
    let phase = 'starting';

    // The whole run is bounded: a hung workbench ends with a message and a screenshot.
    const timer = setTimeout(async () => {
        timedOut = true;
        console.error(`test:vscode: TIMEOUT after ${o.timeout} s while ${phase}; see test-output/vscode-console.log and test-output/code-server.log`);
        const page = session?.currentPage();
        if (page) await session.screenshot(page, 'timeout').then((p) => console.error(`test:vscode: screenshot ${p}`), () => undefined);
        await session?.close();
        rmSync(scratch, { recursive: true, force: true });
        process.exit(1);
    }, o.timeout * 1000);

    if (!isInstalled()) installCodeServer();

    let workspace;
    let developmentPath;
    let suite;
    let uiChecksDir;
    let vsix = o.vsix;
    let screenshotsDir = join(outputDir, 'screenshots');
    if (o.selfTest) {
        workspace = o.workspace ?? join(fixtureDir, 'workspace');
        suite = o.suite ?? (await buildSelfTestSuite(scratch));
        uiChecksDir = o.uiChecks ?? join(fixtureDir, 'ui-checks');
        screenshotsDir = join(screenshotsDir, 'self-test');
        if (o.selfTestVsix) vsix ??= packageFixture(scratch);
        if (!vsix) developmentPath = fixtureDir;
    } else {
        workspace = o.workspace ?? join(repoRoot, 'samples');
        suite = o.suite ?? join(repoRoot, 'out', 'test', 'vscode', 'suite', 'index.cjs');
        uiChecksDir = o.uiChecks ?? join(repoRoot, 'test', 'vscode', 'ui-checks');
        if (!vsix) {
            developmentPath = repoRoot;
            const main = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).main;
            if (main && !existsSync(join(repoRoot, main))) fail(`the extension is not built (${main} is missing): run \`npm run build\` first`);
        }
    }
    if (!o.skipSuite && !existsSync(suite)) fail(`the suite is not built (${suite} is missing): run \`npm run build\` first`);
    if (!existsSync(workspace)) fail(`workspace folder not found: ${workspace}`);
    if (vsix && !existsSync(vsix)) fail(`no such .vsix: ${vsix}`);
    rmSync(screenshotsDir, { recursive: true, force: true });
    rmSync(join(outputDir, 'vscode-console.log'), { force: true });

    let suiteResult;
    const print = (line) => {
        if (line.startsWith(RESULT_PREFIX)) suiteResult = JSON.parse(line.slice(RESULT_PREFIX.length));
        out(line);
    };
    if (o.grep) process.env.EXT_TEST_GREP = o.grep;

    // Loaded before code-server starts: a check module that does not load fails the run before anything is started.
    const checks = o.skipUi ? [] : await loadUiChecks(uiChecksDir, o.only);

    phase = 'starting code-server and Chromium';
    const t0 = Date.now();
    session = await startSession({ workspace, developmentPath, vsix, screenshotsDir, verbose: o.verbose, print });
    out(`[harness] code-server ${session.server.url} and Chromium up in ${seconds(t0)}; extension from ${vsix ? `${vsix} (installed)` : developmentPath}; workspace ${workspace}`);

    let passed = 0;
    let failed = 0;
    let skipped = 0;

    if (!o.skipSuite) {
        phase = 'running the extension-host suite';
        const t1 = Date.now();
        const { page, exitCode, close } = await session.openWorkbench({ testsPath: suite });
        let code;
        try {
            code = await exitCode;
        } catch (e) {
            if (!timedOut) console.error(`test:vscode: ${e.message}`);
            code = 1;
        }
        out(`[harness] extension-host suite exited with ${code} after ${seconds(t1)}`);
        if (suiteResult) {
            passed += suiteResult.passes;
            failed += suiteResult.failures;
            skipped += suiteResult.pending;
        }
        if (code !== 0) {
            if (!suiteResult?.failures) failed += 1; // it failed without reporting a failed test (did not load, threw, crashed)
            const shot = await session.screenshot(page, 'failure-suite').catch(() => undefined);
            if (shot) out(`[harness] screenshot ${shot}`);
        }
        await close();
    }

    if (!o.skipUi) {
        // Each check starts from the user settings the session started with: a check that
        // changes one (e.g. kafkaTopology.language) cannot leak it into the next window.
        const settingsPath = join(session.userDataDir, 'User', 'settings.json');
        const initialSettings = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : '{}';
        mkdirSync(dirname(settingsPath), { recursive: true });
        const before = snapshotFiles(workspace);
        for (const check of checks) {
            writeFileSync(settingsPath, initialSettings);
            phase = `running UI check ${check.file}`;
            const t2 = Date.now();
            // Each check starts from the workspace as it was before the first, whatever the window
            // before did to it (a failed check, an auto-save as it closed).
            restoreFiles(workspace, before);
            const { page, close } = await session.openWorkbench();
            const wb = new Workbench(page, { screenshotsDir });
            try {
                await check.run({ wb, page, session, workspace });
                const changed = restoreFiles(workspace, before);
                if (changed.length > 0) throw new Error(`the check left workspace files changed (restored now): ${changed.join(', ')}`);
                passed += 1;
                out(`  ✔ UI: ${check.title} (${seconds(t2)})`);
            } catch (e) {
                failed += 1;
                out(`  ✘ UI: ${check.title} (${seconds(t2)})\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
                const shot = await session.screenshot(page, `failure-ui-${check.file.replace(/\.m?js$/, '')}`).catch(() => undefined);
                if (shot) out(`[harness] screenshot ${shot}`);
                for (const line of extensionLogTail(session.userDataDir)) out(`    [log] ${line}`);
            }
            await close();
        }
        restoreFiles(workspace, before);
    }

    phase = 'stopping';
    await session.close();
    rmSync(scratch, { recursive: true, force: true });
    clearTimeout(timer);
    out(`[harness] done in ${seconds(started)}`);
    out(`vscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

/** The text of every file of the workspace (a few small samples), to find and undo what a check changed. */
function snapshotFiles(dir) {
    const files = new Map();
    const visit = (d) => {
        for (const entry of readdirSync(d, { withFileTypes: true })) {
            const path = join(d, entry.name);
            if (entry.isDirectory()) visit(path);
            else if (entry.isFile()) files.set(path, readFileSync(path, 'utf8'));
        }
    };
    visit(dir);
    return files;
}

/** Writes back the files whose text differs from `before`, removes the new ones; returns their names. */
function restoreFiles(dir, before) {
    const changed = [];
    for (const [path, text] of snapshotFiles(dir)) {
        if (!before.has(path)) {
            rmSync(path, { force: true });
            changed.push(`${relative(dir, path)} (new)`);
        } else if (before.get(path) !== text) {
            writeFileSync(path, before.get(path));
            changed.push(relative(dir, path));
        }
    }
    for (const [path, text] of before) {
        if (!existsSync(path)) {
            writeFileSync(path, text);
            changed.push(`${relative(dir, path)} (deleted)`);
        }
    }
    return changed;
}

/**
 * What the extension logged in the newest window (its "Kafka Topology" output channel) and the
 * errors its extension host logged: printed under a failed UI check, since CI keeps only the output.
 */
function extensionLogTail(userDataDir, lines = 40) {
    try {
        const logs = join(userDataDir, 'logs');
        const newest = readdirSync(logs).sort().at(-1);
        if (!newest) return [];
        const out = [];
        for (const host of readdirSync(join(logs, newest)).filter((d) => d.startsWith('exthost'))) {
            const dir = join(logs, newest, host);
            const own = join(dir, 'kafka-topology.kafka-topology', 'Kafka Topology.log');
            if (existsSync(own)) out.push(...readFileSync(own, 'utf8').trimEnd().split('\n').slice(-lines));
            const hostLog = join(dir, 'remoteexthost.log');
            if (existsSync(hostLog)) out.push(...readFileSync(hostLog, 'utf8').split('\n').filter((l) => /\[error\]/.test(l)).slice(-10));
        }
        return out;
    } catch {
        return [];
    }
}

main().catch((e) => fail(e?.stack ?? String(e)));
