// A failover view as a patch of the one before it. A step on 99 brokers × 500
// topics changes a few dozen topics of 500, yet the view carries every
// partition (≈ 900 kB of JSON): both legs of a step's answer — language server →
// extension host → webview — send only the topics that differ (by index) and the
// view's other large lists when they differ. Part of the protocol: pure, and the
// webview imports it (test/architecture allows it beside protocol.ts).
import type { ClusterView, FailoverViewResult, TopicView, ViewPatch } from './protocol.js';

/** The lists of the view sent only when they differ from the base's (`topics` element by element). */
type ListName = 'racks' | 'producers' | 'groups';

/** What a sender keeps of an answer to patch against it: the JSON of each topic and list. */
export interface ViewFingerprint {
    readonly topics: readonly string[];
    readonly lists: Readonly<Record<ListName, string>>;
}

export function fingerprint(view: ClusterView): ViewFingerprint {
    return {
        topics: view.topics.map((t) => JSON.stringify(t)),
        lists: { racks: JSON.stringify(view.racks), producers: JSON.stringify(view.producers), groups: JSON.stringify(view.groups) }
    };
}

/**
 * `result` as a patch against the answer `previous` was taken of, or undefined when a
 * whole answer is as small (no view, another number of topics, most topics changed).
 */
export function diffView<Base extends string | number>(
    result: FailoverViewResult,
    current: ViewFingerprint,
    previous: ViewFingerprint,
    base: Base
): { readonly result: FailoverViewResult; readonly patch: ViewPatch<Base> } | undefined {
    const view = result.view;
    if (!view || previous.topics.length !== current.topics.length || current.topics.length === 0) return undefined;
    const topics: (readonly [number, TopicView])[] = [];
    current.topics.forEach((json, i) => {
        if (json !== previous.topics[i]) topics.push([i, view.topics[i]]);
    });
    if (topics.length * 2 > current.topics.length) return undefined;
    const differs = (name: ListName) => current.lists[name] !== previous.lists[name];
    const patch: ViewPatch<Base> = {
        base,
        count: current.topics.length,
        topics,
        ...(differs('racks') && { racks: view.racks }),
        ...(differs('producers') && { producers: view.producers }),
        ...(differs('groups') && { groups: view.groups })
    };
    return { result: { ...result, view: { ...view, topics: [], racks: [], producers: [], groups: [] } }, patch };
}

/** The whole answer from a patched one and the answer it patches; undefined when they do not fit (not the base, out of range). */
export function applyViewPatch(patched: FailoverViewResult, patch: ViewPatch<string | number>, base: FailoverViewResult | undefined): FailoverViewResult | undefined {
    const from = base?.view;
    // The patch itself is not part of the whole answer.
    const { patch: _sent, ...result } = patched;
    if (!from || !result.view || from.topics.length !== patch.count) return undefined;
    const topics = [...from.topics];
    for (const [index, topic] of patch.topics) {
        if (!Number.isInteger(index) || index < 0 || index >= topics.length) return undefined;
        topics[index] = topic;
    }
    return {
        ...result,
        view: { ...result.view, topics, racks: patch.racks ?? from.racks, producers: patch.producers ?? from.producers, groups: patch.groups ?? from.groups }
    };
}
