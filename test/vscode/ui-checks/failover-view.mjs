// The failover view as a person uses it, on the study notes' order platform:
// open the file, run "Kafka Topology: Simulate Failover" from the palette; the
// view opens wide beside the file with the broker × partition matrix. Fail
// broker 1 in the matrix header: the summary line on top says what changed, the
// changed cells are marked and P0's leader travels 1 → 2 (not with reduced
// motion); the event log groups its lines by topic. Korean from the view's
// button, and from the extension's language setting at once. Undo/Restart/Reset
// explain themselves; disabled buttons look disabled. Keyboard: the matrix rows
// are one tab stop. Play: a manual step and a scenario in one timeline, played
// with pause; expectations pass/fail on the timeline strip. Run Scenario from the
// palette; live edit; save; reload restores the panel; the scenario code lens.
// The page's CSP: only our nonce'd style and script, nothing loaded.
// Screenshots: test-output/screenshots/failover-*.png (1600×1000, light, dark, Korean, high contrast).
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const title = 'the failover view: matrix, what changed, leader move, Korean, play, keyboard, scenarios, live edit, save, restore';

const SAMPLE = 'order-platform.kafka';
const P0_LINE = 'Broker 1 failed → order-created P0: leader 1 → 2, the first in-sync replica in assignment order; ISR [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)';
const SUMMARY = 'Broker 1 failed → 3 partitions moved leader, 9 ISRs shrank, all topics still writable (ISR ≥ min ISR 2)';

/** @param {import('playwright-core').FrameLocator} frame */
const p0 = (frame) => frame.locator('.partition-row[data-topic="order-created"][data-partition="0"]');
const logLine = (frame, text) => frame.locator('.side-panel .log li:not(.log-topic)', { hasText: text });

/** @param {{ wb: import('../ui.mjs').Workbench, session: { userDataDir: string }, workspace: string }} t */
export default async function ({ wb, session, workspace }) {
    // The check edits and saves the sample; whatever happens, the file is left as it was.
    const sample = join(workspace, SAMPLE);
    const original = readFileSync(sample, 'utf8');
    try {
        await drive(wb, session, { sample, original });
    } finally {
        if (readFileSync(sample, 'utf8') !== original) writeFileSync(sample, original);
    }
}

async function drive(wb, session, { sample, original }) {
    const page = wb.page;
    await wb.ready();
    await wb.openFile(SAMPLE);
    await wb.runCommand('Kafka Topology: Simulate Failover');

    const frame = wb.webviewFrame();
    const broker1 = frame.locator('.broker[data-broker="1"]');
    await broker1.waitFor({ timeout: 60_000 });
    assert.equal(await p0(frame).locator('.cell.role-leader').getAttribute('data-broker'), '1', 'P0 of order-created starts led by broker 1');
    assert.equal(await frame.locator('h1').textContent(), 'Failover simulation: order-platform');
    // A strict CSP: nothing but our own style and script, each with the page's nonce; nothing loaded from anywhere.
    // (VS Code puts its default styles and its API script before our page's CSP.)
    const security = await frame.locator('body').evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const ordered = [...document.querySelectorAll('script, style')];
        const after = (e) => meta && meta.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING;
        return {
            csp: meta?.getAttribute('content') ?? '',
            vscode: ordered.filter((e) => !after(e)).map((e) => e.id),
            ours: ordered.filter(after).map((e) => [e.tagName.toLowerCase(), e.nonce]),
            links: document.querySelectorAll('link, script[src], img, iframe, object, embed').length,
            loaded: performance.getEntriesByType('resource').map((e) => e.name)
        };
    });
    const nonce = /script-src 'nonce-([^']+)'/.exec(security.csp)?.[1];
    assert.ok(nonce, `a script nonce: ${security.csp}`);
    assert.equal(security.csp, `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`);
    assert.deepEqual(security.vscode, ['_defaultStyles', '_vscodeApiScript']);
    assert.deepEqual(security.ours, [['style', nonce], ['script', nonce]]);
    assert.equal(security.links, 0);
    assert.deepEqual(security.loaded, []);
    assert.match(await frame.locator('.change').textContent(), /Healthy cluster: 3 brokers alive, 9 partitions/);
    // Brokers as columns grouped by rack, the partitions of each topic as rows.
    assert.deepEqual(await frame.locator('.rack-head').allTextContents(), ['Rack az-1', 'Rack az-2', 'Rack az-3']);
    assert.equal(await frame.locator('.partition-row').count(), 9);
    assert.equal(await p0(frame).locator('.cell.role-in-sync').count(), 2);
    // Wide: the view's editor group takes about two thirds of the editor area.
    const widths = await page.locator('.editor-group-container').evaluateAll((groups) => groups.map((g) => g.getBoundingClientRect().width));
    assert.equal(widths.length, 2);
    assert.ok(widths[1] > widths[0] * 1.8, `the view's group is wide: ${widths.join(' / ')}`);

    // Restart, Undo and Reset say what they do; with nothing done they are disabled, and look it.
    const tips = await Promise.all(['restart', 'undo', 'reset'].map((k) => frame.locator(`[data-key="tool:${k}"]`).getAttribute('title')));
    assert.equal(new Set(tips).size, 3, 'three different tooltips');
    assert.match(tips[0], /healthy cluster, keeping every step/);
    assert.match(tips[2], /Clear the timeline/);
    const undo = frame.locator('[data-key="tool:undo"]');
    assert.ok(await undo.isDisabled());
    assert.ok(Number(await undo.evaluate((b) => getComputedStyle(b).opacity)) < 0.5, 'a disabled button is faded');

    // Fail broker 1 from its column header: one line says what changed; P0's leader moves 1 → 2, animated.
    await broker1.click();
    await p0(frame).locator('.cell.role-leader[data-broker="2"]').waitFor({ timeout: 30_000 });
    await frame.locator('.change', { hasText: SUMMARY }).waitFor();
    assert.match((await broker1.getAttribute('class')) ?? '', /\bdead\b/, 'broker 1 is shown down');
    assert.match((await p0(frame).locator('.cell[data-broker="1"]').getAttribute('class')) ?? '', /role-out-of-sync.*\bchanged\b/);
    assert.match((await p0(frame).locator('.cell[data-broker="2"]').getAttribute('aria-label')) ?? '', /order-created P0, broker 2: leader, was in-sync follower/);
    // Set once the page is laid out, before the next frame is drawn.
    await frame.locator('body[data-animated="3"]').waitFor({ timeout: 5_000 });
    await logLine(frame, P0_LINE).waitFor({ timeout: 10_000 });
    // The event log groups the step's lines by topic.
    assert.deepEqual(await frame.locator('.entry.current .log-topic-name').allTextContents(), ['order-created', 'stock-reserved', 'payment-completed']);
    await wb.forEachTheme(async (kind) => {
        await logLine(frame, P0_LINE).waitFor();
        await wb.screenshot(`failover-broker-1-failed-${kind}`);
    });

    // The view in Korean from its own button: its labels, the summary and the log from the server.
    await frame.locator('[data-key="tool:locale-ko"]').click();
    await frame.locator('.change', { hasText: '브로커 1 장애 → 파티션 3개 리더 이동, ISR 9개 축소' }).waitFor({ timeout: 30_000 });
    await logLine(frame, '브로커 1 장애 → order-created P0: 리더 1 → 2').waitFor();
    assert.equal(await frame.locator('h1').textContent(), '장애 조치 시뮬레이션: order-platform');
    await wb.setTheme('light');
    await wb.screenshot('failover-broker-1-failed-ko-light');
    await wb.setTheme('dark');
    // Following the extension's language setting, at once.
    await wb.setUserSetting(session.userDataDir, 'kafkaTopology.language', 'en');
    await frame.locator('h1', { hasText: 'Failover simulation: order-platform' }).waitFor({ timeout: 30_000 });
    await wb.setUserSetting(session.userDataDir, 'kafkaTopology.language', 'ko');
    await frame.locator('h1', { hasText: '장애 조치 시뮬레이션: order-platform' }).waitFor({ timeout: 30_000 });
    await frame.locator('.change', { hasText: '브로커 1 장애 →' }).waitFor();
    await wb.setUserSetting(session.userDataDir, 'kafkaTopology.language', 'auto');
    await frame.locator('.change', { hasText: SUMMARY }).waitFor({ timeout: 30_000 });

    // Reduced motion: the cells still say what changed, but nothing travels.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await undo.click();
    await p0(frame).locator('.cell.role-leader[data-broker="1"]').waitFor({ timeout: 30_000 });
    await frame.locator('[data-key="tool:next"]').click();
    await p0(frame).locator('.cell.role-leader.changed[data-broker="2"]').waitFor({ timeout: 30_000 });
    await frame.locator('body[data-animated="0"]').waitFor({ timeout: 5_000 });
    await page.emulateMedia({ reducedMotion: 'no-preference' });

    // Undo: broker 1 leads P0 again and the step waits ahead in the timeline.
    await undo.click();
    await p0(frame).locator('.cell.role-leader[data-broker="1"]').waitFor({ timeout: 30_000 });
    await frame.locator('.entry.step.pending', { hasText: 'fail broker 1' }).waitFor();
    await frame.locator('.marker.step.pending.manual').waitFor();
    assert.equal(await frame.locator('.side-panel .log li').count(), 0, 'no event log line after undo');

    // Keyboard: the matrix rows are one tab stop; arrows move, Enter folds the focused topic.
    await frame.locator('.topic-head[data-key="topic:order-created"]').focus();
    await page.keyboard.press('ArrowDown');
    await frame.locator('.pid[data-key="partition:order-created:0"]:focus').waitFor();
    await page.keyboard.press('End');
    await frame.locator('.pid[data-key="partition:stock-reserved:2"]:focus').waitFor();
    await frame.locator('.topic-head[data-key="topic:payment-completed"]').focus();
    await page.keyboard.press('Enter');
    await frame.locator('.topic-head[data-key="topic:payment-completed"][aria-expanded="false"]:focus').waitFor();
    assert.equal(await frame.locator('.partition-row').count(), 6);
    await page.keyboard.press('Enter');
    // Enter on a broker fails it, as a click does.
    await frame.locator('.broker[data-broker="3"]').focus();
    await page.keyboard.press('Enter');
    await frame.locator('.broker.dead[data-broker="3"]').waitFor();

    // Play: the scenario joins the step done by hand in one timeline, and plays (4× speed) to its end.
    await frame.locator('select[data-key="tool:speed"]').selectOption('4');
    await frame.locator('select[data-key="tool:scenario"]').selectOption('leader-broker-dies');
    await frame.locator('[data-key="tool:play"]').click();
    await frame.locator('[data-key="tool:play"][aria-pressed="true"]').waitFor();
    await frame.locator('.marker.expect.failed').first().waitFor({ timeout: 30_000 });
    await frame.locator('[data-key="tool:play"][aria-pressed="false"]').waitFor({ timeout: 60_000 });
    assert.equal(await frame.locator('.marker.step.manual').count(), 1, 'the manual step stays first');
    assert.equal(await frame.locator('.marker.step').count(), 4, 'fail broker 3 by hand, then the scenario\'s three steps');
    assert.equal(await frame.locator('.marker.step.pending').count(), 0, 'played to the end');
    // With broker 3 already down, losing broker 1 leaves order-created one in-sync replica: the expectation fails, and links to its line.
    const failed = frame.locator('.marker.expect.failed', { hasText: '✖' }).first();
    assert.match(await failed.getAttribute('title'), /expect order-created writable: FAILED \(line 86\)/);
    await wb.screenshot('failover-played-with-manual-step-dark');

    // Reset, then Play the scenario alone (½× speed); pause it after its first step: it stays there.
    await frame.locator('[data-key="tool:reset"]').click();
    await frame.locator('.marker').nth(1).waitFor({ state: 'detached' });
    await frame.locator('select[data-key="tool:speed"]').selectOption('0.5');
    await frame.locator('select[data-key="tool:scenario"]').selectOption('leader-broker-dies');
    await frame.locator('[data-key="tool:play"]').click();
    await frame.locator('.marker.step.applied').first().waitFor({ timeout: 30_000 });
    await frame.locator('[data-key="tool:play"]').click();
    await frame.locator('[data-key="tool:play"][aria-pressed="false"]').waitFor();
    assert.ok((await frame.locator('.marker.step.pending').count()) > 0, 'paused before the end');
    // The slider scrubs: to the end and back to the start.
    const slider = frame.locator('input[data-key="strip:slider"]');
    await slider.fill('3');
    await frame.locator('.marker.expect.passed', { hasText: '✔' }).nth(5).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.marker.expect.failed').count(), 0);
    await slider.fill('0');
    await frame.locator('.marker.start.current').waitFor({ timeout: 30_000 });
    await frame.locator('[data-key="tool:play"]').click();
    await frame.locator('.change', { hasText: 'Preferred leaders elected → 3 partitions moved leader' }).waitFor({ timeout: 60_000 });
    await frame.locator('[data-key="tool:play"][aria-pressed="false"]').waitFor();
    assert.equal(await p0(frame).locator('.cell.role-leader').getAttribute('data-broker'), '1', 'elect-preferred gave P0 back to broker 1');

    // "Run Scenario" from the palette runs it to the end: every expectation passes.
    // (The command opens a second pick right away: the palette is driven by hand, not waiting for it to close.)
    // A re-render of the view that gives focus back to its button closes a pick that just opened: then again.
    for (let attempt = 1; ; attempt++) {
        try {
            await page.keyboard.press('F1');
            await page.locator('.quick-input-widget .quick-input-box input').fill('>Kafka Topology: Run Scenario', { timeout: 5_000 });
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Kafka Topology: Run Scenario' }).first().click({ timeout: 5_000 });
            await page.locator('.quick-input-widget input[placeholder="Which scenario?"]').waitFor({ timeout: 10_000 });
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'leader-broker-dies' }).first().click({ timeout: 5_000 });
            break;
        } catch (e) {
            if (attempt >= 3) throw e;
            await wb.dismissQuickInput();
        }
    }
    await frame.locator('.entry.expect.passed', { hasText: 'expect order-created fully-replicated' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.entry.expect.failed').count(), 0);
    assert.equal(await frame.locator('.marker.expect.passed').count(), 6);
    await wb.forEachTheme((kind) => wb.screenshot(`failover-scenario-leader-broker-dies-${kind}`));
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await wb.setTheme('Default High Contrast');
    await wb.screenshot('failover-scenario-leader-broker-dies-maximized-high-contrast');
    await wb.setTheme('dark');
    await wb.runCommand('View: Toggle Maximize Editor Group');

    // Live: an edit of the file reaches the open view, which keeps its timeline.
    await page.locator('.tabs-container .tab', { hasText: SAMPLE }).click();
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').fill(':11:100');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('broker 4');
    // A broker without a rack among brokers with racks: Kafka refuses the placement, and the view says why.
    await frame.locator('.notice.error', { hasText: 'This cluster cannot be simulated' }).waitFor({ timeout: 30_000 });
    await page.keyboard.type(' { rack "az-1" ');
    await frame.locator('.broker[data-broker="4"]').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.entry.expect.passed').count(), 6, 'the scenario still runs on the edited file');

    // Save the timeline as a new scenario: it appears in the file and in the view's scenario list.
    await frame.locator('[data-key="tool:save"]').click();
    const name = page.locator('.quick-input-widget .quick-input-box input');
    await name.waitFor({ state: 'visible' });
    await name.fill('saved-from-view');
    await name.press('Enter');
    await page.locator('.view-lines', { hasText: 'scenario saved-from-view {' }).waitFor({ timeout: 30_000 });
    await frame.locator('select[data-key="tool:scenario"] option[value="saved-from-view"]').waitFor({ state: 'attached', timeout: 30_000 });
    // The browser VS Code auto-saves after a delay (its default, unlike the desktop's), so the
    // edits are saved, the original text written to disk, and the editor reverted to the disk.
    const tab = page.locator('.tabs-container .tab', { hasText: SAMPLE });
    await tab.click();
    await wb.runCommand('File: Save');
    const edited = page.locator('.view-lines', { hasText: 'scenario saved-from-view {' });
    for (let attempt = 1; ; attempt++) {
        // Only once the save has reached the disk can the original replace it there.
        for (let waited = 0; !readFileSync(sample, 'utf8').includes('saved-from-view') && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
        writeFileSync(sample, original);
        await tab.click();
        await wb.runCommand('File: Revert File');
        const reverted = await edited.waitFor({ state: 'detached', timeout: attempt >= 3 ? 30_000 : 10_000 }).then(() => true, (e) => {
            if (attempt >= 3) throw e;
            return false;
        });
        if (reverted) break;
    }
    await frame.locator('.broker[data-broker="3"]').waitFor({ timeout: 30_000 });
    await frame.locator('.broker[data-broker="4"]').waitFor({ state: 'detached', timeout: 30_000 });

    // Restore: after a reload VS Code brings the panel back (serializer) with its timeline.
    const reloaded = page.waitForEvent('load');
    await wb.runCommand('Developer: Reload Window');
    await reloaded;
    await wb.ready();
    await wb.webviewFrame().locator('.entry.expect.passed', { hasText: 'expect order-created fully-replicated' }).waitFor({ timeout: 60_000 });
    assert.equal(await wb.webviewFrame().locator('.entry.expect.passed').count(), 6);

    // The "Run scenario" code lens above `scenario two-brokers-die` runs that scenario in the panel.
    await wb.openFile(SAMPLE);
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').fill(':96');
    await page.keyboard.press('Enter');
    // Lenses render a moment after the editor scrolled, and may be drawn again (resolved, refreshed) just then:
    // poll for the one right above the line, and look again when the one found was replaced before the click.
    const findLens = () => page.waitForFunction(() => {
        // Monaco renders spaces as no-break spaces.
        const line = [...document.querySelectorAll('.view-line')].find((l) => /scenario\s+two-brokers-die/.test(l.textContent));
        if (!line) return undefined;
        const top = line.getBoundingClientRect().top;
        const above = [...document.querySelectorAll('.codelens-decoration a')]
            .filter((a) => /Run\s+scenario/.test(a.textContent) && a.getBoundingClientRect().bottom <= top + 1)
            .sort((a, b) => b.getBoundingClientRect().top - a.getBoundingClientRect().top)[0];
        return above && top - above.getBoundingClientRect().bottom < 30 ? above : undefined;
    }, undefined, { timeout: 30_000 });
    for (let attempt = 1; ; attempt++) {
        try {
            await (await findLens()).asElement().click({ timeout: 10_000 });
            break;
        } catch (e) {
            if (attempt === 3 || !/not attached|detached/i.test(String(e))) throw e;
            console.log(`    [retry] the "Run scenario" lens was drawn again before the click (attempt ${attempt})`);
        }
    }
    await wb.webviewFrame().locator('.entry.expect.passed', { hasText: 'expect no quorum' }).waitFor({ timeout: 30_000 });
    assert.equal(await wb.webviewFrame().locator('select[data-key="tool:scenario"]').inputValue(), 'two-brokers-die');
}
