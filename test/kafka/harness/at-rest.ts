// Replication at rest before the next step: every running in-sync (or eligible)
// replica has learned the high watermark its leader reports.
//
// Why: a follower learns the leader's high watermark only with its next fetch
// response (up to replica.fetch.wait.max.ms later). A leader that dies inside
// that window leaves a successor whose leader epoch starts above its own high
// watermark; a leader under min ISR never advances its high watermark
// (Partition.maybeIncrementLeaderHW, KAFKA-15583, Kafka 3.7 and later), so
// ListOffsets(latest) answers OFFSET_NOT_AVAILABLE (Partition.fetchOffsetForTimestamp)
// and the last acknowledged records stay invisible until the ISR is back to min
// ISR. The model's steps happen on a cluster at rest, so a drill waits for that
// before its next step, as each broker's disk shows it: the high-watermark
// checkpoint (`replication-offset-checkpoint`, written every
// replica.high.watermark.checkpoint.interval.ms, 200 ms here; see properties.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep, type KafkaCluster } from './cluster.js';
import type { RealState } from './state.js';

/** `topic-partition` → checkpointed high watermark, from one broker's log dir (empty when absent). */
export function checkpointedHighWatermarks(dataDir: string): Map<string, number> {
    const marks = new Map<string, number>();
    let text: string;
    try {
        text = readFileSync(join(dataDir, 'replication-offset-checkpoint'), 'utf8');
    } catch {
        return marks;
    }
    // Format (OffsetCheckpointFile): version, entry count, then "topic partition offset" per line.
    for (const line of text.split('\n').slice(2)) {
        const [topic, partition, offset] = line.trim().split(' ');
        if (offset !== undefined) marks.set(`${topic}-${partition}`, Number(offset));
    }
    return marks;
}

/**
 * Waits (bounded) until every running member of each partition's ISR and ELR has
 * checkpointed at least the high watermark the partition's leader reports.
 * Returns undefined when at rest, else what still lags, in one sentence.
 */
export async function awaitReplicationAtRest(cluster: KafkaCluster, state: RealState, maxMillis = 15_000): Promise<string | undefined> {
    const topics = [...new Set(state.partitions.map((p) => p.topic))];
    // Without a quorum no leader can change before it returns, and a broker restarted meanwhile
    // is listed in the ISR by its old registration without fetching: nothing to wait for.
    if (topics.length === 0 || !state.quorum.hasQuorum) return undefined;
    const probe = await cluster.probe();
    const leaders = await probe.latest(topics);
    if (leaders.error !== undefined) return `the leaders' high watermarks could not be read: ${leaders.error}`;
    const highWatermarks = leaders.offsets ?? {};
    const deadline = Date.now() + maxMillis;
    for (;;) {
        const lagging: string[] = [];
        for (const p of state.partitions) {
            const key = `${p.topic}-${p.partition}`;
            const hw = highWatermarks[key];
            // No live leader, or one that cannot report its high watermark: nothing to wait for.
            if (hw === undefined || p.leader === null || !cluster.isRunning(p.leader)) continue;
            for (const id of new Set([...p.isr, ...(p.elr ?? [])])) {
                if (!cluster.isRunning(id)) continue;
                const known = checkpointedHighWatermarks(cluster.nodes.get(id)!.layout.dataDir).get(key) ?? -1;
                if (known < hw) lagging.push(`broker ${id} knows ${key} up to ${known < 0 ? 'nothing' : known}, its leader ${p.leader} up to ${hw}`);
            }
        }
        if (lagging.length === 0) return undefined;
        if (Date.now() >= deadline) return `not at rest within ${Math.round(maxMillis / 1000)} s: ${lagging.join('; ')}`;
        await sleep(200);
    }
}
