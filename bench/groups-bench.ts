// Issue 12's figures: KRaft's StripedReplicaPlacer placing 60 000 partitions on
// 99 brokers, and the broker-side `uniform` assignor (KIP-848) giving 10 000
// partitions to 500 members, from scratch and on a rebalance that starts from
// the current target assignment.
import { MockRandom, serverAssign, stripedPlace, topicPlacementSeed, type ServerAssignment, type ServerGroupSpec, type ServerMember } from '../simulator/index.js';
import { fmt, time, type Row } from './timing.js';

const brokers = Array.from({ length: 99 }, (_, i) => ({ id: i + 1, rack: `rack-${i % 3}` }));

function placeAll(topics: number, partitionsPerTopic: number): number {
    let placed = 0;
    for (let t = 0; t < topics; t++) {
        const result = stripedPlace(brokers, partitionsPerTopic, 3, new MockRandom(topicPlacementSeed(`topic-${t}`)));
        if (!result.ok) throw new Error(result.error.message);
        placed += result.value.length;
    }
    return placed;
}

const topicNames = Array.from({ length: 20 }, (_, i) => `topic-${String(i).padStart(2, '0')}`);
const partitionsPerTopic = new Map(topicNames.map((t) => [t, 500]));

function members(count: number, topicsOf: (i: number) => readonly string[], current?: ServerAssignment): ServerMember[] {
    return Array.from({ length: count }, (_, i) => {
        const memberId = `member-${String(i).padStart(3, '0')}`;
        const own = current?.get(memberId);
        return { memberId, topics: topicsOf(i), ...(own ? { current: own } : {}) };
    });
}

const spec = (m: readonly ServerMember[]): ServerGroupSpec => ({ members: m, partitionsPerTopic, kafkaVersion: '4.2' });
const assigned = (a: ServerAssignment): number => [...a.values()].reduce((n, topics) => n + [...topics.values()].reduce((k, ps) => k + ps.length, 0), 0);

export function groupsBench(rows: Row[]): void {
    const placement = time(5, () => placeAll(60, 1000));
    rows.push([`placement striped: ${placement.result} partitions (60 topics), RF 3, 99 brokers in 3 racks`, `${fmt(placement.ms)} ms`, '-']);

    const everyTopic = () => topicNames;
    const homogeneous = time(5, () => serverAssign('uniform', spec(members(500, everyTopic))));
    rows.push([`uniform, homogeneous: ${assigned(homogeneous.result)} partitions to 500 members`, `${fmt(homogeneous.ms)} ms`, '-']);

    // One member leaves: the target assignment starts from the current one.
    const leaving = members(500, everyTopic, homogeneous.result).slice(1);
    const rebalance = time(5, () => serverAssign('uniform', spec(leaving)));
    rows.push([`uniform, rebalance after one of 500 members leaves (${assigned(rebalance.result)} partitions)`, `${fmt(rebalance.ms)} ms`, '-']);

    // Heterogeneous: each member subscribes to 5 of the 20 topics.
    const someTopics = (i: number) => topicNames.filter((_, t) => (t + i) % 4 === 0);
    const heterogeneous = time(3, () => serverAssign('uniform', spec(members(500, someTopics))));
    rows.push([`uniform, heterogeneous (5 of 20 topics each): ${assigned(heterogeneous.result)} partitions to 500 members`, `${fmt(heterogeneous.ms)} ms`, '-']);
}
