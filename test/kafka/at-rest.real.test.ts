// Why a drill waits for replication to be at rest before its next step (harness/at-rest.ts):
// a leader that dies right after an acks=all write, before its follower learned
// the new high watermark, leaves that follower leading under min ISR with its
// high watermark below its leader epoch's start, frozen there (KAFKA-15583):
// ListOffsets(latest) fails and the partition reads as unreadable, which the
// model (steps on a cluster at rest) never says. The followers' fetch wait is
// raised to 4 s here so that the window is wide and the outcome certain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitReplicationAtRest, probeTraffic, selectedReleases, settle, startCluster, type KafkaCluster } from './harness/index.js';

const release = selectedReleases().at(-1)!;

describe(`replication at rest before a step, on Kafka ${release.version}`, () => {
    let cluster: KafkaCluster;
    beforeAll(async () => {
        // One dedicated controller: the brokers can fail without taking the quorum with them.
        cluster = await startCluster({ version: release.version, brokers: 3, controllers: 1, config: { 'replica.fetch.wait.max.ms': 4000 } });
        const probe = await cluster.probe();
        const created = await probe.create([
            { name: 'hasty', assignment: [[2, 1]], configs: { 'min.insync.replicas': '2' } },
            { name: 'patient', assignment: [[3, 1]], configs: { 'min.insync.replicas': '2' } }
        ]);
        expect(created.error).toBeUndefined();
    });
    afterAll(async () => cluster?.close());

    it('a leader killed right after a write leaves its successor unreadable; after the wait for rest it stays readable', async () => {
        const written = await probeTraffic(cluster, await settle(cluster, ['hasty', 'patient']));
        expect(written.partitions.map((p) => [p.topic, p.leader, p.writable, p.readable])).toEqual([['hasty', 2, true, true], ['patient', 3, true, true]]);
        // hasty: its leader dies while follower 1 still holds the previous high watermark.
        await cluster.kill(2);
        // patient: its leader dies only once every in-sync replica has checkpointed the high watermark.
        const lag = await awaitReplicationAtRest(cluster, written);
        expect(lag).toBeUndefined();
        await cluster.kill(3);
        const after = await probeTraffic(cluster, await settle(cluster, ['hasty', 'patient'], { minMillis: 4500 }));
        const hasty = after.partitions.find((p) => p.topic === 'hasty')!;
        const patient = after.partitions.find((p) => p.topic === 'patient')!;
        // Both led by broker 1 alone now, under min ISR 2: not writable either way.
        expect([hasty.leader, hasty.isr, hasty.writable, patient.leader, patient.isr, patient.writable]).toEqual([1, [1], false, 1, [1], false]);
        expect(patient.readable, patient.fetchError).toBe(true);
        expect(hasty.readable).toBe(false);
        expect(hasty.fetchError).toMatch(/Timed out/);
    });
});
