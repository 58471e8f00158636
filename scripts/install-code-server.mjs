#!/usr/bin/env node
// Installs code-server (VS Code's own server + workbench) for the tests in a
// real VS Code on a machine without internet (see shared/testing/REAL-VSCODE.md).
// It is a test tool, not a project dependency, and it lives OUTSIDE the
// repository, in ~/.cache/kafka-topology-tests/code-server-<version>
// (or $XDG_CACHE_HOME/…; $CODE_SERVER_DIR overrides).
//
//   node scripts/install-code-server.mjs            install unless already there
//   node scripts/install-code-server.mjs --force    reinstall from scratch
//
// Why not `.vscode-test/` in the repository: the tests open the repository
// root as the extension development folder, and when code-server's own files
// lie inside that folder its workbench loses its built-in colour themes (it
// falls back to Light+ and ignores `workbench.colorTheme`). Verified: the same
// code-server run from outside the repository shows the configured theme.
// A cache outside the work tree also survives a fresh checkout on the same machine.
//
// Why it is more than `npm install code-server`:
// - code-server 4.100.3 (VS Code 1.100.3) is the newest release for Node 20.
// - Its postinstall runs nested `npm install`s in lib/vscode and
//   lib/vscode/extensions, which build VS Code's native modules. npm 11 can
//   block dependency install scripts that a project has not allowed, and a
//   nested install's project is lib/vscode, not our folder. So we install with
//   the scripts off, write a project `.npmrc` (`allow-scripts=`, naming exactly
//   the native modules) into lib/vscode and lib/vscode/extensions, and then
//   `npm rebuild`, which runs code-server's postinstall under our own
//   package.json's `allowScripts`. Nothing is allowed wholesale.
// - @vscode/ripgrep's postinstall downloads `rg` from GitHub. It looks first in
//   a cache in os.tmpdir(); we seed that cache with Debian's /usr/bin/rg.
// - As root its postinstall wants npm_config_unsafe_perm=true, and node-pty's
//   install runs `npx node-gyp`, which needs npm_config_yes=true.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './system-packages.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PACKAGE_VERSION = '1.15.11'; // @vscode/ripgrep in code-server 4.100.3's lib/vscode
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
export const codeServerDir = resolve(process.env.CODE_SERVER_DIR || join(cacheHome, 'kafka-topology-tests', `code-server-${CODE_SERVER_VERSION}`));
export const codeServerPackageDir = join(codeServerDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerPackageDir, 'out', 'node', 'entry.js');
const marker = join(codeServerDir, 'installed.json');

// Dependencies of lib/vscode with install scripts (from its npm-shrinkwrap.json:
// the packages with `hasInstallScript`). The @vscode/windows-* ones compile an
// empty module on Linux; they are listed so that the install is the same
// whether npm only warns about unreviewed scripts (npm 11.19 does) or blocks them.
// Bare names: with `omit-lockfile-registry-resolved` npm cannot verify a pinned
// `name@version` entry and ignores it.
const VSCODE_NATIVE = [
    '@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog', '@vscode/windows-process-tree',
    '@vscode/windows-registry', 'kerberos', 'native-watchdog', 'node-pty'
];
// lib/vscode/extensions: only its own root postinstall runs; these two are
// devDependencies (not installed with --omit=dev) that npm's strict check still counts.
const EXTENSIONS_NATIVE = ['@parcel/watcher', 'esbuild'];

/** Files that prove the native parts really exist after the install. */
function expectedArtifacts() {
    const vs = join(codeServerPackageDir, 'lib', 'vscode', 'node_modules');
    return [
        join(vs, '@parcel', 'watcher-linux-x64-glibc', 'watcher.node'), // prebuilt, shipped in the npm package
        join(vs, '@vscode', 'deviceid', 'build', 'Release', 'windows.node'),
        join(vs, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
        join(vs, 'kerberos', 'build', 'Release', 'kerberos.node'),
        join(vs, 'native-watchdog', 'build', 'Release', 'watchdog.node'),
        join(vs, 'node-pty', 'build', 'Release', 'pty.node'),
        join(vs, '@vscode', 'ripgrep', 'bin', 'rg'),
        join(codeServerPackageDir, 'lib', 'vscode', 'node_modules.asar'),
        join(codeServerPackageDir, 'lib', 'vscode', 'extensions', 'node_modules', 'typescript', 'package.json')
    ];
}

const log = (msg) => console.log(`[install-code-server] ${msg}`);
const fail = (msg) => {
    console.error(`[install-code-server] ERROR: ${msg}`);
    process.exit(1);
};

function which(cmd) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        const p = join(dir, cmd);
        try {
            if (statSync(p).isFile()) return p;
        } catch {
            /* not here */
        }
    }
    return undefined;
}

export function isInstalled() {
    if (!existsSync(marker) || !existsSync(codeServerEntry)) return false;
    try {
        const m = JSON.parse(readFileSync(marker, 'utf8'));
        const pkg = JSON.parse(readFileSync(join(codeServerPackageDir, 'package.json'), 'utf8'));
        return m.version === CODE_SERVER_VERSION && pkg.version === CODE_SERVER_VERSION && expectedArtifacts().every((f) => existsSync(f));
    } catch {
        return false;
    }
}

function checkPrerequisites() {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== 20) fail(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is Node ${process.versions.node}).`);
    if (process.platform !== 'linux' || process.arch !== 'x64') fail(`this installer supports linux-x64 only (this is ${process.platform}-${process.arch}).`);
    const apt = [];
    if (!which('rg')) apt.push('ripgrep');
    if (!existsSync('/usr/include/gssapi/gssapi.h') || !which('krb5-config')) apt.push('libkrb5-dev');
    for (const [cmd, pkg] of [['g++', 'g++'], ['make', 'make'], ['python3', 'python3']]) if (!which(cmd)) apt.push(pkg);
    try {
        ensureDebianPackages(apt, `code-server ${CODE_SERVER_VERSION}`);
    } catch (error) {
        fail(error.message);
    }
}

/** Puts a tar.gz holding Debian's rg (as `rg` at its root) where @vscode/ripgrep looks before downloading. */
function seedRipgrepCache() {
    const cacheDir = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    const archive = join(cacheDir, RIPGREP_ARCHIVE);
    if (existsSync(archive)) return;
    mkdirSync(cacheDir, { recursive: true });
    const staging = mkdtempSync(join(tmpdir(), 'rg-seed-'));
    try {
        cpSync(which('rg'), join(staging, 'rg'), { dereference: true });
        run('tar', ['-czf', archive, '-C', staging, 'rg'], {});
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
    log(`seeded ${archive} with ${which('rg')}`);
}

function run(cmd, args, options) {
    const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
    if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
    if (r.status !== 0) fail(`\`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal}${options.cwd ? ` (in ${options.cwd})` : ''}`);
}

export function installCodeServer({ force = false } = {}) {
    if (!force && isInstalled()) {
        log(`code-server ${CODE_SERVER_VERSION} already installed in ${codeServerDir}`);
        return;
    }
    checkPrerequisites();
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (about a minute: it compiles VS Code's native modules)`);
    rmSync(codeServerDir, { recursive: true, force: true });
    mkdirSync(codeServerDir, { recursive: true });
    seedRipgrepCache();

    // A throwaway project whose allowScripts names exactly what may run.
    writeFileSync(
        join(codeServerDir, 'package.json'),
        JSON.stringify(
            {
                name: 'vscode-test-code-server',
                private: true,
                description: 'code-server for the extension-host tests; installed by scripts/install-code-server.mjs',
                dependencies: { 'code-server': CODE_SERVER_VERSION },
                allowScripts: { 'code-server': true, argon2: true }
            },
            null,
            2
        ) + '\n'
    );

    const env = {
        ...process.env,
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        // Fail, rather than skip, if a package with install scripts is not in the
        // allow lists above (proves the lists complete for an npm that blocks).
        npm_config_strict_allow_scripts: 'true',
        // Use the installed Node headers when present, so node-gyp needs no download.
        ...(existsSync('/usr/include/node/node_version.h') && !process.env.npm_config_nodedir ? { npm_config_nodedir: '/usr' } : {})
    };
    const npm = which('npm') ?? fail('npm not found on PATH');
    const npmArgs = ['--no-audit', '--no-fund', '--loglevel=warn'];

    // 1. Fetch code-server and its own dependencies, no scripts yet.
    run(npm, ['install', '--ignore-scripts', ...npmArgs], { cwd: codeServerDir, env });
    // 2. Allow the native modules in code-server's nested npm projects.
    for (const [sub, names] of [[join('lib', 'vscode'), VSCODE_NATIVE], [join('lib', 'vscode', 'extensions'), EXTENSIONS_NATIVE]]) {
        writeFileSync(join(codeServerPackageDir, sub, '.npmrc'), `allow-scripts=${names.join(',')}\n`);
    }
    // 3. Run the install scripts (code-server's postinstall, argon2's build) under our allowScripts.
    run(npm, ['rebuild', '--foreground-scripts', ...npmArgs], { cwd: codeServerDir, env });

    const missing = expectedArtifacts().filter((f) => !existsSync(f));
    if (missing.length) fail(`install finished but native parts are missing:\n  ${missing.join('\n  ')}`);
    // Built is not enough: each compiled module must load into this Node
    // (@vscode/deviceid's windows.node is an empty module on Linux: not loadable).
    const modules = expectedArtifacts().filter((f) => f.endsWith('.node') && !f.endsWith('windows.node'));
    const load = spawnSync(process.execPath, ['-e', 'for (const f of JSON.parse(process.argv[1])) require(f)', JSON.stringify(modules)], { encoding: 'utf8' });
    if (load.status !== 0) fail(`a native module does not load: ${load.stderr}`);
    log(`native modules built and loadable: ${modules.map((f) => f.split('/node_modules/').pop()).join(', ')}`);
    // --config keeps code-server from writing ~/.config/code-server/config.yaml.
    const version = spawnSync(process.execPath, [codeServerEntry, '--config', join(codeServerDir, 'config.yaml'), '--version'], { encoding: 'utf8' });
    const reported = (version.stdout ?? '').split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
    if (version.status !== 0 || !reported) fail(`code-server --version failed: ${version.stderr || version.stdout}`);
    writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString(), reports: reported }, null, 2) + '\n');
    log(`installed code-server ${reported} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Lists the compiled .node files (for the log: proves the native build ran). */
export function listNativeModules() {
    const out = [];
    const walk = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const p = join(d, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.name.endsWith('.node')) out.push(p);
        }
    };
    walk(join(codeServerPackageDir, 'lib', 'vscode', 'node_modules'));
    return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    installCodeServer({ force: process.argv.includes('--force') });
}
