// The uniform assignor when members subscribe to different topics.
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/UniformHeterogeneousAssignmentBuilder.java
// Read at 4.0.0, 4.1.0, 4.1.1 and 4.2.0-rc1: no change in behaviour between them.
//
// Steps: keep each member's current partitions of topics it still subscribes to;
// deal the unassigned partitions topic by topic (most partitions per subscriber
// first) to the least-loaded subscriber; then move partitions from the most to
// the least loaded subscribers of each topic, at most MAX_ITERATION_COUNT rounds.

import type { ServerAssignment, ServerGroupSpec } from './group-spec.js';

const MAX_ITERATION_COUNT = 16;

export function uniformHeterogeneous(spec: ServerGroupSpec): ServerAssignment {
    const { members, partitionsPerTopic } = spec;
    const memberIds = members.map((m) => m.memberId);
    const memberIndex = new Map(memberIds.map((id, i) => [id, i]));
    const subscriptions = members.map((m) => new Set(m.topics.filter((t) => partitionsPerTopic.has(t))));
    const topicSubscribers = new Map<string, number[]>();
    subscriptions.forEach((topics, i) => {
        for (const t of topics) {
            const list = topicSubscribers.get(t);
            if (list) list.push(i);
            else topicSubscribers.set(t, [i]);
        }
    });
    const target: ServerAssignment = new Map();
    if (topicSubscribers.size === 0) return target;

    const rankOf = topicRanker(spec);
    const sizes = new Int32Array(members.length);
    const owners = new Map<string, Int32Array>();
    for (const t of topicSubscribers.keys()) owners.set(t, new Int32Array(partitionsPerTopic.get(t)!).fill(-1));

    const partitionsOf = (t: string): number => partitionsPerTopic.get(t)!;
    const compareTopics = (a: string, b: string): number => {
        const sa = topicSubscribers.get(a)!.length;
        const sb = topicSubscribers.get(b)!.length;
        // Partitions per subscriber descending (Double.compare), then subscribers ascending, then topic id.
        return javaDoubleCompare(partitionsOf(b) / sb, partitionsOf(a) / sa) || sa - sb || rankOf(a) - rankOf(b);
    };
    const compareMembers = (a: number, b: number): number => sizes[a] - sizes[b] || a - b;

    // maybeRevokePartitions: keep what is still subscribed.
    for (const m of members) {
        const i = memberIndex.get(m.memberId)!;
        const kept = new Map<string, number[]>();
        for (const [t, ps] of m.current ?? []) {
            if (!subscriptions[i].has(t)) continue;
            const topicOwners = owners.get(t)!;
            sizes[i] += ps.length;
            for (const p of ps) if (p < topicOwners.length) topicOwners[p] = i;
            kept.set(t, [...ps]);
        }
        target.set(m.memberId, kept);
    }

    const add = (t: string, p: number, i: number): void => {
        const assignment = target.get(memberIds[i])!;
        const list = assignment.get(t);
        if (list) list.push(p);
        else assignment.set(t, [p]);
        owners.get(t)![p] = i;
        sizes[i]++;
    };
    const remove = (t: string, p: number, i: number): void => {
        const assignment = target.get(memberIds[i])!;
        const list = assignment.get(t);
        if (list) {
            const at = list.indexOf(p);
            if (at >= 0) list.splice(at, 1);
            if (list.length === 0) assignment.delete(t);
        }
        owners.get(t)![p] = -1;
        sizes[i]--;
    };
    const assignPartition = (t: string, p: number, i: number): void => {
        const old = owners.get(t)![p];
        if (old !== -1) remove(t, p, old);
        add(t, p, i);
    };

    // assignRemainingPartitions
    const unassigned = new Map<string, number[]>();
    for (const [t, topicOwners] of owners) {
        const free: number[] = [];
        topicOwners.forEach((o, p) => o === -1 && free.push(p));
        if (free.length > 0) unassigned.set(t, free);
    }
    const balancer = new MemberAssignmentBalancer(sizes, compareMembers);
    for (const t of [...unassigned.keys()].sort(compareTopics)) {
        balancer.initialize(topicSubscribers.get(t)!);
        for (const p of unassigned.get(t)!) assignPartition(t, p, balancer.nextLeastLoadedMember());
    }

    // balance: only topics with two or more subscribers can move.
    const movable = [...topicSubscribers.keys()].filter((t) => topicSubscribers.get(t)!.length >= 2).sort(compareTopics);
    if (movable.length === 0) return target;
    let lastRebalanced = -1;
    for (let round = 0; round < MAX_ITERATION_COUNT; round++) {
        for (let ti = 0; ti < movable.length; ti++) {
            if (ti === lastRebalanced) return target;
            const moved = balanceTopic(movable[ti], topicSubscribers.get(movable[ti])!, owners.get(movable[ti])!, balancer, assignPartition);
            if (moved > 0 || lastRebalanced === -1) lastRebalanced = ti;
        }
    }
    return target;
}

function balanceTopic(
    topic: string,
    subscribers: readonly number[],
    partitionOwners: Int32Array,
    balancer: MemberAssignmentBalancer,
    assignPartition: (t: string, p: number, i: number) => void
): number {
    let moved = 0;
    if (balancer.initialize(subscribers) <= 1) return moved;
    // Partitions grouped by owner (then by partition), and each owner's range in that list.
    const partitions = Array.from({ length: partitionOwners.length }, (_, p) => p).sort((a, b) => partitionOwners[a] - partitionOwners[b] || a - b);
    const start = new Map<number, number>();
    const end = new Map<number, number>();
    partitions.forEach((p, i) => {
        const owner = partitionOwners[p];
        if (!start.has(owner)) start.set(owner, i);
        end.set(owner, i + 1);
    });
    while (!balancer.isBalanced()) {
        let mostLoaded: number;
        for (;;) {
            mostLoaded = balancer.nextMostLoadedMember();
            if (mostLoaded === -1) break;
            if (!end.has(mostLoaded) || end.get(mostLoaded)! - start.get(mostLoaded)! <= 0) {
                balancer.excludeMostLoadedMember();
                continue;
            }
            break;
        }
        if (mostLoaded === -1) break;
        const partition = partitions[end.get(mostLoaded)! - 1];
        end.set(mostLoaded, end.get(mostLoaded)! - 1);
        const leastLoaded = balancer.nextLeastLoadedMember();
        if (balancer.isBalanced()) break;
        assignPartition(topic, partition, leastLoaded);
        moved++;
    }
    return moved;
}

/** `MemberAssignmentBalancer`: a least-loaded range growing rightwards and a most-loaded range growing leftwards. */
class MemberAssignmentBalancer {
    private sorted: number[] = [];
    private leastLoadedRangeEnd = 0;
    private leastLoadedRangePartitionCount = -1;
    private nextLeast = 0;
    private mostLoadedRangeStart = 0;
    private mostLoadedRangeEnd = 0;
    private mostLoadedRangePartitionCount = 1;
    private nextMost = -1;

    constructor(private readonly sizes: Int32Array, private readonly compare: (a: number, b: number) => number) {}

    /** Returns the spread between the most and the least loaded member. */
    initialize(members: readonly number[]): number {
        const s = this.sizes;
        this.sorted = [...members].sort(this.compare);
        const n = this.sorted.length;
        this.leastLoadedRangeEnd = 0;
        this.leastLoadedRangePartitionCount = s[this.sorted[0]] - 1;
        this.nextLeast = 0;
        this.mostLoadedRangeStart = n;
        this.mostLoadedRangeEnd = n;
        this.mostLoadedRangePartitionCount = s[this.sorted[n - 1]] + 1;
        this.nextMost = n - 1;
        return s[this.sorted[n - 1]] - s[this.sorted[0]];
    }

    nextLeastLoadedMember(): number {
        const s = this.sizes;
        if (this.nextLeast >= this.leastLoadedRangeEnd) {
            this.leastLoadedRangePartitionCount++;
            while (this.leastLoadedRangeEnd < this.sorted.length && s[this.sorted[this.leastLoadedRangeEnd]] === this.leastLoadedRangePartitionCount) {
                this.leastLoadedRangeEnd++;
            }
            this.nextLeast = 0;
        }
        return this.sorted[this.nextLeast++];
    }

    nextMostLoadedMember(): number {
        const s = this.sizes;
        if (this.nextMost < this.mostLoadedRangeStart) {
            if (this.mostLoadedRangeEnd <= this.mostLoadedRangeStart && this.mostLoadedRangeStart > 0) {
                // The range was emptied by exclusions: restart from the next member down.
                this.mostLoadedRangePartitionCount = s[this.sorted[this.mostLoadedRangeStart - 1]];
            } else {
                this.mostLoadedRangePartitionCount--;
            }
            while (this.mostLoadedRangeStart > 0 && s[this.sorted[this.mostLoadedRangeStart - 1]] === this.mostLoadedRangePartitionCount) {
                this.mostLoadedRangeStart--;
            }
            this.nextMost = this.mostLoadedRangeEnd - 1;
        }
        if (this.nextMost < 0) return -1;
        return this.sorted[this.nextMost--];
    }

    excludeMostLoadedMember(): void {
        const at = this.nextMost + 1;
        const member = this.sorted[at];
        this.sorted[at] = this.sorted[this.mostLoadedRangeEnd - 1];
        this.sorted[this.mostLoadedRangeEnd - 1] = member;
        this.mostLoadedRangeEnd--;
    }

    isBalanced(): boolean {
        return this.mostLoadedRangePartitionCount - this.leastLoadedRangePartitionCount <= 1;
    }
}

/** `Double.compare` for finite values. */
const javaDoubleCompare = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

function topicRanker(spec: ServerGroupSpec): (topic: string) => number {
    const rank = spec.topicRank ?? new Map([...spec.partitionsPerTopic.keys()].map((t, i) => [t, i]));
    return (t) => rank.get(t) ?? Number.MAX_SAFE_INTEGER;
}
