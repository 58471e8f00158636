// The drill suite, split into shards so that vitest runs two real clusters at a
// time: each (drill cluster, release) pair starts one cluster and runs the
// cluster's scenarios on it one after another, comparing every step.
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTable } from './compare.js';
import { drillRuns, pendingKey, PENDING_MODEL_FIXES } from './catalogue.js';
import { recordResult } from './report.js';
import { DrillSession } from './session.js';

const RUN_PENDING = process.env.KAFKA_ORACLE_ALL === '1';

export async function defineDrillSuite(shard: number, shards: number): Promise<void> {
    const runs = (await drillRuns()).filter((_, i) => i % shards === shard);
    for (const { drill, release } of runs) {
        const scenarios = drill.scenarios.filter((s) => RUN_PENDING || !(pendingKey(drill, s, release) in PENDING_MODEL_FIXES));
        if (scenarios.length === 0) continue;
        describe(`${basename(drill.file)} › ${drill.name} on Kafka ${release.version}`, () => {
            let session: DrillSession | undefined;
            beforeAll(async () => {
                session = await DrillSession.open(drill, release);
            });
            afterAll(async () => {
                await session?.close();
            });
            for (const scenario of scenarios) {
                it(`scenario ${scenario}: the real brokers settle where the model says`, async () => {
                    if (!session) throw new Error(`the Kafka ${release.version} cluster did not start`);
                    let result;
                    try {
                        result = await session.run(scenario);
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
