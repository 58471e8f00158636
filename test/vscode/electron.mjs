#!/usr/bin/env node
// The same extension-host suite under @vscode/test-electron, for machines that can
// download VS Code (a developer's desktop, hosted CI). Here, offline, use
// `npm run test:vscode` (code-server + Chromium) instead.
//   npm run build && node test/vscode/electron.mjs [--version 1.100.3]
import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const repo = resolve(import.meta.dirname, '../..');
const versionFlag = process.argv.indexOf('--version');
try {
    await runTests({
        version: versionFlag > 0 ? process.argv[versionFlag + 1] : '1.100.3',
        extensionDevelopmentPath: repo,
        extensionTestsPath: resolve(repo, 'out/test/vscode/suite/index.cjs'),
        launchArgs: [resolve(repo, 'samples'), '--disable-extensions', '--skip-welcome', '--skip-release-notes']
    });
} catch (error) {
    console.error(`test-electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
