// The drill suite, split into shards so that vitest runs two real clusters at a
// time: each (drill cluster, release) pair starts one cluster and runs the
// cluster's scenarios on it one after another, comparing every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTable } from './compare.js';
import { drillGroups } from './catalogue.js';
import { drillName, recordResult } from './report.js';
import { DrillSession } from './session.js';

export async function defineDrillSuite(shard: number, shards: number): Promise<void> {
    const groups = (await drillGroups()).filter((_, i) => i % shards === shard);
    for (const { release, drills } of groups) {
        const work = drills.flatMap((drill) => drill.scenarios.map((scenario) => ({ drill, scenario })));
        const names = [...new Set(drills.map((d) => `${drillName(d.file)} › ${d.name}`))].join(', ');
        describe(`${names} on Kafka ${release.version}`, () => {
            let session: DrillSession | undefined;
            beforeAll(async () => {
                session = await DrillSession.open(drills[0], release);
            });
            afterAll(async () => {
                await session?.close();
            });
            for (const { drill, scenario } of work) {
                it(`${drillName(drill.file)} › ${drill.name} › ${scenario}: the real brokers settle where the model says`, async () => {
                    if (!session) throw new Error(`the Kafka ${release.version} cluster did not start`);
                    let result;
                    try {
                        result = await session.run(drill, scenario);
                    } catch (error) {
                        recordResult({ file: drill.file, cluster: drill.name, scenario, release, error: error instanceof Error ? error.message : String(error) });
                        throw error;
                    }
                    recordResult(result);
                    const rows = [...result.featureDiffs.map((d) => ({ ...d, step: 'initial' })), ...result.steps.flatMap((s) => s.diffs.map((d) => ({ ...d, step: s.step })))];
                    expect(rows.length, `model and Kafka ${release.version} disagree:\n${diffTable(rows)}`).toBe(0);
                });
            }
        });
    }
}
