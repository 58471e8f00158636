// A share group in the failover view, as a learner meets it in samples/work-queue.kafka:
// the group says it is a share group; five members on two partitions share each
// partition three ways and nobody is idle, while the consumer group of five beside
// it leaves three members idle; a member leaving hands its share to the others; the
// data-flow diagram has the group. Screenshot: share-group-view-dark.png.
import * as assert from 'node:assert/strict';

export const title = 'a share group in the failover view: shared partitions, nobody idle, a member leaves';

const SAMPLE = 'work-queue.kafka';

/** @param {import('playwright-core').FrameLocator} frame */
async function sharing(frame, group, partition) {
    const rows = await frame.locator(`.group[data-group="${group}"] .member .member-partitions`).allTextContents();
    return rows.filter((text) => text.split(', ').includes(partition)).length;
}

/** @param {{ wb: import('../ui.mjs').Workbench }} t */
export default async function ({ wb }) {
    await wb.ready();
    await wb.openFile(SAMPLE);
    await wb.runCommand('Kafka Topology: Simulate Failover');
    const frame = wb.webviewFrame();
    // The data-flow tab: the share group is a node of the diagram, fed by its topic.
    await frame.locator('[data-key="tab:flow"]').click({ timeout: 60_000 });
    await frame.locator('.dataflow [data-node="group:render-farm"]').waitFor();
    assert.equal(await frame.locator('.dataflow .edge[data-from="render-jobs"][data-to="render-farm"]').count(), 1);
    // The groups tab.
    await frame.locator('[data-key="tab:groups"]').click();
    const farm = frame.locator('.group[data-group="render-farm"]');
    await farm.waitFor();

    assert.match(await farm.locator('.group-heading .muted').textContent(), /^share group · simple · 5 members · render-jobs$/);
    assert.equal(await farm.locator('.member').count(), 5);
    assert.equal(await farm.locator('.member.idle').count(), 0, 'nobody idle in the share group');
    assert.deepEqual([await sharing(frame, 'render-farm', 'render-jobs-0'), await sharing(frame, 'render-farm', 'render-jobs-1')], [3, 3]);
    const writers = frame.locator('.group[data-group="result-writers"]');
    assert.doesNotMatch(await writers.locator('.group-heading .muted').textContent(), /share group/);
    assert.equal(await writers.locator('.member.idle').count(), 3, 'the consumer group of five on two partitions has three idle members');
    await wb.screenshot('share-group-view-dark');

    // A member leaves: four members, two on each partition, still nobody idle.
    await frame.locator('[data-key="member:render-farm:render-farm-1"]').click();
    await farm.locator('.member').nth(3).waitFor();
    await frame.locator('.group[data-group="render-farm"] .member[data-member="render-farm-1"]').waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await farm.locator('.member').count(), 4);
    assert.equal(await farm.locator('.member.idle').count(), 0);
    assert.deepEqual([await sharing(frame, 'render-farm', 'render-jobs-0'), await sharing(frame, 'render-farm', 'render-jobs-1')], [2, 2]);
}
