// The Getting Started walkthrough as a newcomer follows it: open it from the
// Welcome page, open the study notes' sample, see a diagnostic appear in the
// Problems panel, and run Simulate Failover on the sample.
// Screenshots: test-output/screenshots/walkthrough-*.png.
import * as assert from 'node:assert/strict';

export const title = 'the Getting Started walkthrough: sample, a diagnostic, Simulate Failover';

/** @param {{ wb: import('../ui.mjs').Workbench, page: import('playwright-core').Page }} t */
export default async function ({ wb, page }) {
    await wb.ready();
    // The command opens a second quick pick (the walkthroughs), so drive the palette by hand.
    await page.keyboard.press('F1');
    await page.keyboard.type('Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Kafka Topology' }).first().click({ timeout: 30_000 });
    const steps = page.locator('.getting-started-step');
    await page.locator('.gettingStartedSlideDetails', { hasText: 'Get started with Kafka Topology' }).waitFor({ timeout: 30_000 });
    assert.equal(await steps.count(), 3, 'three steps');
    await wb.screenshot('walkthrough-dark');

    // Step 1: the sample opens as a kafka-topology document.
    await page.locator('.getting-started-step', { hasText: "Open the study notes' order platform" }).click();
    await page.locator('.getting-started-step a', { hasText: 'Open the sample' }).click();
    await page.locator('.tab', { hasText: 'Untitled' }).first().waitFor({ timeout: 30_000 });

    // Step 2: min ISR becomes 3 = RF, and the checker says so.
    await wb.runCommand('Kafka Topology: Show a Diagnostic in the Sample');
    await page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
    const hover = await wb.hoverAt(16, 9);
    assert.match(hover, /min-insync-replicas 3 equals the replication factor/);
    await wb.screenshot('walkthrough-diagnostic-dark');

    // Step 3: the failover view opens on the sample's cluster.
    await wb.runCommand('Kafka Topology: Simulate Failover on the Sample');
    const frame = wb.webviewFrame();
    await frame.locator('.broker[data-broker="1"]').waitFor({ timeout: 60_000 });
    assert.equal(await frame.locator('h1').textContent(), 'Failover simulation: order-platform');
    await wb.screenshot('walkthrough-simulate-dark');
}
