// INTEROP.md §3: what changes between two versions of a topology, and what each
// change does to a running cluster. Pure: Topology in, changes out.
import { CHANGE_CODES, type ChangeCode, type ChangeSeverity } from './change-codes.js';
import { kafkaDefault, sameConfigValue } from './config-text.js';
import { movedKeyShare } from './moved-keys.js';
import type { Locale } from '../simulator/index.js';
import { percent, planMessage } from './messages/index.js';
import type { Topology, TopologyTopic } from './topology.js';

export type ChangeValue = number | string | readonly (readonly number[])[] | null;

export interface PlannedChange {
    readonly code: ChangeCode;
    readonly severity: ChangeSeverity;
    readonly cluster: string;
    readonly topic: string;
    readonly message: string;
    readonly old: ChangeValue;
    readonly new: ChangeValue;
    /** keyed-topic-repartitioned only: the share of keys that move, in [0, 1]. */
    readonly movedKeyShare?: number;
    /** 0-based line of the topic in the new file (absent for a topic that is gone). */
    readonly line?: number;
    /** The config key, for retention-shortened. */
    readonly key?: string;
}

const RETENTION_KEYS = ['retention.ms', 'retention.bytes'] as const;

/** Every change between the clusters of two file versions, matched by cluster name. */
export function planChanges(before: readonly Topology[], after: readonly Topology[], locale: Locale = 'en'): PlannedChange[] {
    const changes: PlannedChange[] = [];
    for (const old of before) {
        const next = after.find((t) => t.cluster === old.cluster) ?? { ...old, topics: [] };
        changes.push(...planCluster(old, next, locale));
    }
    return changes;
}

export function planCluster(before: Topology, after: Topology, locale: Locale = 'en'): PlannedChange[] {
    const changes: PlannedChange[] = [];
    const add = (code: ChangeCode, topic: TopologyTopic, args: Record<string, string | number>, old: ChangeValue, next: ChangeValue, extra: Partial<PlannedChange> = {}) =>
        changes.push({
            code, severity: CHANGE_CODES[code], cluster: before.cluster, topic: topic.name,
            message: planMessage(locale, code, { topic: topic.name, ...args }), old, new: next, ...extra
        });
    const afterByName = new Map(after.topics.map((t) => [t.name, t]));
    const beforeNames = new Set(before.topics.map((t) => t.name));
    const added = after.topics.filter((t) => !beforeNames.has(t.name));
    for (const old of before.topics) {
        const next = afterByName.get(old.name);
        if (!next) {
            const renamed = added.findIndex((candidate) => sameSettings(old, candidate));
            if (renamed >= 0) {
                const [target] = added.splice(renamed, 1);
                add('topic-renamed', target, { old: old.name, new: target.name }, old.name, target.name, { line: target.line });
            } else {
                add('topic-deleted', old, {}, old.name, null);
            }
            continue;
        }
        const line = { line: next.line };
        if (next.partitions < old.partitions) {
            add('partitions-decreased', next, { old: old.partitions, new: next.partitions }, old.partitions, next.partitions, line);
        } else if (next.partitions > old.partitions && (next.keyed || old.keyed)) {
            const share = movedKeyShare(old.partitions, next.partitions);
            add('keyed-topic-repartitioned', next, { old: old.partitions, new: next.partitions, share: percent(share) }, old.partitions, next.partitions, { ...line, movedKeyShare: share });
        }
        if (next.replicationFactor !== old.replicationFactor) {
            add('replication-factor-changed', next, { old: old.replicationFactor, new: next.replicationFactor }, old.replicationFactor, next.replicationFactor, line);
        } else if (next.assignment) {
            const from = old.assignment ?? old.layout;
            const moved = changedPartitions(from, next.assignment);
            if (from && moved > 0) add('assignment-changed', next, { count: moved }, from, next.assignment, line);
        }
        for (const key of RETENTION_KEYS) {
            const was = effective(old, key);
            const now = effective(next, key);
            if (was !== undefined && now !== undefined && shortened(Number(was), Number(now))) add('retention-shortened', next, { key, old: was, new: now }, Number(was), Number(now), { ...line, key });
        }
        const policyWas = effective(old, 'cleanup.policy');
        const policyNow = effective(next, 'cleanup.policy');
        if (policyWas !== undefined && policyNow !== undefined && !sameConfigValue('cleanup.policy', policyWas, policyNow)) {
            add('cleanup-policy-changed', next, { old: policyWas, new: policyNow }, policyWas, policyNow, line);
        }
        const minIsrWas = Number(effective(old, 'min.insync.replicas') ?? 1);
        const minIsrNow = Number(effective(next, 'min.insync.replicas') ?? 1);
        if (minIsrNow > minIsrWas && minIsrNow > next.smallestIsr) {
            add('min-insync-raised', next, { old: minIsrWas, new: minIsrNow, isr: next.smallestIsr }, minIsrWas, minIsrNow, line);
        }
    }
    return changes;
}

function effective(topic: TopologyTopic, key: string): string | undefined {
    return topic.configs[key] ?? kafkaDefault(key);
}

/** A smaller limit; -1 means unlimited, so anything finite after it is shorter. */
function shortened(was: number, now: number): boolean {
    if (now < 0) return false;
    return was < 0 || now < was;
}

function changedPartitions(from: readonly (readonly number[])[] | undefined, to: readonly (readonly number[])[]): number {
    if (!from) return 0;
    let moved = 0;
    to.forEach((replicas, p) => {
        const was = from[p];
        if (was && (was.length !== replicas.length || was.some((b, i) => b !== replicas[i]))) moved++;
    });
    return moved;
}

/** A rename candidate: same partitions, RF, pinned lists and configs. */
function sameSettings(a: TopologyTopic, b: TopologyTopic): boolean {
    if (a.partitions !== b.partitions || a.replicationFactor !== b.replicationFactor) return false;
    if (JSON.stringify(a.assignment ?? null) !== JSON.stringify(b.assignment ?? null)) return false;
    const keys = new Set([...Object.keys(a.configs), ...Object.keys(b.configs)]);
    for (const key of keys) {
        const x = effective(a, key);
        const y = effective(b, key);
        if (x === undefined || y === undefined ? x !== y : !sameConfigValue(key, x, y)) return false;
    }
    return true;
}
