// Hovering a topic in the study notes' sample shows what the issue promises:
// its effective settings and their origin, the replica placement, the fault
// tolerance, and who produces and consumes it.
// Screenshots: test-output/screenshots/topic-hover-{light,dark}.png (the README's tour).
import * as assert from 'node:assert/strict';

export const title = 'the hover on a topic: settings and origins, placement, fault tolerance, clients';

/** Waits until the hover has faded in completely, so the screenshot shows it opaque. */
async function settled(page) {
    await page.waitForFunction(() => {
        const hover = document.querySelector('.monaco-hover:not(.hidden)');
        if (!hover) return false;
        const animations = hover.getAnimations({ subtree: true });
        return animations.every((a) => a.playState !== 'running') && getComputedStyle(hover).opacity === '1';
    }, undefined, { timeout: 10_000 });
}

/** @param {{ wb: import('../ui.mjs').Workbench, page: import('playwright-core').Page }} t */
export default async function ({ wb, page }) {
    await wb.ready();
    await wb.openFile('order-platform.kafka');
    // `topic order-created {` is on line 19; the name starts at column 11.
    const text = await wb.hoverAt(19, 13);
    for (const expected of ['partitions', 'defaults', 'Replica placement', 'Fault tolerance', 'order-service']) {
        assert.ok(text.includes(expected), `the hover mentions ${expected}: ${text}`);
    }
    await wb.forEachTheme(async (kind) => {
        await wb.hoverAt(19, 13);
        await settled(page);
        await wb.screenshot(`topic-hover-${kind}`);
    });
}
