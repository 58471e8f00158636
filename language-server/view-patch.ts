// A failover view as a patch of the one before it. A step on 99 brokers × 500
// topics changes a few dozen topics of 500, and mostly one partition of each, yet
// the view carries every partition (≈ 900 kB of JSON): both legs of a step's
// answer — language server → extension host → webview — send only the topics
// that differ (by index; of a topic whose other partitions stayed, only the
// changed partitions), likewise the racks' brokers, and the view's other large
// lists when they differ. Part of the protocol: pure, and the webview imports it
// (test/architecture allows it beside protocol.ts).
import type { BrokerView, ClusterView, ElementPatch, FailoverViewResult, PartitionView, RackView, TopicView, ViewPatch } from './protocol.js';

/** The lists of the view sent whole, only when they differ from the base's. */
type ListName = 'producers' | 'groups';

/** An element of a list kept to patch against: its own fields and each child, as JSON. */
interface ElementPrint {
    readonly head: string;
    readonly children: readonly string[];
}

/** What a sender keeps of an answer to patch against it. */
export interface ViewFingerprint {
    readonly topics: readonly ElementPrint[];
    readonly racks: readonly ElementPrint[];
    readonly lists: Readonly<Record<ListName, string>>;
}

export function fingerprint(view: ClusterView): ViewFingerprint {
    return {
        topics: view.topics.map((t) => printOf(t, 'partitions')),
        racks: view.racks.map((r) => printOf(r, 'brokers')),
        lists: { producers: JSON.stringify(view.producers), groups: JSON.stringify(view.groups) }
    };
}

function printOf<T extends object, K extends keyof T>(element: T, key: K): ElementPrint {
    const children = element[key] as readonly unknown[];
    return { head: JSON.stringify({ ...element, [key]: [] }), children: children.map((c) => JSON.stringify(c)) };
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
    const topics = changedElements<TopicView, 'partitions', PartitionView>(view.topics, 'partitions', current.topics, previous.topics);
    if (topics.length * 2 > current.topics.length) return undefined;
    const racks = changedElements<RackView, 'brokers', BrokerView>(view.racks, 'brokers', current.racks, previous.racks);
    const differs = (name: ListName) => current.lists[name] !== previous.lists[name];
    const patch: ViewPatch<Base> = {
        base,
        count: current.topics.length,
        topics,
        ...((racks.length > 0 || current.racks.length !== previous.racks.length) && { racks: { count: current.racks.length, changed: racks } }),
        ...(differs('producers') && { producers: view.producers }),
        ...(differs('groups') && { groups: view.groups })
    };
    return { result: { ...result, view: { ...view, topics: [], racks: [], producers: [], groups: [] } }, patch };
}

/** The elements that differ from the previous ones at their index: whole, or only their changed children when those are few. */
function changedElements<T extends object, K extends keyof T, Child>(
    elements: readonly T[],
    key: K,
    current: readonly ElementPrint[],
    previous: readonly ElementPrint[]
): ElementPatch<T, Child>[] {
    const changed: ElementPatch<T, Child>[] = [];
    current.forEach((now, i) => {
        const before = previous[i];
        if (!before || now.children.length !== before.children.length) {
            changed.push([i, elements[i]]);
            return;
        }
        const children: (readonly [number, Child])[] = [];
        now.children.forEach((json, c) => {
            if (json !== before.children[c]) children.push([c, (elements[i][key] as readonly Child[])[c]]);
        });
        if (children.length === 0 && now.head === before.head) return;
        if (children.length * 2 > now.children.length) changed.push([i, elements[i]]);
        else changed.push([i, { ...elements[i], [key]: [] }, { count: now.children.length, changed: children }]);
    });
    return changed;
}

/** The whole answer from a patched one and the answer it patches; undefined when they do not fit (not the base, out of range). */
export function applyViewPatch(patched: FailoverViewResult, patch: ViewPatch<string | number>, base: FailoverViewResult | undefined): FailoverViewResult | undefined {
    const from = base?.view;
    // The patch itself is not part of the whole answer.
    const { patch: _sent, ...result } = patched;
    if (!from || !result.view || from.topics.length !== patch.count) return undefined;
    const topics = applyElements<TopicView, 'partitions', PartitionView>(from.topics, patch.count, patch.topics, 'partitions');
    const racks = patch.racks ? applyElements<RackView, 'brokers', BrokerView>(from.racks, patch.racks.count, patch.racks.changed, 'brokers') : from.racks;
    if (!topics || !racks) return undefined;
    return {
        ...result,
        view: { ...result.view, topics, racks, producers: patch.producers ?? from.producers, groups: patch.groups ?? from.groups }
    };
}

/** The base's elements with the changed ones put in (count elements); undefined when the patch does not fit the base. */
function applyElements<T extends object, K extends keyof T, Child>(
    base: readonly T[],
    count: number,
    changed: readonly ElementPatch<T, Child>[],
    key: K
): T[] | undefined {
    if (!Number.isInteger(count) || count < 0) return undefined;
    const elements: (T | undefined)[] = Array.from({ length: count }, (_, i) => base[i]);
    for (const entry of changed) {
        const [index, element] = entry;
        if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
        if (entry.length === 2) {
            elements[index] = element;
            continue;
        }
        const children = entry[2];
        const from = base[index]?.[key] as readonly Child[] | undefined;
        if (!from || from.length !== children.count) return undefined;
        const merged = [...from];
        for (const [c, child] of children.changed) {
            if (!Number.isInteger(c) || c < 0 || c >= merged.length) return undefined;
            merged[c] = child;
        }
        elements[index] = { ...element, [key]: merged };
    }
    return elements.every((e) => e !== undefined) ? elements : undefined;
}
