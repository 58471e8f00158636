// The failover view model the server builds from the simulator's state: brokers
// by rack, the quorum, replicas with roles, partition health, producers, groups,
// and the step each clickable thing triggers.
import { afterEach, describe, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reset, services } from '../support/language.js';
import { failBroker, open, partition, sample, step, topic, view } from './helpers.js';

afterEach(reset);

describe('order-platform (three brokers, combined-mode quorum, RF 3, min ISR 2)', () => {
    test('the healthy cluster: one broker per rack, every replica in sync, leader = first replica', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', []);
        const v = r.view!;
        expect(r.problem).toBeUndefined();
        expect(v.racks.map((rack) => [rack.name, rack.brokers.map((b) => b.id)])).toEqual([['az-1', [1]], ['az-2', [2]], ['az-3', [3]]]);
        expect(v.quorum).toMatchObject({ mode: 'brokers', voters: 3, alive: 3, majority: 2, hasQuorum: true, controllers: [] });
        expect(v.racks[0].brokers[0]).toMatchObject({ id: 1, alive: true, voter: true, leaders: 3, replicas: 9, action: { kind: 'fail-broker', broker: 1 } });
        expect(v.racks[0].action).toEqual({ kind: 'fail-rack', rack: 'az-1' });
        expect(v.topics.map((t) => t.name)).toEqual(['order-created', 'payment-completed', 'stock-reserved']);
        expect(v.counts).toEqual({ offline: 0, 'not-writable': 0, 'under-replicated': 0, healthy: 9 });
        // The webview lists the counts in the simulator's worst-first order, which the view carries.
        expect(v.healths).toEqual(['offline', 'not-writable', 'under-replicated', 'healthy']);
        expect(partition(r, 'order-created', 0)).toEqual({
            partition: 0,
            replicas: [1, 2, 3],
            leader: 1,
            isr: [1, 2, 3],
            health: 'healthy',
            underMinIsr: false
        });
        expect(v.producers.every((p) => p.canWrite)).toBe(true);
        const notification = v.groups.find((g) => g.name === 'notification-service')!;
        expect(notification.members.map((m) => [m.id, m.partitions])).toEqual([['B-1', ['order-created-0', 'order-created-1']], ['B-2', ['order-created-2']]]);
        expect(notification.members[0].action).toEqual({ kind: 'member-leave', group: 'notification-service', member: 'B-1' });
        expect(notification.balanced).toBe(true);
    });

    test('fail broker 1: P0 leader 1 → 2, broker 1 out of sync and down, every partition under-replicated but writable', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)]);
        const p0 = partition(r, 'order-created', 0);
        expect(p0.leader).toBe(2);
        expect(p0.isr).toEqual([2, 3]);
        expect(p0.replicas).toEqual([1, 2, 3]);
        expect(p0.health).toBe('under-replicated');
        expect(topic(r, 'order-created')).toMatchObject({ health: 'under-replicated', counts: { 'under-replicated': 3, healthy: 0 } });
        const broker1 = r.view!.racks[0].brokers[0];
        expect(broker1).toMatchObject({ alive: false, fenced: true, leaders: 0, action: { kind: 'recover-broker', broker: 1 } });
        expect(r.view!.racks[0].action).toEqual({ kind: 'recover-rack', rack: 'az-1' });
        expect(r.view!.quorum).toMatchObject({ alive: 2, hasQuorum: true, deadVoters: [1] });
        expect(r.view!.producers.every((p) => p.canWrite)).toBe(true);
    });

    test('two brokers down: no quorum, so broker 2 is not fenced; its partitions go offline and producers are blocked', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1), failBroker(2)]);
        const v = r.view!;
        expect(v.quorum).toMatchObject({ alive: 1, majority: 2, hasQuorum: false });
        expect(v.racks[1].brokers[0]).toMatchObject({ id: 2, alive: false, fenced: false });
        // P0 and P1 keep dead broker 2 as leader: offline. P2 is led by 3, but dead 2 stays in its ISR: not writable.
        expect(topic(r, 'order-created').partitions.map((p) => p.health)).toEqual(['offline', 'offline', 'not-writable']);
        expect(partition(r, 'order-created', 0).leader).toBe(2);
        const orderService = v.producers.find((p) => p.name === 'order-service')!;
        expect(orderService).toMatchObject({ acks: 'all', canWrite: false, blocked: 3, blockedSample: ['order-created-0', 'order-created-1', 'order-created-2'] });
        const notification = v.groups.find((g) => g.name === 'notification-service')!;
        expect(notification.balanced).toBe(false);
        expect(notification.members.find((m) => m.id === 'B-1')!.stalled).toEqual(['order-created-0', 'order-created-1']);
        expect(notification.stalled).toBe(2);
    });

    test('a member leaves: the others take its partition, and it is offered to rejoin', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [step({ kind: 'member-leave', group: 'order-service', member: 'A-3' })]);
        const group = r.view!.groups.find((g) => g.name === 'order-service')!;
        expect(group.members.map((m) => m.id)).toEqual(['A-1', 'A-2']);
        expect(group.members.flatMap((m) => m.partitions).sort()).toEqual(['order-created-0', 'order-created-1', 'order-created-2']);
        expect(group.departed).toEqual([{ id: 'A-3', action: { kind: 'member-join', group: 'order-service', member: 'A-3' } }]);
        expect(group.balanced).toBe(true);
    });
});

describe('payments-prod (nine brokers in three zones, three dedicated controllers)', () => {
    test('controllers are listed with their actions; brokers are not voters', async () => {
        const uri = await open(sample('multi-az-production.kafka'));
        const v = (await view(uri, 'payments-prod', [])).view!;
        expect(v.quorum).toMatchObject({ mode: 'controllers', voters: 3, alive: 3, majority: 2 });
        expect(v.quorum.controllers.map((c) => c.action)).toEqual([1, 2, 3].map((controller) => ({ kind: 'fail-controller', controller })));
        expect(v.racks.map((r) => [r.name, r.brokers.map((b) => b.id)])).toEqual([
            ['eu-west-1a', [1, 4, 7]],
            ['eu-west-1b', [2, 5, 8]],
            ['eu-west-1c', [3, 6, 9]]
        ]);
        expect(v.racks.flatMap((r) => r.brokers).some((b) => b.voter)).toBe(false);
        expect(v.partitionCount).toBe(12 + 12 + 24 + 6);
    });

    test('losing a zone keeps every topic writable (rack-aware placement), under-replicated', async () => {
        const uri = await open(sample('multi-az-production.kafka'));
        const r = await view(uri, 'payments-prod', [step({ kind: 'fail-rack', rack: 'eu-west-1a' })]);
        const v = r.view!;
        expect(v.racks[0].action).toEqual({ kind: 'recover-rack', rack: 'eu-west-1a' });
        expect(v.racks[0].brokers.every((b) => !b.alive)).toBe(true);
        expect(v.counts.offline + v.counts['not-writable']).toBe(0);
        expect(v.topics.every((t) => t.health === 'under-replicated')).toBe(true);
        expect(v.producers.every((p) => p.canWrite)).toBe(true);
    });

    test('losing two controllers loses the quorum; a broker failing then stays leader of its partitions', async () => {
        const uri = await open(sample('multi-az-production.kafka'));
        const r = await view(uri, 'payments-prod', [
            step({ kind: 'fail-controller', controller: 1 }),
            step({ kind: 'fail-controller', controller: 2 }),
            failBroker(4)
        ]);
        const v = r.view!;
        expect(v.quorum).toMatchObject({ alive: 1, hasQuorum: false, deadVoters: [1, 2] });
        expect(v.quorum.controllers[0]).toEqual({ id: 1, alive: false, action: { kind: 'recover-controller', controller: 1 } });
        const ledBy4 = v.topics.flatMap((t) => t.partitions).filter((p) => p.leader === 4);
        expect(ledBy4.length).toBeGreaterThan(0);
        expect(ledBy4.every((p) => p.health === 'offline')).toBe(true);
    });
});

describe('edge cases', () => {
    test('more members than partitions: idle members are flagged and the group is not balanced', async () => {
        const uri = await open(`cluster c {
    profile development
    broker 1
    topic t { partitions 2 }
    consumer-group g { consumes t members 3 }
}`);
        const g = (await view(uri, 'c', [])).view!.groups[0];
        expect(g.members.map((m) => [m.id, m.partitions, m.idle])).toEqual([
            ['g-1', ['t-0'], false],
            ['g-2', ['t-1'], false],
            ['g-3', [], true]
        ]);
        expect(g).toMatchObject({ idle: 1, balanced: false });
    });

    test('brokers without racks form one unnamed group with no rack action; skipped topics carry a reason', async () => {
        const uri = await open(`cluster c {
    profile development
    broker 1
    broker 2
    topic ok { partitions 1 replication-factor 2 }
    topic too-wide { partitions 1 replication-factor 3 }
}`);
        const r = await view(uri, 'c', []);
        expect(r.view!.racks).toHaveLength(1);
        expect(r.view!.racks[0].name).toBeUndefined();
        expect(r.view!.racks[0].action).toBeUndefined();
        expect(r.view!.topics.map((t) => t.name)).toEqual(['ok']);
        expect(r.view!.skippedTopics).toHaveLength(1);
        expect(r.view!.skippedTopics[0].topic).toBe('too-wide');
        expect(r.view!.skippedTopics[0].reason).toMatch(/replication-factor 3 .*2 brokers/);
    });

    test('an unclean election is reported as data loss', async () => {
        const uri = await open(`cluster c {
    profile development
    controllers 3
    broker 1
    broker 2
    topic t {
        partitions 1
        replication-factor 2
        config { unclean.leader.election.enable = true }
    }
}`);
        // Broker 2 leaves the ISR when 1 leads; 1 then fails as the last ISR member; 2 returns and is elected uncleanly.
        const r = await view(uri, 'c', [failBroker(2), failBroker(1), step({ kind: 'recover-broker', broker: 2 })]);
        expect(r.view!.dataLoss).toBe(true);
        expect(partition(r, 't', 0)).toMatchObject({ leader: 2, isr: [2] });
    });

    test('a missing cluster or an unbuildable model is a problem in words, with no view', async () => {
        const uri = await open(`cluster c {
    placement admin-utils
    broker 1 { rack "a" }
    broker 2
}`);
        const missing = await view(uri, 'nope', [failBroker(1)]);
        expect(missing.view).toBeUndefined();
        expect(missing.problem).toBe('The file has no cluster named nope.');
        expect(missing.items).toHaveLength(1);
        const unbuildable = await view(uri, 'c', [], undefined, 'ko');
        expect(unbuildable.view).toBeUndefined();
        expect(unbuildable.problem).toMatch(/^이 클러스터는 시뮬레이션할 수 없습니다: /);
    });
});

describe('what the last step changed', () => {
    test('fail broker 1: the one-line summary, and the partitions it moved carry their leader and ISR before', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1)]);
        expect(r.view!.change).toMatchObject({
            text: 'Broker 1 failed → 3 partitions moved leader, 9 ISRs shrank, all topics still writable (ISR ≥ min ISR 2)',
            tone: 'info',
            leaderMoves: 3,
            isrShrunk: 9,
            isrGrown: 0,
            wentOffline: 0,
            notWritableTopics: [],
            brokers: [1],
            controllers: []
        });
        expect(partition(r, 'order-created', 0).before).toEqual({ leader: 1, isr: [1, 2, 3] });
        expect(partition(r, 'order-created', 1).before).toEqual({ leader: 2, isr: [1, 2, 3] });
        expect(topic(r, 'order-created')).toMatchObject({ changed: true, producers: ['order-service'], line: 19 });
        expect(topic(r, 'order-created').groups).toEqual(['order-service', 'notification-service', 'stock-service']);
    });

    test('the healthy start has no summary; a second failure says which topics stop taking writes (Korean too)', async () => {
        const uri = await open(sample('order-platform.kafka'));
        expect((await view(uri, 'order-platform', [])).view!.change).toBeUndefined();
        const two = await view(uri, 'order-platform', [failBroker(1), failBroker(2)]);
        expect(two.view!.change!.text).toMatch(/^Broker 2 failed → quorum lost, .*3 topics not writable with acks=all: order-created, payment-completed, stock-reserved$/);
        expect(two.view!.change!.tone).toBe('bad');
        expect(partition(two, 'order-created', 0).before).toBeUndefined();
        const ko = await view(uri, 'order-platform', [failBroker(1)], undefined, 'ko');
        expect(ko.view!.change!.text).toBe('브로커 1 장애 → 파티션 3개 리더 이동, ISR 9개 축소, 모든 토픽 계속 쓰기 가능 (ISR ≥ min ISR 2)');
    });

    test('producers and groups name the topics they are blocked or stalled on; log lines name their topic', async () => {
        const uri = await open(sample('order-platform.kafka'));
        const r = await view(uri, 'order-platform', [failBroker(1), failBroker(2)]);
        const order = r.view!.producers.find((p) => p.name === 'order-service')!;
        expect(order.blockedTopics).toEqual(['order-created']);
        expect(order.line).toBe(38);
        const first = await view(uri, 'order-platform', [failBroker(1)]);
        const log = first.timeline[0].log;
        expect(log[0].topic).toBeUndefined();
        expect(log.filter((l) => l.topic === 'order-created')).toHaveLength(3);
    });
});

test('declaration lines follow an edit that re-parses one block in place (the cluster node stays, its blocks move)', async () => {
    const uri = 'file:///failover/lines/topology.kafka';
    const text = sample('order-platform.kafka');
    const workspace = services.shared.workspace;
    const set = async (version: number, content: string) => {
        workspace.TextDocuments.set(TextDocument.create(uri, 'kafka-topology', version, content));
        await workspace.DocumentBuilder.update([URI.parse(uri)], []);
    };
    await set(1, text);
    const lineOfTopic = (r: Awaited<ReturnType<typeof view>>, name: string) => topic(r, name).line;
    const before = await view(uri, 'order-platform', []);
    const cluster = workspace.LangiumDocuments.getDocument(URI.parse(uri))!.parseResult.value;
    const first = lineOfTopic(before, 'order-created')!;
    const last = lineOfTopic(before, 'stock-reserved')!;
    expect(text.split('\n')[last - 1]).toContain('stock-reserved');
    // A blank line typed inside the first topic's block: that block is parsed again, the rest shifts.
    const lines = text.split('\n');
    lines.splice(first, 0, '');
    await set(2, lines.join('\n'));
    expect(workspace.LangiumDocuments.getDocument(URI.parse(uri))!.parseResult.value).toBe(cluster);
    const after = await view(uri, 'order-platform', []);
    expect(lineOfTopic(after, 'order-created')).toBe(first);
    expect(lineOfTopic(after, 'stock-reserved')).toBe(last + 1);
});
