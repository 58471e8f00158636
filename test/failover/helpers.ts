// Shared set-up of the failover tests: a document built by the test services,
// the request handlers the server registers, and short names for steps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FailoverRequests } from '../../language-server/failover/failover-requests.js';
import type { Locale, FailoverViewResult, PartitionView, TimelineItem, TopicView } from '../../language-server/protocol.js';
import type { Expectation, Step } from '../../simulator/model.js';
import { REPO } from '../support/markers.js';
import { language, services, validate } from '../support/language.js';

export const requests = new FailoverRequests(services.shared, language);

export const sample = (name: string): string => readFileSync(join(REPO, 'samples', name), 'utf8');

/** Parses and validates `text`; returns its URI for the requests. */
export async function open(text: string): Promise<string> {
    const { document } = await validate(text);
    return document.uri.toString();
}

export const step = (s: Step): TimelineItem => ({ kind: 'step', step: s });
export const expectation = (e: Expectation): TimelineItem => ({ kind: 'expect', expectation: e });
export const failBroker = (broker: number): TimelineItem => step({ kind: 'fail-broker', broker });
export const recoverBroker = (broker: number): TimelineItem => step({ kind: 'recover-broker', broker });

export async function view(uri: string, cluster: string, items: readonly TimelineItem[], position?: number, locale?: Locale): Promise<FailoverViewResult> {
    return requests.failoverView({ uri, cluster, items, position, locale });
}

export function topic(result: FailoverViewResult, name: string): TopicView {
    const t = result.view?.topics.find((x) => x.name === name);
    if (!t) throw new Error(`no topic ${name} in the view`);
    return t;
}

export const partition = (result: FailoverViewResult, name: string, p: number): PartitionView => topic(result, name).partitions[p];

export const logOf = (result: FailoverViewResult): string[] => result.timeline.flatMap((e) => e.log.map((l) => l.text));
