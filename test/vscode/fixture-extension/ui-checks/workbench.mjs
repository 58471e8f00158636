// UI self-test of test/vscode/ui.mjs against the fixture extension: palette,
// Problems panel, hover, webview frame, light and dark screenshots.
// A UI check module exports a title and a default async function that gets
// { wb, page, session, workspace } and throws to fail (see test/vscode/run.mjs).
import * as assert from 'node:assert/strict';

export const title = 'workbench helpers drive the fixture: palette, problems, hover, webview, themes';

/** @param {{ wb: import('../../ui.mjs').Workbench }} t */
export default async function ({ wb }) {
    await wb.ready();
    await wb.openFile('fixture.kafka');

    const problems = await wb.waitForProblems(1);
    assert.equal(problems[0].code, 'fixture', JSON.stringify(problems));
    assert.equal(problems[0].severity, 'warning');

    const hover = await wb.hoverAt(1, 3);
    assert.match(hover, /fixture diagnostic/, hover);
    await wb.dismissQuickInput();
    await wb.page.keyboard.press('Escape'); // close the hover

    await wb.screenshotInThemes('self-test-workbench-fixture-kafka');

    await wb.runCommand('Kafka Topology Fixture: Say Hello');
    await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Hello from the fixture' }).waitFor();

    await wb.runCommand('Kafka Topology Fixture: Show Panel');
    const title = wb.webviewFrame().locator('#fixture-title');
    await title.waitFor();
    assert.equal((await title.textContent())?.trim(), 'Fixture webview');
    await wb.screenshot('self-test-webview-dark');
}
