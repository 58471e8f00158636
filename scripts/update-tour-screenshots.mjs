#!/usr/bin/env node
// Copies the screenshots the README's tour shows from the last UI test run
// (test-output/screenshots/, written by `npm test` / `npm run test:vscode`) to images/tour/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const from = join(repo, 'test-output', 'screenshots');
const to = join(repo, 'images', 'tour');
const TOUR = {
    'diagnostics.png': 'problems-panel-hover-light.png',
    'hover.png': 'topic-hover-light.png',
    'failover.png': 'failover-broker-1-failed-light.png',
    'failover-dark.png': 'failover-scenario-leader-broker-dies-dark.png',
    'failover-ko.png': 'failover-broker-1-failed-ko-light.png',
    'walkthrough.png': 'walkthrough-dark.png',
    'test-explorer.png': 'test-explorer-light.png'
};
mkdirSync(to, { recursive: true });
for (const [name, source] of Object.entries(TOUR)) {
    const path = join(from, source);
    if (!existsSync(path)) {
        console.error(`missing ${path}: run npm run test:vscode first`);
        process.exitCode = 1;
        continue;
    }
    copyFileSync(path, join(to, name));
    console.log(`images/tour/${name} ← ${source}`);
}
