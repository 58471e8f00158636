// The Problems panel and the hover as a person sees them with the broken
// sample open, in the light and the dark theme (screenshots:
// test-output/screenshots/problems-panel-*.png). Exact diagnostics are the
// extension-host suite's job (diagnostics.test.ts); here: they reach the
// panel, carry the file's `// expect:` codes, and the hover shows the same message.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const title = 'the Problems panel and the hover show the broken sample’s diagnostics';

const SAMPLE = 'broken-cluster.kafka';
const markers = (text) => text.split(/\r?\n/).flatMap((line) => /\/\/\s*expect:\s*(.+)$/.exec(line)?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? []);

/** @param {{ wb: import('../ui.mjs').Workbench, workspace: string }} t */
export default async function ({ wb, workspace }) {
    const codes = markers(readFileSync(join(workspace, SAMPLE), 'utf8'));
    const expected = new Set(codes);
    await wb.ready();
    await wb.openFile(SAMPLE);
    // Hints are not listed in the Problems panel, so the file's count is at most its markers'. (The
    // panel's total also counts the editors other checks left open, e.g. the suite's untitled topologies.)
    const rows = await wb.waitForProblems(0, { timeout: 60_000, predicate: (r) => r.length > 0 });
    for (const row of rows) assert.ok(expected.has(row.code), `Problems lists ${row.code} (${row.message}), not among the markers of ${SAMPLE}`);
    const count = await wb.problemCountOf(SAMPLE);
    assert.ok(count > 0 && count <= codes.length, `the Problems panel counts ${count} for ${SAMPLE}, the file has ${codes.length} markers`);

    const first = rows[0];
    const [, line, column] = /Ln (\d+), Col (\d+)/.exec(first.position) ?? [];
    await wb.forEachTheme(async (kind) => {
        const hover = await wb.hoverAt(Number(line), Number(column));
        assert.ok(hover.includes(first.message.slice(0, 40)), `hover at ${first.position} should show "${first.message}", shows:\n${hover}`);
        await wb.screenshot(`problems-panel-hover-${kind}`);
    });
}
