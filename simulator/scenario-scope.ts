// The part of a cluster a scenario's outcomes read. A step's success and whether it has an
// effect depend on the brokers, racks and controllers alone; a topic expectation reads its
// topic, a quorum expectation the voters. A scenario that asks only those is run on the
// cluster restricted to the topics it names (restrictToTopics: the same leaders, ISR and
// ELR), so a drill that checks one topic of thousands walks one. `no data-loss` reads every
// topic that can lose data (below); member steps and group expectations read groups: those
// run on the whole cluster.

import { restrictToTopics, type ClusterModel } from './cluster.js';
import type { BrokerId, Step } from './model.js';
import type { ScenarioItem } from './scenario-walk.js';

const CLUSTER_STEPS: ReadonlySet<Step['kind']> = new Set(['fail-broker', 'recover-broker', 'stop-broker', 'fail-rack', 'recover-rack', 'fail-controller', 'recover-controller', 'elect-preferred']);

/** A step that acts on brokers, racks, controllers and leaders only (not on groups): a topic's partitions see it the same on any restriction. */
export const actsOnClusterOnly = (step: Step): boolean => CLUSTER_STEPS.has(step.kind);

export function scenarioScope(model: ClusterModel, items: readonly ScenarioItem[]): ClusterModel {
    const topics = new Set<number>();
    const named = new Set<BrokerId>();
    let dataLoss = false;
    for (const item of items) {
        if (item.kind === 'step') {
            if (!actsOnClusterOnly(item.step)) return model;
            for (const b of brokersNamedBy(model, item.step)) named.add(b);
            continue;
        }
        const { expectation } = item;
        if (expectation.kind === 'topic') {
            const t = model.topicIndex.get(expectation.topic);
            if (t !== undefined) topics.add(t);
        } else if (expectation.kind === 'no-data-loss') {
            dataLoss = true;
        } else if (expectation.kind !== 'quorum') {
            return model;
        }
    }
    if (dataLoss) for (const t of topicsThatCanLoseData(model, named)) topics.add(t);
    if (topics.size === model.topics.length) return model;
    return restrictToTopics(model, [...topics].sort((a, b) => a - b));
}

function brokersNamedBy(model: ClusterModel, step: Step): readonly BrokerId[] {
    switch (step.kind) {
        case 'fail-broker':
        case 'stop-broker':
        case 'recover-broker':
            return [step.broker];
        case 'fail-rack':
        case 'recover-rack':
            return model.brokersByRack.get(step.rack) ?? [];
        default:
            return [];
    }
}

/**
 * Topics with a partition whose every replica is on a broker the steps name (directly or by its
 * rack). A replica on any other broker starts in the ISR and stays there, alive and acceptable,
 * through every step, so its partition always elects its leader from the ISR: an unclean
 * election, or one of the last known leader (which needs an empty ISR), cannot happen there.
 */
function topicsThatCanLoseData(model: ClusterModel, named: ReadonlySet<BrokerId>): number[] {
    const found: number[] = [];
    if (named.size === 0) return found;
    for (const topic of model.topics) {
        if (topic.replicas.some((replicas) => replicas.every((r) => named.has(r)))) found.push(topic.index);
    }
    return found;
}
