// "What changed" in one line for the top of the failover view: the last step
// as a headline, then what it did to partitions, the quorum and groups, and
// whether every topic still takes acks=all writes. Counted while the view model
// walks the partitions (see failover-view-model.ts), so it stays linear.
import { quorumStatus, type ClusterModel, type BrokerId, type Step, type ClusterState } from '../../simulator/index.js';
import type { ChangeSummary, Locale, TopicView } from '../protocol.js';
import { catalogue } from '../messages/index.js';

/** Partition changes, counted by the view model. */
export interface PartitionChangeCounts {
    leaderMoves: number;
    isrShrunk: number;
    isrGrown: number;
    wentOffline: number;
}

export const noPartitionChanges = (): PartitionChangeCounts => ({ leaderMoves: 0, isrShrunk: 0, isrGrown: 0, wentOffline: 0 });

const changedMembers = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] => [...new Set([...a, ...b])].filter((x) => a.has(x) !== b.has(x));

export function summarizeChange(
    model: ClusterModel,
    before: ClusterState,
    after: ClusterState,
    step: Step,
    counts: PartitionChangeCounts,
    topics: readonly TopicView[],
    locale: Locale
): ChangeSummary {
    const m = catalogue(locale).failover;
    const brokers = changedMembers(before.aliveBrokers, after.aliveBrokers).sort((x: BrokerId, y: BrokerId) => x - y);
    const controllers = changedMembers(before.aliveControllers, after.aliveControllers).sort((x, y) => x - y);
    const notWritableTopics = topics.filter((t) => t.counts['not-writable'] + t.counts.offline > 0).map((t) => t.name);
    const quorumBefore = quorumStatus(model, before).hasQuorum;
    const quorumAfter = quorumStatus(model, after).hasQuorum;
    const rebalanced = after.groups.filter((g, i) => g.generation !== before.groups[i]?.generation).length;

    const parts: string[] = [];
    if (quorumBefore && !quorumAfter) parts.push(m.quorumLost);
    if (!quorumBefore && quorumAfter) parts.push(m.quorumRestored);
    if (counts.leaderMoves > 0) parts.push(m.leaderMoves(counts.leaderMoves));
    if (counts.wentOffline > 0) parts.push(m.wentOffline(counts.wentOffline));
    if (counts.isrShrunk > 0) parts.push(m.isrShrunk(counts.isrShrunk));
    if (counts.isrGrown > 0) parts.push(m.isrGrown(counts.isrGrown));
    const partitionsChanged = counts.leaderMoves + counts.wentOffline + counts.isrShrunk + counts.isrGrown > 0;
    if (rebalanced > 0) parts.push(m.rebalanced(rebalanced));
    if (!partitionsChanged && rebalanced === 0 && parts.length === 0) parts.push(m.nothingChanged);
    if (notWritableTopics.length > 0) parts.push(m.notWritable(notWritableTopics, notWritableTopics.length));
    else if (partitionsChanged && topics.length > 0) {
        const minIsrs = new Set(topics.map((t) => t.effectiveMinIsr));
        parts.push(m.allWritable(minIsrs.size === 1 ? topics[0].effectiveMinIsr : undefined));
    }
    const bad = counts.wentOffline > 0 || notWritableTopics.length > 0 || !quorumAfter;
    const tone = bad ? 'bad' : counts.isrGrown > 0 || (!quorumBefore && quorumAfter) ? 'good' : 'info';
    return {
        text: `${m.headline(step)} → ${parts.join(', ')}`,
        tone,
        ...counts,
        notWritableTopics,
        brokers,
        controllers
    };
}
