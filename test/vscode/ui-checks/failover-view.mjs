// The failover view as a person uses it, on the study notes' order platform:
// open the file, run "Kafka Topology: Simulate Failover" from the palette, fail
// broker 1 in the webview and see P0's leader move 1 → 2 with its log line
// (also in Korean), undo, move through the topics by keyboard, play scenario
// leader-broker-dies step by step and run it to the end with every expectation
// passing; edit the file and see the view follow; save the timeline as a new
// scenario; reload the window and get the panel back.
// Screenshots: test-output/screenshots/failover-*-{light,dark,high-contrast}.png.
import * as assert from 'node:assert/strict';

export const title = 'the failover view: fail broker 1, leader and log, undo, keyboard, scenarios, live edit, save, restore';

const SAMPLE = 'order-platform.kafka';
const P0_LINE = 'Broker 1 failed → order-created P0: leader 1 → 2, the first in-sync replica in assignment order; ISR [2,3]; acks=all writes still succeed (ISR 2 ≥ min ISR 2)';

/** @param {import('playwright-core').FrameLocator} frame */
const p0Leader = (frame) => frame.locator('[data-topic="order-created"] [data-partition="0"] .replica.role-leader');

/** @param {{ wb: import('../ui.mjs').Workbench }} t */
export default async function ({ wb }) {
    await wb.ready();
    await wb.openFile(SAMPLE);
    await wb.runCommand('Kafka Topology: Simulate Failover');

    const frame = wb.webviewFrame();
    const broker1 = frame.locator('.broker[data-broker="1"]');
    await broker1.waitFor({ timeout: 60_000 });
    assert.equal(await p0Leader(frame).getAttribute('data-broker'), '1', 'P0 of order-created starts led by broker 1');
    assert.equal(await frame.locator('h1').textContent(), 'Failover simulation: order-platform');

    // Fail broker 1 by clicking its card.
    await broker1.click();
    await frame.locator('[data-topic="order-created"] [data-partition="0"] .replica.role-leader[data-broker="2"]').waitFor({ timeout: 30_000 });
    await frame.locator('.timeline .log li', { hasText: P0_LINE }).waitFor({ timeout: 10_000 });
    assert.match((await broker1.getAttribute('class')) ?? '', /\bdead\b/, 'broker 1 is shown down');
    assert.equal(await frame.locator('[data-topic="order-created"] [data-partition="0"] .replica[data-broker="1"]').getAttribute('class'), 'replica role-out-of-sync dead');
    await wb.forEachTheme(async (kind) => {
        await frame.locator('.timeline .log li', { hasText: P0_LINE }).waitFor();
        await wb.screenshot(`failover-broker-1-failed-${kind}`);
    });
    // The whole three-column layout, with the panel's editor group maximized.
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await frame.locator('.layout .timeline-column').waitFor();
    await wb.forEachTheme((kind) => wb.screenshot(`failover-broker-1-failed-maximized-${kind}`));

    // The view in Korean: its own labels and the event log from the server.
    await frame.locator('[data-key="tool:locale-ko"]').click();
    await frame.locator('.timeline .log li', { hasText: '브로커 1 장애 → order-created P0: 리더 1 → 2' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('h1').textContent(), '장애 조치 시뮬레이션: order-platform');
    await wb.screenshot('failover-broker-1-failed-maximized-ko-dark');
    await frame.locator('[data-key="tool:locale-en"]').click();
    await frame.locator('.timeline .log li', { hasText: P0_LINE }).waitFor({ timeout: 30_000 });
    await wb.runCommand('View: Toggle Maximize Editor Group');

    // Undo: broker 1 leads P0 again and the step waits ahead in the timeline.
    await frame.locator('[data-key="tool:undo"]').click();
    await frame.locator('[data-topic="order-created"] [data-partition="0"] .replica.role-leader[data-broker="1"]').waitFor({ timeout: 30_000 });
    await frame.locator('.entry.step.pending', { hasText: 'fail broker 1' }).waitFor();
    assert.equal(await frame.locator('.timeline .log li').count(), 0, 'no event log line after undo');

    // Keyboard: the topic list is one tab stop; arrows move, Enter collapses the focused topic.
    const heads = frame.locator('.topic-head');
    await heads.first().focus();
    await wb.page.keyboard.press('ArrowDown');
    await frame.locator('.topic-head[data-key="topic:payment-completed"]:focus').waitFor();
    await wb.page.keyboard.press('Enter');
    await frame.locator('.topic-head[data-key="topic:payment-completed"][aria-expanded="false"]:focus').waitFor();
    // Enter on a broker card fails it, as a click does.
    await frame.locator('.broker[data-broker="3"]').focus();
    await wb.page.keyboard.press('Enter');
    await frame.locator('.broker.dead[data-broker="3"]').waitFor();

    // Play the scenario step by step from the view.
    await frame.locator('select[data-key="tool:scenario"]').selectOption('leader-broker-dies');
    await frame.locator('[data-key="tool:play"]').click();
    await frame.locator('.entry.step.pending', { hasText: 'fail broker 1' }).waitFor();
    assert.equal(await frame.locator('.broker.dead').count(), 0, 'playing a scenario starts from the healthy cluster');
    await frame.locator('[data-key="tool:next"]').click();
    await frame.locator('.entry.expect.passed', { hasText: 'expect group order-service balanced' }).waitFor();
    assert.equal(await frame.locator('.entry.expect.passed').count(), 5, 'the five expectations after "fail broker 1" pass');
    assert.equal(await frame.locator('.entry.pending').count(), 3, 'recover, its check and elect-preferred are still ahead');

    // "Run Scenario" from the palette runs it to the end: every expectation passes.
    await wb.runCommand('Kafka Topology: Run Scenario');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'leader-broker-dies' }).first().click();
    await frame.locator('.entry.expect.passed', { hasText: 'expect order-created fully-replicated' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.entry.expect.failed').count(), 0);
    assert.equal(await frame.locator('.entry.expect.passed').count(), 6);
    assert.equal(await p0Leader(frame).getAttribute('data-broker'), '1', 'elect-preferred gave P0 back to broker 1');
    await wb.forEachTheme((kind) => wb.screenshot(`failover-scenario-leader-broker-dies-${kind}`));
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await wb.setTheme('Default High Contrast');
    await wb.screenshot('failover-scenario-leader-broker-dies-maximized-high-contrast');
    await wb.setTheme('light');
    await wb.screenshot('failover-scenario-leader-broker-dies-maximized-light');
    await wb.setTheme('dark');
    await wb.runCommand('View: Toggle Maximize Editor Group');

    // Live: an edit of the file reaches the open view, which keeps its timeline.
    await wb.page.locator('.tabs-container .tab', { hasText: SAMPLE }).click();
    await wb.page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await wb.page.keyboard.press('Control+G');
    await wb.page.locator('.quick-input-widget .quick-input-box input').fill(':11:100');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('broker 4');
    // A broker without a rack among brokers with racks: Kafka refuses the placement, and the view says why.
    await frame.locator('.notice.error', { hasText: 'This cluster cannot be simulated' }).waitFor({ timeout: 30_000 });
    await wb.page.keyboard.type(' { rack "az-1" ');
    await frame.locator('.broker[data-broker="4"]').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.entry.expect.passed').count(), 6, 'the scenario still runs on the edited file');

    // Save the timeline as a new scenario: it appears in the file and in the view's scenario list.
    await frame.locator('[data-key="tool:save"]').click();
    const name = wb.page.locator('.quick-input-widget .quick-input-box input');
    await name.waitFor({ state: 'visible' });
    await name.fill('saved-from-view');
    await name.press('Enter');
    await wb.page.locator('.view-lines', { hasText: 'scenario saved-from-view {' }).waitFor({ timeout: 30_000 });
    await frame.locator('select[data-key="tool:scenario"] option[value="saved-from-view"]').waitFor({ state: 'attached', timeout: 30_000 });
    await wb.runCommand('File: Revert File');
    await frame.locator('.broker[data-broker="4"]').waitFor({ state: 'detached', timeout: 30_000 });

    // Restore: after a reload VS Code brings the panel back (serializer) with its timeline.
    const reloaded = wb.page.waitForEvent('load');
    await wb.runCommand('Developer: Reload Window');
    await reloaded;
    await wb.ready();
    await wb.webviewFrame().locator('.entry.expect.passed', { hasText: 'expect order-created fully-replicated' }).waitFor({ timeout: 60_000 });
    assert.equal(await wb.webviewFrame().locator('.entry.expect.passed').count(), 6);

    // The "Run scenario" code lens above `scenario two-brokers-die` runs that scenario in the panel.
    await wb.openFile(SAMPLE);
    await wb.page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await wb.page.keyboard.press('Control+G');
    await wb.page.locator('.quick-input-widget .quick-input-box input').fill(':96');
    await wb.page.keyboard.press('Enter');
    // Lenses render a moment after the editor scrolled: poll for the one right above the line.
    const lens = await wb.page.waitForFunction(() => {
        // Monaco renders spaces as no-break spaces.
        const line = [...document.querySelectorAll('.view-line')].find((l) => /scenario\s+two-brokers-die/.test(l.textContent));
        if (!line) return undefined;
        const top = line.getBoundingClientRect().top;
        const above = [...document.querySelectorAll('.codelens-decoration a')]
            .filter((a) => /Run\s+scenario/.test(a.textContent) && a.getBoundingClientRect().bottom <= top + 1)
            .sort((a, b) => b.getBoundingClientRect().top - a.getBoundingClientRect().top)[0];
        return above && top - above.getBoundingClientRect().bottom < 30 ? above : undefined;
    }, undefined, { timeout: 30_000 });
    await lens.asElement().click();
    await wb.webviewFrame().locator('.entry.expect.passed', { hasText: 'expect no quorum' }).waitFor({ timeout: 30_000 });
    assert.equal(await wb.webviewFrame().locator('select[data-key="tool:scenario"]').inputValue(), 'two-brokers-die');
}
