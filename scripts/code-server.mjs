#!/usr/bin/env node
// Start, wait for and stop code-server (a real VS Code, served to a browser) for
// the extension tests; install a .vsix into an extensions folder.
// Installed by scripts/install-code-server.mjs; see shared/testing/REAL-VSCODE.md.
//
// Library:
//   const server = await startCodeServer({ workspace });   // { port, url, userDataDir, extensionsDir, stop() }
//   await server.stop();
//   await installVsix('kafka-topology-0.1.0.vsix', extensionsDir);
// CLI (handy to look at the workbench by hand, e.g. through an SSH tunnel):
//   node scripts/code-server.mjs [--vsix file.vsix] [--extension-development-path DIR] [WORKSPACE]
//   prints the URL and runs until Ctrl+C.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry, isInstalled } from './install-code-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * User settings that keep the workbench quiet and deterministic: no trust
 * dialog (it would block everything), no welcome page or walkthroughs, no
 * telemetry, update or marketplace traffic (the marketplace is unreachable),
 * no git scanning of the repository around the workspace, no chat side bar.
 */
export const QUIET_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Dark Modern',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'npm.autoDetect': 'off',
    'chat.commandCenter.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off'
};

function requireInstalled() {
    if (!isInstalled()) {
        throw new Error('code-server is not installed: run `node scripts/install-code-server.mjs` first');
    }
}

/**
 * Starts code-server on 127.0.0.1 with `port`, or a free port (0: chosen by the OS,
 * read back from code-server's log, so no race), its own temporary user-data and
 * extensions folders (unless given), and resolves when it answers HTTP.
 */
export async function startCodeServer({
    workspace,
    userDataDir,
    extensionsDir,
    settings = {},
    env: extraEnv = {},
    logFile,
    onLog,
    port = 0,
    startTimeoutMs = 60_000
} = {}) {
    requireInstalled();
    const root = mkdtempSync(join(tmpdir(), 'code-server-'));
    userDataDir ??= join(root, 'user-data');
    extensionsDir ??= join(root, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));

    const args = [
        codeServerEntry,
        '--config', join(root, 'config.yaml'), // not ~/.config/code-server
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        ...(workspace ? [resolve(workspace)] : [])
    ];
    // Own XDG folders: nothing lands in the user's home.
    // extraEnv reaches the extension host (it inherits code-server's environment);
    // avoid names starting with VSCODE_, which VS Code strips.
    const env = {
        ...process.env,
        ...extraEnv,
        XDG_CONFIG_HOME: join(root, 'xdg-config'),
        XDG_DATA_HOME: join(root, 'xdg-data'),
        XDG_CACHE_HOME: join(root, 'xdg-cache')
    };
    for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_CWD', 'VSCODE_NLS_CONFIG', 'ELECTRON_RUN_AS_NODE']) delete env[k];

    // detached: own process group, so stop() can end code-server and everything it started.
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const logStream = logFile ? (mkdirSync(dirname(logFile), { recursive: true }), createWriteStream(logFile)) : undefined;
    let output = '';
    let resolvePort;
    const portFromLog = new Promise((res) => (resolvePort = res));
    const onData = (chunk) => {
        const text = chunk.toString();
        output += text;
        logStream?.write(text);
        onLog?.(text);
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (m) resolvePort(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));

    let stopped = false;
    const stop = async () => {
        if (stopped) return;
        stopped = true;
        if (child.exitCode === null && child.signalCode === null) {
            killGroup(child.pid, 'SIGTERM');
            const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
            await exited;
            clearTimeout(timer);
        }
        killGroup(child.pid, 'SIGKILL'); // stragglers of the group (extension hosts, pty hosts)
        logStream?.end();
        rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    };

    try {
        const port = await Promise.race([
            portFromLog,
            exited.then(({ code, signal }) => {
                throw new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`);
            }),
            delay(startTimeoutMs).then(() => {
                throw new Error(`code-server did not listen within ${startTimeoutMs / 1000} s:\n${output}`);
            })
        ]);
        const url = `http://127.0.0.1:${port}`;
        await waitForHttp(`${url}/healthz`, startTimeoutMs);
        return { port, url, userDataDir, extensionsDir, process: child, stop, output: () => output };
    } catch (e) {
        await stop();
        throw e;
    }
}

function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    } catch {
        /* already gone */
    }
}

const delay = (ms) => new Promise((res) => setTimeout(res, ms).unref?.());

export async function waitForHttp(url, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        try {
            const r = await fetch(url);
            if (r.ok) return;
            last = `HTTP ${r.status}`;
        } catch (e) {
            last = e.message;
        }
        await delay(200);
    }
    throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`);
}

/** `code-server --install-extension file.vsix --extensions-dir DIR`; resolves with its output. */
export async function installVsix(vsix, extensionsDir, { userDataDir } = {}) {
    requireInstalled();
    if (!existsSync(vsix)) throw new Error(`no such .vsix: ${vsix}`);
    mkdirSync(extensionsDir, { recursive: true });
    const scratch = mkdtempSync(join(tmpdir(), 'code-server-install-'));
    const args = [
        codeServerEntry,
        '--config', join(scratch, 'config.yaml'),
        '--user-data-dir', userDataDir ?? join(scratch, 'user-data'),
        '--extensions-dir', extensionsDir,
        '--force',
        '--install-extension', resolve(vsix)
    ];
    const env = { ...process.env, XDG_CONFIG_HOME: join(scratch, 'xdg-config'), XDG_DATA_HOME: join(scratch, 'xdg-data') };
    try {
        return await new Promise((res, rej) => {
            const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            child.stdout.on('data', (d) => (out += d));
            child.stderr.on('data', (d) => (out += d));
            child.on('error', rej);
            child.on('exit', (code) =>
                code === 0 && /successfully installed/i.test(out) ? res(out) : rej(new Error(`installing ${vsix} failed (exit ${code}):\n${out}`))
            );
        });
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

/** The workbench URL that opens `folder`, with an optional `payload` (VS Code's list of [key, value] pairs). */
export function workbenchUrl(server, folder, payload) {
    const q = new URLSearchParams({ folder: resolve(folder) });
    if (payload) q.set('payload', JSON.stringify(payload));
    return `${server.url}/?${q}`;
}

/** A path on the code-server machine as the workbench sees it (plain file paths are refused for tests). */
export function remoteUri(server, path) {
    return `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
}

async function main(argv) {
    let vsix;
    let devPath;
    const rest = [];
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--vsix') vsix = argv[++i];
        else if (argv[i] === '--extension-development-path') devPath = argv[++i];
        else rest.push(argv[i]);
    }
    const workspace = resolve(rest[0] ?? join(repoRoot, 'samples'));
    const extensionsDir = mkdtempSync(join(tmpdir(), 'code-server-ext-'));
    if (vsix) console.log((await installVsix(vsix, extensionsDir)).trim());
    const server = await startCodeServer({ workspace, extensionsDir });
    const payload = devPath ? [['extensionDevelopmentPath', remoteUri(server, devPath)], ['skipWelcome', 'true']] : undefined;
    console.log(`code-server listening: ${workbenchUrl(server, workspace, payload)}`);
    const shutdown = async () => {
        await server.stop();
        rmSync(extensionsDir, { recursive: true, force: true });
        process.exit(0);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).catch((e) => {
        console.error(`[code-server] ${e.message}`);
        process.exit(1);
    });
}
