// The Problems panel as a person sees it with the samples open, in the light
// and the dark theme (screenshots: test-output/screenshots/problems-panel-*.png).
// The language server validates the whole workspace, so the panel counts every
// `// expect:` marker of every sample.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const title = 'the Problems panel lists every expected diagnostic of the samples';

const markers = (text) => text.split(/\r?\n/).flatMap((line) => /\/\/\s*expect:\s*(.+)$/.exec(line)?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? []);

/** @param {{ wb: import('../ui.mjs').Workbench, workspace: string }} t */
export default async function ({ wb, workspace }) {
    const samples = readdirSync(workspace).filter((f) => f.endsWith('.kafka'));
    const expected = samples.reduce((n, f) => n + markers(readFileSync(join(workspace, f), 'utf8')).length, 0);
    await wb.ready();
    const shown = samples.includes('broken-cluster.kafka') ? 'broken-cluster.kafka' : samples[0];
    await wb.openFile(shown);
    await wb.waitForProblems(expected, { timeout: 60_000 });
    await wb.screenshotInThemes(`problems-panel-${shown.replace(/\.kafka$/, '')}`);
}
