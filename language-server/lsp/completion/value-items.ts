// Completion items for values the grammar cannot name: broker ids, racks,
// controller ids, acks, config keys and config values, key fields.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type MarkupContent } from 'vscode-languageserver';
import { isKeyProperty, isOrderingProperty, type Cluster } from '../../generated/ast.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';
import { producesOf } from '../../model/members.js';
import { TOPIC_CONFIGS } from '../../model/topic-configs.js';
import { conceptMarkdown, conceptText } from '../docs/concepts.js';
import { allowedValues, configDetail, configMarkdown, defaultAsValue, valueDoc } from '../docs/config-docs.js';
import { rolesOf } from '../hover/broker-hover.js';

export type ValueItem = Partial<CompletionItem> & { readonly label: string };

/** Lists longer than this are cut: a completion list is for picking, not for reading. */
const MAX_ITEMS = 1000;

const markdown = (value: string): MarkupContent => ({ kind: 'markdown', value });

export function brokerItems(facts: ClusterFacts, listed: ReadonlySet<number>, locale: Locale): ValueItem[] {
    const p = catalogue(locale).hover;
    const model = facts.model;
    return facts.brokers
        .filter((b) => !listed.has(b.id))
        .slice(0, MAX_ITEMS)
        .map((b, i) => {
            let leads: number | undefined;
            if (model.ok) {
                leads = 0;
                for (const roles of rolesOf(model.value, b.id).values()) leads += roles.leads.length;
            }
            return { label: String(b.id), kind: CompletionItemKind.Value, detail: p.brokerDetail(b.rack, leads), sortText: `0${String(i).padStart(5, '0')}` };
        });
}

export function controllerItems(facts: ClusterFacts, locale: Locale): ValueItem[] {
    if (facts.voters.kind !== 'controllers') return [];
    const count = Math.min(facts.voters.count, MAX_ITEMS);
    return Array.from({ length: count }, (_, i) => ({
        label: String(i + 1),
        kind: CompletionItemKind.Value,
        detail: catalogue(locale).hover.controllerDetail(i + 1, facts.voters.count),
        sortText: `0${String(i).padStart(5, '0')}`
    }));
}

export function acksItems(locale: Locale): ValueItem[] {
    return (['acks-0', 'acks-1'] as const).map((id, i) => ({
        label: String(i),
        kind: CompletionItemKind.EnumMember,
        detail: conceptText(id, locale).summary,
        documentation: markdown(conceptMarkdown(id, locale)),
        sortText: `0${i}`
    }));
}

/** Racks as quoted strings; `typed` is what the user typed of the name so far (maybe an opening quote). */
export function rackItems(facts: ClusterFacts, typed: string, locale: Locale): ValueItem[] {
    const p = catalogue(locale).hover;
    return facts.racks.slice(0, MAX_ITEMS).map((rack) => {
        const quoted = JSON.stringify(rack);
        const brokers = facts.brokers.filter((b) => b.rack === rack).map((b) => b.id);
        return { label: rack, kind: CompletionItemKind.Constant, detail: p.rackDetail(brokers), insertText: quoted, filterText: typed.startsWith('"') ? quoted : rack, sortText: '0' };
    });
}

/** Every topic config, with its type, default and documentation; `withValue` adds ` = ` (and the choices). */
export function configKeyItems(present: ReadonlySet<string>, withValue: boolean, locale: Locale): ValueItem[] {
    const items: ValueItem[] = [];
    for (const def of TOPIC_CONFIGS.values()) {
        if (present.has(def.key)) continue;
        const values = allowedValues(def);
        const item: ValueItem = { label: def.key, kind: CompletionItemKind.Property, detail: configDetail(def, locale), documentation: markdown(configMarkdown(def, locale)), sortText: '0' };
        if (!withValue) items.push(item);
        else if (values) items.push({ ...item, insertText: `${def.key} = \${1|${values.join(',')}|}`, insertTextFormat: InsertTextFormat.Snippet });
        else items.push({ ...item, insertText: `${def.key} = ` });
    }
    return items;
}

export function configValueItems(key: string, given: ReadonlySet<string>, locale: Locale): ValueItem[] {
    const def = TOPIC_CONFIGS.get(key);
    if (!def) return [];
    const p = catalogue(locale).hover;
    const values = allowedValues(def);
    if (!values) {
        const value = defaultAsValue(def);
        return value === undefined ? [] : [{ label: value, kind: CompletionItemKind.Value, detail: p.kafkaDefault, documentation: markdown(configMarkdown(def, locale)), sortText: '0' }];
    }
    const defaults = new Set(def.defaultValue.split(','));
    return values
        .filter((value) => !given.has(value))
        .map((value, i) => {
            const doc = valueDoc(key, value, locale);
            return {
                label: value,
                kind: CompletionItemKind.EnumMember,
                detail: defaults.has(value) ? p.kafkaDefault : undefined,
                documentation: doc === undefined ? undefined : markdown(doc),
                sortText: `0${i}`
            };
        });
}

/** Key fields in use in the cluster: the topics' ordering keys and the producers' keys, the given topics' first. */
export function fieldItems(cluster: Cluster, preferredTopics: ReadonlySet<string>): ValueItem[] {
    const preferred = new Set<string>();
    const others = new Set<string>();
    for (const topic of cluster.topics) {
        const ordering = topic.items.filter(isOrderingProperty).at(-1);
        if (ordering?.mode === 'key' && ordering.field !== undefined) (preferredTopics.has(topic.name) ? preferred : others).add(ordering.field);
    }
    for (const producer of cluster.producers) {
        const key = producer.items.filter(isKeyProperty).at(-1)?.field;
        if (key === undefined) continue;
        const writesPreferred = producesOf(producer)?.topics.some((t) => t.ref && preferredTopics.has(t.ref.name));
        (writesPreferred ? preferred : others).add(key);
    }
    const items: ValueItem[] = [...preferred].map((field) => ({ label: field, kind: CompletionItemKind.Field, sortText: '00' }));
    for (const field of others) if (!preferred.has(field)) items.push({ label: field, kind: CompletionItemKind.Field, sortText: '01' });
    return items.slice(0, MAX_ITEMS);
}
