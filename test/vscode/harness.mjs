// A real VS Code for the tests: code-server (scripts/code-server.mjs) shown in
// Debian's Chromium, driven by playwright-core. Used by run.mjs; usable by any
// script that wants a workbench page (see ui.mjs for what to do with it).
//
//   const session = await startSession({ workspace, developmentPath | vsix });
//   const { page, exitCode } = await session.openWorkbench({ testsPath });  // extension-host suite
//   const { page } = await session.openWorkbench();                          // UI checks
//   await session.close();
import { createServer } from 'node:http';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installVsix, remoteUri, startCodeServer, workbenchUrl } from '../../scripts/code-server.mjs';
import { codeServerDir } from '../../scripts/install-code-server.mjs';
import { ensureDebianPackages } from '../../scripts/system-packages.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outputDir = join(repoRoot, 'test-output');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage'
];
export const VIEWPORT = { width: 1600, height: 1000 };

/** Workbench console lines that are expected on an offline machine; kept in the log file, not printed. */
const NOISE = [
    /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/, // marketplace, unreachable here
    /^Failed to load resource: the server responded with a status of 404/,
    /^(Resolving|Resolved) connection token|^Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore/,
    /web worker extension host is started in a same-origin iframe|allow-scripts and allow-same-origin|^Overwriting extension <</,
    /^Found unexpected service worker controller|^No search provider registered for scheme/
];

/** Splits VS Code's `%c LEVEL color: #xxx text` console format into level and text. */
export function parseConsole(type, raw) {
    const m = /^%c\s*(\w+)\s+color:\s*#[0-9a-fA-F]{3,8}\s?([\s\S]*)$/.exec(raw);
    return m ? { level: m[1].toLowerCase(), text: m[2].replace(/\s+$/, '') } : { level: type, text: raw };
}

export async function startSession({
    workspace,
    developmentPath,
    vsix,
    screenshotsDir = join(outputDir, 'screenshots'),
    consoleLog = join(outputDir, 'vscode-console.log'),
    verbose = false,
    settings = {},
    print = (line) => console.log(line)
}) {
    if (!existsSync(workspace)) throw new Error(`workspace folder not found: ${workspace}`);
    if (developmentPath && (codeServerDir + sep).startsWith(resolve(developmentPath) + sep)) {
        // Its workbench then loses its built-in themes (see scripts/install-code-server.mjs).
        throw new Error(`code-server (${codeServerDir}) must not be installed inside the extension development folder ${developmentPath}: unset CODE_SERVER_DIR or point it elsewhere`);
    }
    const { chromium } = await import('playwright-core').catch(() => {
        throw new Error('playwright-core is not installed (a devDependency): run `npm install`');
    });
    if (!existsSync(CHROMIUM)) ensureDebianPackages(['chromium', 'fonts-dejavu-core', 'fonts-nanum'], 'the tests in a real VS Code');

    mkdirSync(screenshotsDir, { recursive: true });
    mkdirSync(dirname(consoleLog), { recursive: true });
    appendFileSync(consoleLog, `\n===== ${new Date().toISOString()} ${workspace}\n`);
    const scratch = mkdtempSync(join(tmpdir(), 'vscode-session-'));
    const extensionsDir = join(scratch, 'extensions');
    const cleanups = [() => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 })];
    let current; // the page screenshots are taken of

    const takeScreenshot = async (page, name) => {
        const file = join(screenshotsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
        await page.screenshot({ path: file, timeout: 15_000 });
        return file;
    };

    // Requests from the suite (helpers.ts → screenshot()): answered once the PNG is written.
    const control = createServer(async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        try {
            if (req.method === 'POST' && url.pathname === '/screenshot' && current) {
                const path = await takeScreenshot(current, url.searchParams.get('name') || 'screenshot');
                print(`[harness] screenshot ${path}`);
                res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path }));
            } else {
                res.writeHead(404).end('unknown request');
            }
        } catch (e) {
            res.writeHead(500).end(String(e?.message ?? e));
        }
    });
    await new Promise((r) => control.listen(0, '127.0.0.1', r));
    cleanups.unshift(() => new Promise((r) => control.close(() => r())));

    try {
        let mode = 'development';
        let location = developmentPath && resolve(developmentPath);
        if (vsix) {
            mode = 'vsix';
            print(`[harness] installing ${vsix}`);
            await installVsix(resolve(vsix), extensionsDir);
            location = extensionsDir;
            // VS Code runs extensionTestsPath only in extension-development mode,
            // so a VSIX run points extensionDevelopmentPath at an empty folder:
            // the only copy of the extension is the installed one.
            developmentPath = join(scratch, 'no-development-extension');
            mkdirSync(developmentPath);
        }

        const server = await startCodeServer({
            workspace,
            extensionsDir,
            settings,
            logFile: join(outputDir, 'code-server.log'),
            env: {
                EXT_TEST_HARNESS_URL: `http://127.0.0.1:${control.address().port}`,
                EXT_TEST_MODE: mode,
                ...(location ? { EXT_TEST_EXTENSION_LOCATION: location } : {})
            }
        });
        cleanups.unshift(() => server.stop());
        const serverExited = new Promise((r) => server.process.once('exit', (code, signal) => r(code ?? signal)));

        const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
        cleanups.unshift(() => browser.close());

        /**
         * Opens the workbench on `workspace` in a fresh browser context. With
         * `testsPath`, VS Code runs that suite in the extension host and
         * `exitCode` resolves with what it reports (0 = passed). `close()` closes the window.
         */
        const openWorkbench = async ({ testsPath } = {}) => {
            const context = await browser.newContext({ viewport: VIEWPORT });
            const page = await context.newPage();
            current = page;
            let reportExit;
            let reportError;
            const exitCode = new Promise((res, rej) => ((reportExit = res), (reportError = rej)));
            exitCode.catch(() => undefined); // UI pages never await it
            // Once the suite has reported, or the page is being closed, the
            // workbench's shutdown chatter ("Canceled") only goes to the log file.
            let done = false;
            await page.exposeFunction('codeAutomationExit', (code) => {
                done = true;
                reportExit(Number(code));
            });
            page.on('console', (msg) => {
                const { level, text } = parseConsole(msg.type(), msg.text());
                appendFileSync(consoleLog, `[${level}] ${text}\n`);
                if (done || (!verbose && NOISE.some((re) => re.test(text)))) return;
                print(level === 'info' || level === 'log' ? text : `[${level}] ${text}`);
            });
            page.on('pageerror', (e) => {
                appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e.message}\n`);
                print(`[pageerror] ${e.message}`);
            });
            page.on('crash', () => reportError(new Error('the browser page crashed')));
            serverExited.then((code) => reportError(new Error(`code-server exited (${code}); see test-output/code-server.log`)));
            const payload = [['skipWelcome', 'true']];
            if (developmentPath) payload.push(['extensionDevelopmentPath', remoteUri(server, developmentPath)]);
            if (testsPath) payload.push(['extensionTestsPath', remoteUri(server, testsPath)]);
            await page.goto(workbenchUrl(server, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 120_000 });
            const close = async () => {
                done = true;
                await context.close();
            };
            return { page, context, exitCode, close };
        };

        return {
            server,
            browser,
            mode,
            extensionsDir,
            userDataDir: server.userDataDir,
            screenshotsDir,
            openWorkbench,
            screenshot: takeScreenshot,
            currentPage: () => current,
            async close() {
                for (const c of cleanups) await Promise.resolve().then(c).catch(() => undefined);
            }
        };
    } catch (e) {
        for (const c of cleanups) await Promise.resolve().then(c).catch(() => undefined);
        throw e;
    }
}
