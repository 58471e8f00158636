// The settled state of a real cluster: partitions (leader, ISR, ELR, last known
// ELR), registered brokers, the quorum, and whether an acks=all produce and a
// fetch succeed. "Settled" = the failure detector has had its say (a crashed
// broker is fenced or the quorum is gone, a restarted one has registered or
// cannot) and two reads in a row agree; bounded, never a fixed sleep alone.
import type { KafkaCluster } from './cluster.js';
import { sleep } from './cluster.js';
import type { Described, DescribedPartition } from './probe-client.js';

export interface RealQuorum {
    readonly voters: number;
    /** Voters that fetched from the leader recently (or are running, when there is no leader). */
    readonly alive: number;
    readonly majority: number;
    readonly hasQuorum: boolean;
    readonly leaderId: number | null;
}

export interface RealPartition extends DescribedPartition {
    readonly writable?: boolean;
    readonly readable?: boolean;
    /** The probe's words when the produce or fetch failed. */
    readonly produceError?: string;
    readonly fetchError?: string;
}

export interface RealState {
    /** Empty when no broker is running (the metadata is then unobservable from a client). */
    readonly partitions: readonly RealPartition[];
    /** Registered, unfenced brokers (Admin describeCluster). */
    readonly brokers: readonly number[];
    readonly quorum: RealQuorum;
    /** Whether the state settled within the bound (false: the last read is reported). */
    readonly settled: boolean;
    readonly settleMillis: number;
    /** Broker processes running when the state was read. */
    readonly brokersRunning: number;
    /** Set when, after the probe's writes, a live in-sync replica did not learn its leader's high watermark in time (see at-rest.ts). */
    readonly replicationLag?: string;
}

/** A voter counts as alive when it fetched from the leader within this (controller.quorum.fetch.timeout.ms). */
const VOTER_FRESH_MS = 3000;
/** Longer than a KRaft election (fetch timeout 3 s, then an election timeout of 1.5 s) on a loaded machine. */
const NO_QUORUM_FIRM_MS = 6000;

export function quorumOf(cluster: KafkaCluster, described: Described): RealQuorum {
    const voters = cluster.voterIds.length;
    const majority = Math.floor(voters / 2) + 1;
    const q = described.quorum;
    const running = cluster.voterIds.filter((id) => cluster.isRunning(id)).length;
    if (q.error !== undefined || q.leaderId === undefined || q.leaderId < 0 || !q.voters) {
        return { voters, alive: running, majority, hasQuorum: false, leaderId: null };
    }
    const now = q.now ?? Date.now();
    const fresh = q.voters.filter((v) => v.id === q.leaderId || (v.lastFetchTimestamp !== undefined && now - v.lastFetchTimestamp <= VOTER_FRESH_MS)).length;
    return { voters, alive: fresh, majority, hasQuorum: fresh >= majority && cluster.isRunning(q.leaderId), leaderId: q.leaderId };
}

export interface SettleOptions {
    /** Observe at least this long after the step (a crash is detected only after the session timeout). */
    readonly minMillis?: number;
    readonly maxMillis?: number;
    readonly pollMillis?: number;
}

/**
 * Polls until the metadata is settled: with a quorum, the registered brokers are
 * exactly the running ones and every live replica of a partition with a live
 * leader is back in the ISR (catch-up done); without one, at least `minMillis`
 * have passed. In both cases the last two reads must agree.
 */
export async function settle(cluster: KafkaCluster, topics: readonly string[], options: SettleOptions = {}): Promise<RealState> {
    const started = Date.now();
    const minMillis = options.minMillis ?? 0;
    const maxMillis = options.maxMillis ?? 45_000;
    const probe = await cluster.probe();
    let previous: string | undefined;
    let previousLeaderEnd: number | undefined;
    let noQuorumSince: number | undefined;
    for (;;) {
        const described = await probe.describe(topics);
        const quorum = quorumOf(cluster, described);
        // Every running broker must have replicated the metadata log up to where the quorum leader
        // was at the previous read: a broker that restarted serves its own, older view until then.
        const caughtUp = previousLeaderEnd !== undefined && brokersCaughtUp(cluster, described, previousLeaderEnd);
        previousLeaderEnd = leaderLogEnd(described);
        noQuorumSince = quorum.hasQuorum ? undefined : (noQuorumSince ?? Date.now());
        const key = JSON.stringify([described.partitions, described.partitionsError !== undefined, described.brokers, quorum.hasQuorum, quorum.leaderId]);
        const elapsed = Date.now() - started;
        // A quorum counts as lost only once it has stayed lost longer than a controller election takes.
        const quorumVerdictFirm = quorum.hasQuorum || Date.now() - noQuorumSince! >= NO_QUORUM_FIRM_MS;
        if (key === previous && elapsed >= minMillis && quorumVerdictFirm && (!quorum.hasQuorum || caughtUp) && converged(cluster, described, quorum)) {
            return toState(cluster, described, quorum, true, elapsed);
        }
        if (elapsed >= maxMillis) return toState(cluster, described, quorum, false, elapsed);
        previous = key;
        await sleep(options.pollMillis ?? 400);
    }
}

function leaderLogEnd(described: Described): number | undefined {
    return described.quorum.voters?.find((v) => v.id === described.quorum.leaderId)?.logEndOffset;
}

function brokersCaughtUp(cluster: KafkaCluster, described: Described, leaderEnd: number): boolean {
    const replicas = [...(described.quorum.voters ?? []), ...(described.quorum.observers ?? [])];
    return cluster.brokerIds.filter((id) => cluster.isRunning(id)).every((id) => (replicas.find((r) => r.id === id)?.logEndOffset ?? -1) >= leaderEnd);
}

function converged(cluster: KafkaCluster, described: Described, quorum: RealQuorum): boolean {
    // With every broker down there is no one to ask about partitions: that is the settled view.
    if (!cluster.brokerIds.some((id) => cluster.isRunning(id))) return true;
    if (described.partitions === undefined || described.brokers === undefined) return false;
    if (!quorum.hasQuorum) return true;
    const running = cluster.brokerIds.filter((id) => cluster.isRunning(id));
    const registered = new Set(described.brokers);
    if (running.length !== registered.size || running.some((id) => !registered.has(id))) return false;
    // A broker restarted while the quorum was lost is listed by its old registration until it registers anew.
    if (running.some((id) => !cluster.hasBeenUnfenced(id))) return false;
    return described.partitions.every((p) => p.leader === null || !registered.has(p.leader) || p.replicas.every((r) => !registered.has(r) || p.isr.includes(r)));
}

function toState(cluster: KafkaCluster, described: Described, quorum: RealQuorum, settled: boolean, settleMillis: number): RealState {
    const brokersRunning = cluster.brokerIds.filter((id) => cluster.isRunning(id)).length;
    return { partitions: brokersRunning === 0 ? [] : described.partitions ?? [], brokers: described.brokers ?? [], quorum, settled, settleMillis, brokersRunning };
}

/** Adds the acks=all produce and fetch results to a settled state. */
export async function probeTraffic(cluster: KafkaCluster, state: RealState, timeoutMs = 3000): Promise<RealState> {
    const topics = [...new Set(state.partitions.map((p) => p.topic))];
    if (topics.length === 0) return state;
    const probe = await cluster.probe();
    let first = await probe.probe(topics, timeoutMs);
    // The probe first describes the topics through whichever broker its client picks; one that has
    // not applied the topics' creation yet answers "unknown topic" for topics the settled metadata
    // lists. That is a stale broker, not a verdict: asked again, briefly, before failing.
    for (let retry = 1; first.error !== undefined && /UnknownTopicOrPartition|LeaderNotAvailable/.test(first.error) && retry <= 5; retry++) {
        await new Promise((resolve) => setTimeout(resolve, 400 * retry));
        first = await probe.probe(topics, timeoutMs);
    }
    if (first.error !== undefined) throw new Error(`the produce/fetch probe failed: ${first.error}`);
    const produced: Record<string, string> = { ...first.produce };
    const fetched: Record<string, string> = { ...first.fetch };
    // A client-side timeout on a loaded machine is not a verdict: the topics with one are probed once
    // more, with three times the time. Nor is an unknown topic that the settled metadata lists: the
    // broker the fresh client asked had not applied the topic's creation yet.
    const notAVerdict = (v: string | undefined) => v !== undefined && v !== 'ok' && !v.startsWith('ok') && /Timeout|UnknownTopicOrPartition/i.test(v);
    // A partition whose leader process is not running cannot answer: its timeout is the verdict.
    const leaderRuns = (p: RealPartition) => p.leader !== null && cluster.isRunning(p.leader);
    const again = topics.filter((t) => state.partitions.some((p) => p.topic === t && leaderRuns(p) && (notAVerdict(produced[`${t}-${p.partition}`]) || notAVerdict(fetched[`${t}-${p.partition}`]))));
    if (again.length > 0) {
        const second = await probe.probe(again, timeoutMs * 3);
        if (second.error !== undefined) throw new Error(`the produce/fetch probe failed: ${second.error}`);
        for (const [key, value] of Object.entries(second.produce)) if (notAVerdict(produced[key])) produced[key] = value;
        for (const [key, value] of Object.entries(second.fetch)) if (notAVerdict(fetched[key])) fetched[key] = value;
    }
    const partitions = state.partitions.map((p) => {
        const key = `${p.topic}-${p.partition}`;
        const produce = produced[key];
        const fetch = fetched[key];
        return {
            ...p,
            writable: produce === 'ok',
            readable: fetch !== undefined && fetch.startsWith('ok'),
            ...(produce !== 'ok' ? { produceError: produce } : {}),
            ...(fetch === undefined || !fetch.startsWith('ok') ? { fetchError: fetch } : {})
        };
    });
    return { ...state, partitions };
}
