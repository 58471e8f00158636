// Fault tolerance per topic: the largest k such that EVERY set of k failed
// brokers (or racks) keeps the topic writable with acks=all, and separately
// readable. Each failure set is applied through the real step function, one
// broker (rack) at a time in id (name) order from the healthy cluster, so quorum
// effects count. Sets are enumerated depth-first so a set reuses the state of its
// prefix, on a one-topic copy of the model so a set only touches that topic's
// partitions. Exhaustive up to `maxFailures` failures or `maxFailureSets` sets;
// beyond that the result is a lower bound.

import { restrictToTopic, type ClusterModel } from './cluster.js';
import { isReadable, isWritable } from './derived.js';
import type { BrokerId, Step } from './model.js';
import { initialState, type ClusterState } from './state.js';
import { applyStep } from './steps.js';

export interface ToleranceBound {
    /** Failures survived: exact, or "at least" when `exact` is false. */
    readonly value: number;
    readonly exact: boolean;
    /** A smallest failure set that breaks it (broker ids or rack names), when one was found. */
    readonly brokenBy?: readonly (number | string)[];
}

export interface FailureTolerance {
    readonly writable: ToleranceBound;
    readonly readable: ToleranceBound;
    /** Failure sets evaluated. */
    readonly failureSets: number;
}

export interface TopicFaultTolerance {
    readonly topic: string;
    readonly brokers: FailureTolerance;
    /** Only when the brokers have racks. */
    readonly racks?: FailureTolerance;
}

export interface FaultToleranceOptions {
    /** Largest failure-set size enumerated exhaustively (default 3). */
    readonly maxFailures?: number;
    /** Most failure sets evaluated per topic and kind (default 20 000). */
    readonly maxFailureSets?: number;
    /** Only these topics (default: all modelled topics). */
    readonly topics?: readonly string[];
}

export const DEFAULT_MAX_FAILURES = 3;
export const DEFAULT_MAX_FAILURE_SETS = 20_000;

function binomial(n: number, k: number): number {
    if (k < 0 || k > n) return 0;
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return Math.round(r);
}

/** Largest depth K such that all sets of size 1..K fit the budget. */
function exhaustiveDepth(units: number, maxFailures: number, maxSets: number): number {
    let total = 0;
    let depth = 0;
    for (let k = 1; k <= Math.min(units, maxFailures); k++) {
        total += binomial(units, k);
        if (total > maxSets) break;
        depth = k;
    }
    return depth;
}

function tolerance<U extends number | string>(
    model: ClusterModel,
    units: readonly U[],
    fail: (unit: U) => Step,
    brokersOf: (unit: U) => readonly BrokerId[],
    maxFailures: number,
    maxSets: number
): FailureTolerance {
    const depth = exhaustiveDepth(units.length, maxFailures, maxSets);
    let bestWritable: U[] | undefined;
    let bestReadable: U[] | undefined;
    let sets = 0;
    // From the healthy state, fail steps only change partitions that host a failed
    // broker, and every other partition keeps all its replicas alive: only the
    // failed brokers' partitions can stop being writable or readable.
    const holds = (state: ClusterState, set: readonly U[]): { writable: boolean; readable: boolean } => {
        let writable = true;
        for (const unit of set) {
            for (const b of brokersOf(unit)) {
                for (const p of model.partitionsByBroker.get(b)!) {
                    if (!isReadable(state, 0, p)) return { writable: false, readable: false };
                    if (writable && !isWritable(model, state, 0, p)) writable = false;
                }
            }
        }
        return { writable, readable: true };
    };
    const limit = (): number => Math.min(depth, Math.max(bestWritable?.length ?? Infinity, bestReadable?.length ?? Infinity));
    const visit = (state: ClusterState, from: number, chosen: U[]): void => {
        for (let i = from; i < units.length; i++) {
            if (chosen.length + 1 > limit()) return;
            const result = applyStep(model, state, fail(units[i]), { events: false });
            if (!result.ok) continue;
            const set = [...chosen, units[i]];
            sets++;
            const h = holds(result.value.state, set);
            if (!h.writable && (!bestWritable || set.length < bestWritable.length)) bestWritable = set;
            if (!h.readable && (!bestReadable || set.length < bestReadable.length)) bestReadable = set;
            if (h.writable || h.readable) visit(result.value.state, i + 1, set);
        }
    };
    visit(initialState(model), 0, []);
    const bound = (broken: U[] | undefined): ToleranceBound =>
        broken ? { value: broken.length - 1, exact: true, brokenBy: broken } : { value: depth, exact: depth >= units.length };
    return { writable: bound(bestWritable), readable: bound(bestReadable), failureSets: sets };
}

export function analyzeFaultTolerance(model: ClusterModel, options: FaultToleranceOptions = {}): TopicFaultTolerance[] {
    const maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
    const maxSets = options.maxFailureSets ?? DEFAULT_MAX_FAILURE_SETS;
    const wanted = options.topics ? new Set(options.topics) : undefined;
    const result: TopicFaultTolerance[] = [];
    for (const topic of model.topics) {
        if (wanted && !wanted.has(topic.name)) continue;
        const sub = restrictToTopic(model, topic.index);
        const brokers = tolerance(sub, model.brokerIds, (broker): Step => ({ kind: 'fail-broker', broker }), (b) => [b], maxFailures, maxSets);
        const racks =
            model.racks.length > 0
                ? tolerance(sub, model.racks, (rack): Step => ({ kind: 'fail-rack', rack }), (rack) => model.brokersByRack.get(rack)!, maxFailures, maxSets)
                : undefined;
        result.push(racks ? { topic: topic.name, brokers, racks } : { topic: topic.name, brokers });
    }
    return result;
}
