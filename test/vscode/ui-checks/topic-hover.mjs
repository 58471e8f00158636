// Hovering a topic in the study notes' sample shows what the issue promises:
// its effective settings and their origin, the replica placement, the fault
// tolerance, and who produces and consumes it; its table cells do not touch, and
// the fault tolerance shows without scrolling the hover.
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
    // Once the language server has built the file and answers for it (its code lens is drawn): a hover asked before
    // may get no answer, and VS Code does not ask again (one CI run waited 30 s for it, with the server up later).
    await page.locator('.codelens-decoration a', { hasText: 'Simulate failover' }).first().waitFor({ timeout: 60_000 });
    // `topic order-created {` is on line 19; the name starts at column 11.
    const text = await wb.hoverAt(19, 13);
    for (const expected of ['partitions', 'defaults', 'Replica placement', 'Fault tolerance', 'order-service']) {
        assert.ok(text.includes(expected), `the hover mentions ${expected}: ${text}`);
    }
    // Table cells are spaced: the value column starts clear of the longest setting name.
    const gap = await page.evaluate(() => {
        const cells = [...document.querySelectorAll('.monaco-hover:not(.hidden) td')];
        const name = cells.find((c) => c.textContent?.startsWith('unclean leader election'));
        const value = name?.nextElementSibling;
        if (!name || !value) return undefined;
        const textEnd = (cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const rects = [...range.getClientRects()];
            return Math.min(...rects.map((r) => r.left));
        };
        const nameRange = document.createRange();
        nameRange.selectNodeContents(name.firstChild ?? name);
        nameRange.setEnd(name.firstChild ?? name, 'unclean leader election'.length);
        return textEnd(value) - nameRange.getBoundingClientRect().right;
    });
    assert.ok(gap !== undefined && gap >= 8, `"unclean leader election" and its value are at least 8 px apart (${gap})`);
    // VS Code shows about 250 px of a hover before it scrolls: the fault tolerance is within them.
    const visible = await page.evaluate(() => {
        const box = document.querySelector('.monaco-hover:not(.hidden) .monaco-scrollable-element')?.getBoundingClientRect();
        const title = [...document.querySelectorAll('.monaco-hover:not(.hidden) strong')].find((s) => s.textContent === 'Fault tolerance');
        return box && title ? { box: box.bottom, title: title.getBoundingClientRect().bottom } : undefined;
    });
    assert.ok(visible && visible.title <= visible.box, `"Fault tolerance" is visible without scrolling the hover: ${JSON.stringify(visible)}`);
    await wb.forEachTheme(async (kind) => {
        await wb.hoverAt(19, 13);
        await settled(page);
        await wb.screenshot(`topic-hover-${kind}`);
    });
}
