// What a language must be able to say about the simulator's observations and events.

import type { ClusterBuildError, SkippedTopicReason } from '../cluster.js';
import type { SimEvent, TopicEventSummary } from '../events.js';
import type { Observation } from '../expectations.js';
import type { StepError } from '../steps.js';


export interface Phrasebook {
    observation(observation: Observation): string;
    event(event: SimEvent): string;
    topicSummary(summary: TopicEventSummary): string;
    stepError(error: StepError): string;
    buildError(error: ClusterBuildError): string;
    /** Why a topic is not in the model, e.g. "replication-factor 5 is larger than the 3 brokers". */
    skippedTopic(reason: SkippedTopicReason): string;
}

export const list = (ids: readonly (number | string)[]): string => `[${ids.join(',')}]`;
