// The harness itself, on the newest selected release: a 3-broker combined-mode
// cluster with a SASL/PLAIN listener; crash, controlled shutdown and restart
// seen in the metadata; Kafka's own tools run against it; close() leaves no
// process and no bound port behind.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saslPlainClientConfig, selectedReleases, settle, startCluster, ProbeClient, type KafkaCluster } from './harness/index.js';

const release = selectedReleases().at(-1)!;

describe(`harness on Kafka ${release.version}`, () => {
    let cluster: KafkaCluster;
    beforeAll(async () => {
        cluster = await startCluster({
            version: release.version,
            brokers: [{ id: 1, rack: 'r1' }, { id: 2, rack: 'r2' }, { id: 3, rack: 'r3' }],
            extraListeners: [{ name: 'SASL', protocol: 'SASL_PLAINTEXT', mechanism: 'PLAIN', users: { alice: 'alice-secret' } }]
        });
        const probe = await cluster.probe();
        const created = await probe.create([{ name: 'drill', assignment: [[1, 2, 3], [2, 3, 1]], configs: { 'min.insync.replicas': '2' } }]);
        expect(created.error).toBeUndefined();
    });
    afterAll(async () => cluster?.close());

    it('starts every broker registered, with the replica lists it was given', async () => {
        const state = await settle(cluster, ['drill']);
        expect(state.settled).toBe(true);
        expect(state.brokers).toEqual([1, 2, 3]);
        expect(state.quorum).toMatchObject({ voters: 3, majority: 2, hasQuorum: true });
        expect(state.partitions.map((p) => [p.replicas, p.leader, p.isr])).toEqual([[[1, 2, 3], 1, [1, 2, 3]], [[2, 3, 1], 2, [1, 2, 3]]]);
    });

    it("answers Kafka's own kafka-topics on the PLAINTEXT listener", async () => {
        const run = await cluster.tool('kafka-topics', ['--bootstrap-server', cluster.bootstrap, '--describe', '--topic', 'drill']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/Partition: 0\s+Leader: 1\s+Replicas: 1,2,3\s+Isr: 1,2,3/);
    });

    it('accepts a PLAIN user on the SASL listener and refuses a wrong password', async () => {
        const good = await ProbeClient.start(cluster.version, cluster.listenerBootstrap.SASL, 2500, saslPlainClientConfig('alice', 'alice-secret'));
        const bad = await ProbeClient.start(cluster.version, cluster.listenerBootstrap.SASL, 2500, saslPlainClientConfig('alice', 'wrong'));
        try {
            expect((await good.describe(['drill'])).brokers).toEqual([1, 2, 3]);
            expect((await bad.describe(['drill'])).brokersError).toMatch(/Authentication|SaslAuthentication/);
        } finally {
            good.close();
            bad.close();
        }
    });

    it('a crash (SIGKILL) is fenced: the broker leaves the ISR and its leadership moves', async () => {
        await cluster.kill(1);
        const state = await settle(cluster, ['drill'], { minMillis: 3000 });
        expect(state.settled).toBe(true);
        expect(state.brokers).toEqual([2, 3]);
        expect(state.partitions.map((p) => [p.leader, p.isr])).toEqual([[2, [2, 3]], [2, [2, 3]]]);
    });

    it('a restart registers again and catches up into the ISR', async () => {
        cluster.restart(1);
        const state = await settle(cluster, ['drill'], { minMillis: 1000, maxMillis: 90_000 });
        expect(state.settled).toBe(true);
        expect(state.brokers).toEqual([1, 2, 3]);
        expect(state.partitions.map((p) => p.isr)).toEqual([[1, 2, 3], [1, 2, 3]]);
    });

    it('a controlled shutdown (SIGTERM) ends the process after moving its leadership', async () => {
        await cluster.stop(2);
        expect(cluster.isRunning(2)).toBe(false);
        const state = await settle(cluster, ['drill']);
        expect(state.brokers).toEqual([1, 3]);
        expect(state.partitions.every((p) => p.leader !== 2 && !p.isr.includes(2))).toBe(true);
    });

    it('close() kills every process it started and frees the ports', async () => {
        const pids = [...cluster.nodes.values()].map((n) => n.process?.pid).filter((p): p is number => p !== undefined);
        const ports = [...cluster.nodes.values()].flatMap((n) => [n.layout.port, n.layout.controllerPort, ...Object.values(n.layout.extraPorts)]).filter((p): p is number => p !== undefined);
        await cluster.close();
        for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
        for (const port of ports) await expect(bindable(port)).resolves.toBe(true);
    });
});

function bindable(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
}
