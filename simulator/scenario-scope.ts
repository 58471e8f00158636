// The part of a cluster a scenario's outcomes read. A step's success and whether it has an
// effect depend on the brokers, racks and controllers alone; a topic expectation reads its
// topic, a quorum expectation the voters. A scenario that asks only those is run on the
// cluster restricted to the topics it names (restrictToTopics: the same leaders, ISR and
// ELR), so a drill that checks one topic of thousands walks one. `no data-loss` reads every
// topic, and member steps and group expectations read groups: those run on the whole cluster.

import { restrictToTopics, type ClusterModel } from './cluster.js';
import type { Step } from './model.js';
import type { ScenarioItem } from './scenario-walk.js';

const CLUSTER_STEPS: ReadonlySet<Step['kind']> = new Set(['fail-broker', 'recover-broker', 'stop-broker', 'fail-rack', 'recover-rack', 'fail-controller', 'recover-controller', 'elect-preferred']);

/** A step that acts on brokers, racks, controllers and leaders only (not on groups): a topic's partitions see it the same on any restriction. */
export const actsOnClusterOnly = (step: Step): boolean => CLUSTER_STEPS.has(step.kind);

export function scenarioScope(model: ClusterModel, items: readonly ScenarioItem[]): ClusterModel {
    const topics = new Set<number>();
    for (const item of items) {
        if (item.kind === 'step') {
            if (!actsOnClusterOnly(item.step)) return model;
            continue;
        }
        const { expectation } = item;
        if (expectation.kind === 'topic') {
            const t = model.topicIndex.get(expectation.topic);
            if (t !== undefined) topics.add(t);
        } else if (expectation.kind !== 'quorum') {
            return model;
        }
    }
    if (topics.size === model.topics.length) return model;
    return restrictToTopics(model, [...topics].sort((a, b) => a - b));
}
