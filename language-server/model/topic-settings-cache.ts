// A topic's effective settings, kept across builds (issue 15): an edit in one
// file of a cluster split over many would otherwise work out the settings of
// every topic of the cluster again. The settings read only the topic's block
// and the cluster's `defaults` blocks, and a re-parse replaces nodes, never
// changes them in place: the same topic node under the same defaults nodes
// has the same settings.
import type { Defaults, Topic } from '../generated/ast.js';
import type { TopicSettings } from './topic-settings.js';

export class TopicSettingsCache {
    private readonly entries = new WeakMap<Topic, { readonly defaults: readonly Defaults[]; readonly settings: TopicSettings }>();

    get(topic: Topic, defaults: readonly Defaults[], compute: () => TopicSettings): TopicSettings {
        const kept = this.entries.get(topic);
        if (kept && sameNodes(kept.defaults, defaults)) return kept.settings;
        const settings = compute();
        this.entries.set(topic, { defaults, settings });
        return settings;
    }
}

function sameNodes(a: readonly Defaults[], b: readonly Defaults[]): boolean {
    return a.length === b.length && a.every((node, i) => node === b[i]);
}
