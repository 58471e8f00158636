// A step on a large cluster changes a few topics of hundreds, but the view model
// carries every partition (≈ 900 kB on 99 brokers × 500 topics): posting all of it
// to the webview on every step was most of a step's round trip. The panel sends
// the topics that differ from the update it sent before, by index; the webview
// puts them into the topics it holds. Pure: the browser bundle imports it too.
import type { FailoverViewResult, TopicView } from '../../language-server/protocol.js';

/** Replaces topics of the update numbered `base` (same number of topics, same order). */
export interface TopicsPatch {
    readonly base: number;
    readonly changed: readonly (readonly [index: number, topic: TopicView])[];
}

/** What the sender remembers of an update it sent: its number and each topic as JSON. */
export interface SentTopics {
    readonly seq: number;
    readonly topics: readonly string[];
}

/**
 * The result to post for update `seq` and what to remember of it: a patch against
 * `previous` when the topics line up and fewer than half changed, else the whole result.
 */
export function diffTopics(
    result: FailoverViewResult,
    seq: number,
    previous: SentTopics | undefined
): { readonly result: FailoverViewResult; readonly topicsPatch?: TopicsPatch; readonly sent: SentTopics } {
    const view = result.view;
    const topics = view ? view.topics.map((t) => JSON.stringify(t)) : [];
    const sent: SentTopics = { seq, topics };
    if (!view || !previous || previous.topics.length !== topics.length || topics.length === 0) return { result, sent };
    const changed: (readonly [number, TopicView])[] = [];
    topics.forEach((json, i) => {
        if (json !== previous.topics[i]) changed.push([i, view.topics[i]]);
    });
    if (changed.length * 2 > topics.length) return { result, sent };
    return { result: { ...result, view: { ...view, topics: [] } }, topicsPatch: { base: previous.seq, changed }, sent };
}

/**
 * The whole result from a patched one and the update it patches (`undefined` when
 * the webview does not hold update `patch.base`: it then asks for the whole view).
 */
export function applyTopicsPatch(result: FailoverViewResult, patch: TopicsPatch, base: { readonly seq: number; readonly result: FailoverViewResult } | undefined): FailoverViewResult | undefined {
    const baseTopics = base?.result.view?.topics;
    if (!base || base.seq !== patch.base || !baseTopics || !result.view) return undefined;
    const topics = [...baseTopics];
    for (const [index, topic] of patch.changed) {
        if (index < 0 || index >= topics.length) return undefined;
        topics[index] = topic;
    }
    return { ...result, view: { ...result.view, topics } };
}
