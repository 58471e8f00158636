// Scenarios in the Test Explorer as a person uses them: the samples' scenarios
// are tests with their expectations as sub-tests; "Run All Tests" passes the
// order platform's drills and fails the broken sample's `expect audit writable`
// with what was observed, at its line (the peek in the editor, the gutter);
// "Open in Failover View at This Step" on the failed expectation opens the view
// with the scenario applied up to it. With kafkaTopology.language ko the
// observation reads in Korean.
// Screenshots: test-explorer-{light,dark}.png, test-explorer-open-at-step-dark.png, test-explorer-ko-dark.png.
import * as assert from 'node:assert/strict';

export const title = 'scenarios in the Test Explorer: run all, a failed expectation at its line, open in the failover view at that step';

/** @param {{ wb: import('../ui.mjs').Workbench, session: { userDataDir: string } }} t */
export default async function ({ wb, session }) {
    try {
        await drive(wb, session);
    } finally {
        await wb.setUserSetting(session.userDataDir, 'kafkaTopology.language', 'auto').catch(() => undefined);
    }
}

async function drive(wb, session) {
    const page = wb.page;
    await wb.ready();
    // The window restores the previous check's editors (a failover view among them): start without them.
    await wb.runCommand('View: Close All Editors');
    // The failure shows in a visible editor: VS Code opens its peek there after the run.
    await wb.openFile('broken-cluster.kafka');
    // The Testing icon shows once the extension has registered its test controller.
    await page.locator('.activitybar .action-item a[aria-label^="Testing"]').click({ timeout: 120_000 });
    // The Testing view in the side bar (the Test Results panel lists the same names).
    const tree = page.locator('.part.sidebar .test-explorer');
    const row = (text) => tree.locator('.monaco-list-row', { hasText: text }).first();
    const expand = async (r) => {
        if ((await r.getAttribute('aria-expanded')) === 'false') await r.click();
    };
    await row('order-platform.kafka').waitFor({ timeout: 120_000 });
    await row('broken-cluster.kafka').waitFor({ timeout: 60_000 });
    await wb.runCommand('Test: Run All Tests');

    // The broken sample: its scenario fails because `expect audit writable` does not hold.
    const file = row('broken-cluster.kafka');
    await file.locator('.codicon-testing-failed-icon').waitFor({ timeout: 120_000 });
    await expand(file);
    const scenario = row('broker-one-fails');
    await scenario.waitFor();
    await expand(scenario);
    const failed = row('expect audit writable');
    await failed.locator('.codicon-testing-failed-icon').waitFor({ timeout: 30_000 });
    await row('expect no data-loss').locator('.codicon-testing-passed-icon').waitFor();

    // The order platform's three drills pass.
    const order = row('order-platform.kafka');
    await order.locator('.codicon-testing-passed-icon').waitFor({ timeout: 60_000 });
    await expand(order);
    for (const name of ['leader-broker-dies', 'two-brokers-die', 'consumer-leaves']) await row(name).locator('.codicon-testing-passed-icon').waitFor();

    // The failure at its line, with what was observed: the peek in the editor and the gutter's icons.
    const peek = await openPeek(wb, 'expect audit writable failed');
    assert.match(await peek.innerText(), /expect audit writable failed: .*audit/s);
    const gutter = page.locator('.editor-group-container .margin-view-overlays .codicon-testing-failed-icon, .editor-group-container .glyph-margin-widgets .codicon-testing-failed-icon');
    await gutter.first().waitFor({ timeout: 30_000 });
    await wb.forEachTheme(async (kind) => {
        await peek.waitFor({ timeout: 30_000 });
        await wb.screenshot(`test-explorer-${kind}`);
    });
    await page.keyboard.press('Escape');

    // "Open in Failover View at This Step": the view shows the scenario applied up to the expectation.
    // Once the view is open it must show the step (no retry hides a view that opened wrong).
    await page.locator('.peekview-widget').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    const failoverTab = page.locator('.tabs-container .tab', { hasText: 'Failover:' }).first();
    // In about one session out of twelve here (and in both CI runs before) a clicked menu item ran
    // nothing, every time: the extension never heard of it. Then the person tries the other ways to the
    // same command: the menu item chosen with the keyboard. (The button the peek offers for it lies
    // under the peek's header in a peek this small: no person can click it there.)
    const routes = ['menu click', 'menu keyboard', 'menu click', 'menu keyboard'];
    for (let attempt = 1; ; attempt++) {
        const route = routes[attempt - 1];
        await failed.click({ button: 'right' });
        const item = page.locator('.context-view .action-label', { hasText: 'Open in Failover View at This Step' });
        if (route === 'menu click') {
            await item.click({ timeout: 10_000 });
        } else {
            // Arrow keys to the item (no pointer at all), then Enter.
            await item.waitFor({ timeout: 10_000 });
            const focused = page.locator('.context-view .action-item.focused .action-label');
            for (let i = 0; i < 20 && !/Open in Failover View at This Step/.test((await focused.allInnerTexts()).join(' ')); i++) await page.keyboard.press('ArrowDown');
            await page.keyboard.press('Enter');
        }
        if (await failoverTab.waitFor({ timeout: 15_000 }).then(() => true, () => false)) break;
        const menuOpen = await page.locator('.context-view .monaco-menu').isVisible().catch(() => false);
        if (attempt >= routes.length) throw new Error(`"Open in Failover View at This Step" opened no failover view by any of: ${routes.join(', ')}`);
        console.log(`    [retry] open at this step, attempt ${attempt} (${route}): no failover tab opened; menu ${menuOpen ? 'still open' : 'closed'}`);
        await page.keyboard.press('Escape');
    }
    const frame = await wb.webviewShowing('.entry.expect.failed', 'expect audit writable', { timeout: 60_000 });
    assert.equal(await frame.locator('.entry.current', { hasText: 'expect audit writable' }).count(), 1, 'the view stops at the expectation');
    assert.equal(await frame.locator('.marker.expect.pending').count(), 1, '`expect no data-loss` is still ahead');
    await wb.screenshot('test-explorer-open-at-step-dark');

    // kafkaTopology.language ko: the observation is the server's, in Korean (the extension's own
    // words follow VS Code's display language, as vscode.l10n does).
    await wb.setUserSetting(session.userDataDir, 'kafkaTopology.language', 'ko');
    await wb.runCommand('Test: Rerun Failed Tests');
    await failed.locator('.codicon-testing-failed-icon').waitFor({ timeout: 60_000 });
    await openPeek(wb, /expect audit writable failed: audit P0: .*[가-힣]/);
    await wb.screenshot('test-explorer-ko-dark');
}

/**
 * The failure's peek. VS Code opens it by itself in a visible editor, but not
 * always; clicking the failure's message shown at the end of its line opens it.
 */
async function openPeek(wb, text) {
    const page = wb.page;
    const peek = page.locator('.peekview-widget', { hasText: text }).first();
    if (await peek.isVisible()) return peek;
    await page.locator('.tabs-container .tab', { hasText: 'broken-cluster.kafka' }).first().click();
    // Scroll to the expectation's line (`expect audit writable`, line 84): its message shows at the end.
    await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').fill(':84');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const inline = page.locator('.editor-group-container.active .monaco-editor .inner > span.content', { hasText: text }).last();
    await inline.waitFor({ timeout: 30_000 });
    await inline.click();
    await peek.waitFor({ timeout: 30_000 });
    return peek;
}
