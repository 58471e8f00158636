// The part of a cluster a scenario's outcomes read. A step's success and whether it has an
// effect depend on the brokers, racks and controllers alone; a topic expectation reads its
// topic, a quorum expectation the voters; a member step and a group expectation read their
// group and its topics. A scenario is run on the cluster restricted to what it names
// (restrictToTopics: the same leaders, ISR, ELR and group assignments), so a drill that checks
// one topic of thousands walks one. `no data-loss` reads every topic that can lose data (below).

import { restrictToTopics, type ClusterModel } from './cluster.js';
import type { BrokerId, Step } from './model.js';
import type { ScenarioItem } from './scenario-walk.js';

const CLUSTER_STEPS: ReadonlySet<Step['kind']> = new Set(['fail-broker', 'recover-broker', 'stop-broker', 'fail-rack', 'recover-rack', 'fail-controller', 'recover-controller', 'elect-preferred']);

/** A step that acts on brokers, racks, controllers and leaders only (not on groups): a topic's partitions see it the same on any restriction. */
export const actsOnClusterOnly = (step: Step): boolean => CLUSTER_STEPS.has(step.kind);

export function scenarioScope(model: ClusterModel, items: readonly ScenarioItem[]): ClusterModel {
    const topics = new Set<number>();
    const groups = new Set<number>();
    const named = new Set<BrokerId>();
    let dataLoss = false;
    const addGroup = (name: string): void => {
        const g = model.groupIndex.get(name);
        if (g === undefined || groups.has(g)) return;
        groups.add(g);
        for (const t of model.groups[g].topics) topics.add(t);
    };
    for (const item of items) {
        if (item.kind === 'step') {
            const { step } = item;
            if (step.kind === 'member-leave' || step.kind === 'member-join') addGroup(step.group);
            else if (!actsOnClusterOnly(step)) return model;
            for (const b of brokersNamedBy(model, step)) named.add(b);
            continue;
        }
        const { expectation } = item;
        if (expectation.kind === 'topic') {
            const t = model.topicIndex.get(expectation.topic);
            if (t !== undefined) topics.add(t);
        } else if (expectation.kind === 'group-balanced') {
            addGroup(expectation.group);
        } else if (expectation.kind === 'no-data-loss') {
            dataLoss = true;
        } else if (expectation.kind !== 'quorum') {
            return model;
        }
    }
    if (dataLoss) for (const t of topicsThatCanLoseData(model, named)) topics.add(t);
    if (topics.size === model.topics.length && groups.size === model.groups.length) return model;
    const ascending = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);
    return restrictToTopics(model, ascending(topics), ascending(groups));
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
 * rack). A scenario starts from the healthy cluster (runScenario, initialState), where a replica
 * on any other broker is in the ISR; it stays there, alive and acceptable, through every step, so
 * its partition always elects its leader from the ISR: an unclean election, or one of the last
 * known leader (which needs an empty ISR), cannot happen there.
 */
function topicsThatCanLoseData(model: ClusterModel, named: ReadonlySet<BrokerId>): number[] {
    const found: number[] = [];
    if (named.size === 0) return found;
    for (const topic of model.topics) {
        if (topic.replicas.some((replicas) => replicas.every((r) => named.has(r)))) found.push(topic.index);
    }
    return found;
}
