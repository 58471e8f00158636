#!/usr/bin/env node
// `npm start`: the product in a real VS Code. Builds and packages the extension,
// installs code-server on first use, installs the fresh .vsix into it, opens
// a scratch copy of samples/ and prints the URL. The copy lives in the cache
// (never the repository's samples/, which are test fixtures): a user's edits
// and new files stay there across runs; delete it for fresh samples. Works offline once code-server is installed.
// Ctrl-C stops everything. PORT=8080 npm start picks the port (default: a free one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { installVsix, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';
import { installCodeServer, isInstalled } from './install-code-server.mjs';
import { prepareScratchSamples } from './scratch-samples.mjs';

const repo = resolve(import.meta.dirname, '..');
const vsix = join(repo, 'out', 'kafka-topology.vsix');
const profile = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kafka-topology-tests', 'start');
const samples = join(profile, 'samples');

function say(text) {
    process.stdout.write(`[start] ${text}\n`);
}

function fail(text) {
    process.stderr.write(`[start] ${text}\n`);
    process.exit(1);
}

say('building and packaging the extension…');
const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repo, stdio: 'inherit' });
if (packaged.status !== 0 || !existsSync(vsix)) fail('packaging failed (see above)');

if (!isInstalled()) {
    say('installing code-server 4.100.3 (first run only, about a minute)…');
    try {
        installCodeServer();
    } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
    }
}

prepareScratchSamples(join(repo, 'samples'), samples);
say(`opening a scratch copy of samples/ (${samples}); the repository's samples/ stay untouched`);

const userDataDir = join(profile, 'user-data');
const extensionsDir = join(profile, 'extensions');
say('installing the .vsix into code-server…');
await installVsix(vsix, extensionsDir, { userDataDir });

const server = await startCodeServer({
    workspace: samples,
    userDataDir,
    extensionsDir,
    port: Number(process.env.PORT ?? 0),
    settings: {
        'workbench.startupEditor': 'welcomePageInEmptyWorkbench',
        'workbench.welcomePage.walkthroughs.openOnInstall': true,
        'workbench.colorTheme': 'Default Dark Modern'
    }
});
// The URL opens the study notes' sample, so the first thing seen is the product at work.
const url = workbenchUrl(server, samples, [['openFile', remoteUri(server, join(samples, 'order-platform.kafka'))]]);
say(`Kafka Topology is running in VS Code: ${url}`);
say('open it in a browser: the study notes\' sample is open; click "▶ Simulate failover" above the cluster. Ctrl-C stops.');

let stopping = false;
const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping code-server…');
    await server.stop();
    process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.once('exit', () => {
    if (!stopping) fail('code-server stopped unexpectedly');
});
