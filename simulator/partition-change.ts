// One partition change as the KRaft controller computes it, ELR included.
// Port of apache/kafka metadata/src/main/java/org/apache/kafka/controller/PartitionChangeBuilder.java
// (build, maybePopulateTargetElr, tryElection, electPreferredLeader, electAnyLeader,
// canElectLastKnownLeader, isValidNewLeader, maybeUpdateRecordElr,
// maybeUpdateLastKnownLeader) at tags 4.0.0 and 4.1.1; 4.2.0-rc1 is unchanged from
// 4.1.1, 4.3/4.4 only moved the ELR flag into the constructor. Reassignment,
// directories and the leader-epoch bumps are not modelled.
//
// Lists keep Kafka's order: the ELR and last known ELR are built from a
// java.util.HashSet, so they come out in HashSet iteration order (java-hash-order.ts).

import { capacityForCopyOf, JavaHashOrder } from './java-hash-order.js';
import type { BrokerId } from './model.js';
import type { LastKnownLeaderRule } from './releases.js';

/** PartitionRegistration's NO_LEADER. */
export const NO_LEADER_ID = -1;
/** PartitionChangeRecord's NO_LEADER_CHANGE. */
export const NO_LEADER_CHANGE = -2;

export type ElectionKind = 'ONLINE' | 'UNCLEAN' | 'PREFERRED';

export interface PartitionRegistrationLike {
    readonly replicas: readonly BrokerId[];
    readonly isr: readonly BrokerId[];
    readonly elr: readonly BrokerId[];
    readonly lastKnownElr: readonly BrokerId[];
    /** NO_LEADER_ID when the partition has none. */
    readonly leader: number;
    readonly recovering: boolean;
}

export interface PartitionChangeInput {
    readonly partition: PartitionRegistrationLike;
    readonly targetIsr: readonly BrokerId[];
    readonly election: ElectionKind;
    readonly isAcceptableLeader: (broker: BrokerId) => boolean;
    /** min(min.insync.replicas, RF) (ReplicationControlManager.getTopicEffectiveMinIsr). */
    readonly minIsr: number;
    readonly eligibleLeaderReplicasEnabled: boolean;
    /** Brokers that restarted after an unclean shutdown: they leave the ELR. */
    readonly uncleanShutdownReplicas?: readonly BrokerId[];
    /** The controller never turns it off; the upstream tests do. */
    readonly useLastKnownLeaderInBalancedRecovery?: boolean;
    readonly lastKnownLeaderRule?: LastKnownLeaderRule;
}

/** PartitionChangeRecord: absent fields are unchanged; leader NO_LEADER_CHANGE = unchanged. */
export interface PartitionChangeRecord {
    readonly leader: number;
    readonly isr?: readonly BrokerId[];
    readonly elr?: readonly BrokerId[];
    readonly lastKnownElr?: readonly BrokerId[];
    /** Set when an unclean election (or the last known leader's) marks the partition RECOVERING. */
    readonly recovering?: true;
    /** Not in Kafka's record: where a new leader came from, for the event log. */
    readonly via?: ElectedVia;
}

export type ElectedVia = 'isr' | 'elr' | 'last-known-leader' | 'unclean';

/** The empty list, shared: lists in records and states are never changed in place (≈ 2 fewer arrays per change). */
const NONE: readonly BrokerId[] = Object.freeze([]);

const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** `new HashSet<>(first)` plus `more`, iterated. */
function hashSetOrder(first: readonly number[], ...more: (readonly number[])[]): JavaHashOrder<number> {
    const set = new JavaHashOrder<number>((x) => x, (x) => x, capacityForCopyOf(first.length));
    for (const x of first) set.add(x);
    for (const list of more) for (const x of list) set.add(x);
    return set;
}

interface ElectionResult {
    readonly node: number;
    readonly unclean: boolean;
    readonly lastKnownLeader?: true;
}

const CLEAN_ELECTION_NONE: ElectionResult = { node: NO_LEADER_ID, unclean: false };

/** PartitionChangeBuilder.isValidNewLeader: in the target ISR (or, with it empty, the target ELR) and acceptable. */
function isValidNewLeader(input: PartitionChangeInput, targetIsr: readonly number[], targetElr: readonly number[], r: number): boolean {
    return (targetIsr.includes(r) || (targetIsr.length === 0 && targetElr.includes(r))) && input.isAcceptableLeader(r);
}

/** canElectLastKnownLeader. */
function canElectLastKnownLeader(input: PartitionChangeInput, targetIsr: readonly number[], targetElr: readonly number[], lastKnownLeaderOn: boolean, rule: LastKnownLeaderRule): boolean {
    if (!lastKnownLeaderOn) return false;
    if (targetElr.length > 0 || targetIsr.length > 0) return false;
    const { lastKnownElr } = input.partition;
    if (lastKnownElr.length !== 1) return false;
    // 4.0 returned true here even when the last known leader was not acceptable (KAFKA-19522).
    return rule === '4.0' || input.isAcceptableLeader(lastKnownElr[0]);
}

/**
 * electPreferredLeader / electAnyLeader (top-level functions, not closures: this runs for
 * every partition a step changes, and closures over the builder's state cost an object each).
 */
function electLeader(input: PartitionChangeInput, targetIsr: readonly number[], targetElr: readonly number[], lastKnownLeaderOn: boolean, rule: LastKnownLeaderRule): ElectionResult {
    const { partition } = input;
    const { replicas } = partition;
    if (input.election === 'PREFERRED') {
        const preferred = replicas[0];
        if (isValidNewLeader(input, targetIsr, targetElr, preferred)) return { node: preferred, unclean: false };
        if (partition.leader !== NO_LEADER_ID && isValidNewLeader(input, targetIsr, targetElr, partition.leader)) return { node: partition.leader, unclean: false };
        for (let i = 1; i < replicas.length; i++) if (isValidNewLeader(input, targetIsr, targetElr, replicas[i])) return { node: replicas[i], unclean: false };
        if (canElectLastKnownLeader(input, targetIsr, targetElr, lastKnownLeaderOn, rule)) return { node: partition.lastKnownElr[0], unclean: true, lastKnownLeader: true };
        return CLEAN_ELECTION_NONE;
    }
    if (partition.leader !== NO_LEADER_ID && isValidNewLeader(input, targetIsr, targetElr, partition.leader)) return { node: partition.leader, unclean: false };
    for (let i = 0; i < replicas.length; i++) if (isValidNewLeader(input, targetIsr, targetElr, replicas[i])) return { node: replicas[i], unclean: false };
    if (canElectLastKnownLeader(input, targetIsr, targetElr, lastKnownLeaderOn, rule)) return { node: partition.lastKnownElr[0], unclean: true, lastKnownLeader: true };
    if (input.election === 'UNCLEAN') {
        for (let i = 0; i < replicas.length; i++) if (input.isAcceptableLeader(replicas[i])) return { node: replicas[i], unclean: true };
    }
    return CLEAN_ELECTION_NONE;
}

/** PartitionChangeBuilder.build(); null when nothing changes (changeRecordIsNoOp). */
export function buildPartitionChangeRecord(input: PartitionChangeInput): PartitionChangeRecord | null {
    const { partition, minIsr } = input;
    const elrEnabled = input.eligibleLeaderReplicasEnabled;
    const useLastKnownLeader = input.useLastKnownLeaderInBalancedRecovery ?? true;
    const rule = input.lastKnownLeaderRule ?? '4.1';
    let targetIsr: readonly number[] = input.targetIsr;
    let targetElr: readonly number[] = partition.elr;
    let targetLastKnownElr: readonly number[] = partition.lastKnownElr;
    let recordLeader = NO_LEADER_CHANGE;
    let recordIsr: readonly number[] | undefined;
    let recordElr: readonly number[] | undefined;
    let recordLastKnownElr: readonly number[] | undefined;
    let recovering = false;
    let via: ElectedVia | undefined;

    // maybePopulateTargetElr
    if (elrEnabled) {
        if (targetIsr.length >= minIsr) {
            targetElr = NONE;
            targetLastKnownElr = NONE;
        } else {
            const isrSet = new Set(targetIsr);
            const unclean = new Set(input.uncleanShutdownReplicas ?? []);
            const candidates = hashSetOrder(targetElr, partition.isr);
            targetElr = candidates.keys().filter((r) => !isrSet.has(r) && !unclean.has(r));
            const elrSet = new Set(targetElr);
            for (const r of targetLastKnownElr) candidates.add(r);
            targetLastKnownElr = candidates.keys().filter((r) => !isrSet.has(r) && !elrSet.has(r));
        }
    }

    // electLeader
    const result = electLeader(input, targetIsr, targetElr, elrEnabled && useLastKnownLeader, rule);

    // tryElection
    if (result.node !== partition.leader) {
        via = result.lastKnownLeader ? 'last-known-leader' : result.unclean ? 'unclean' : 'isr';
        if (targetElr.includes(result.node)) {
            targetIsr = [result.node];
            targetElr = targetElr.filter((r) => r !== result.node);
            via = 'elr';
        }
        recordLeader = result.node;
        if (result.unclean) {
            recordIsr = [result.node];
            if (!partition.recovering) recovering = true;
        }
    }

    // maybeUpdateRecordElr
    const cleanElection = recordIsr === undefined;
    if (!cleanElection || !elrEnabled) {
        targetElr = NONE;
        targetLastKnownElr = NONE;
    }
    if (!sameList(targetElr, partition.elr)) recordElr = targetElr;
    if (
        useLastKnownLeader &&
        partition.lastKnownElr.length === 1 &&
        (recordLeader === NO_LEADER_ID || (recordLeader === NO_LEADER_CHANGE && partition.leader === NO_LEADER_ID))
    ) {
        targetLastKnownElr = partition.lastKnownElr;
    }
    if (!useLastKnownLeader && !sameList(targetLastKnownElr, partition.lastKnownElr)) recordLastKnownElr = targetLastKnownElr;

    // The ISR: with ELR on it may become empty.
    if (recordIsr === undefined && (targetIsr.length > 0 || elrEnabled) && !sameList(targetIsr, partition.isr)) recordIsr = targetIsr;

    // maybeUpdateLastKnownLeader
    if (useLastKnownLeader && elrEnabled) {
        if (rule === '4.1') {
            if (recordLeader === NO_LEADER_ID && partition.lastKnownElr.length === 0) recordLastKnownElr = [partition.leader];
            else if (recordLeader >= 0 && partition.lastKnownElr.length > 0) recordLastKnownElr = NONE;
        } else if (
            recordIsr !== undefined &&
            recordIsr.length === 0 &&
            (partition.lastKnownElr.length !== 1 || partition.lastKnownElr[0] !== partition.leader)
        ) {
            recordLastKnownElr = [partition.leader];
        } else if ((recordLeader >= 0 || (partition.leader !== NO_LEADER_ID && recordLeader !== NO_LEADER_ID)) && partition.lastKnownElr.length > 0) {
            recordLastKnownElr = NONE;
        }
    }

    if (recordLeader === NO_LEADER_CHANGE && !recordIsr && !recordElr && !recordLastKnownElr && !recovering) return null;
    // Only the fields that change, in this order (one object, not one per field).
    const record: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = { leader: recordLeader };
    if (recordIsr) record.isr = recordIsr;
    if (recordElr) record.elr = recordElr;
    if (recordLastKnownElr) record.lastKnownElr = recordLastKnownElr;
    if (recovering) record.recovering = true;
    if (via && recordLeader !== NO_LEADER_ID) record.via = via;
    return record;
}

/** PartitionRegistration.merge of a record (without the epochs). */
export function mergePartitionChange<P extends PartitionRegistrationLike>(partition: P, record: PartitionChangeRecord): PartitionRegistrationLike {
    return {
        replicas: partition.replicas,
        isr: record.isr ?? partition.isr,
        elr: record.elr ?? partition.elr,
        lastKnownElr: record.lastKnownElr ?? partition.lastKnownElr,
        leader: record.leader === NO_LEADER_CHANGE ? partition.leader : record.leader,
        recovering: record.recovering ?? partition.recovering
    };
}
