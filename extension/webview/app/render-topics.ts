// Every topic with its partitions: replicas on brokers (leader, in-sync
// follower, out-of-sync follower, down), ISR size against min ISR, and a health
// colour. Large clusters stay readable: topics collapse, and a filter (name,
// problems only) narrows the list; only expanded topics render partitions.
import type { ClusterView, PartitionView, ReplicaView, TopicView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { makeRoving } from './roving-focus.js';

/** Up to this many topics, a cluster opens with every topic expanded. */
const EXPANDED_UP_TO = 12;

export function renderTopics(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { labels, ui } = ctx;
    const filter = el('input', { type: 'search', key: 'topics:filter', placeholder: labels.filter, 'aria-label': labels.filter, value: ui.filter });
    filter.addEventListener('input', () => ctx.setUi({ filter: filter.value }));
    const problems = el('input', { type: 'checkbox', key: 'topics:problems' });
    problems.checked = ui.problemsOnly;
    problems.addEventListener('change', () => ctx.setUi({ problemsOnly: problems.checked }));
    const controls = el(
        'div',
        { class: 'topic-controls' },
        filter,
        el('label', { class: 'check' }, problems, ` ${labels.problemsOnly}`),
        button(labels.expandAll, () => ctx.setUi({ expandAll: true, toggled: [] }), { key: 'topics:expand', class: 'secondary small' }),
        button(labels.collapseAll, () => ctx.setUi({ expandAll: false, toggled: [] }), { key: 'topics:collapse', class: 'secondary small' })
    );
    const legend = el(
        'div',
        { class: 'legend', 'aria-hidden': 'true' },
        `${labels.legend} `,
        replicaChip(ctx, { broker: 1, role: 'leader', alive: true }),
        ` ${labels.role.leader} `,
        replicaChip(ctx, { broker: 2, role: 'in-sync', alive: true }),
        ` ${labels.role['in-sync']} `,
        replicaChip(ctx, { broker: 3, role: 'out-of-sync', alive: false }),
        ` ${labels.role['out-of-sync']}, ${labels.down}`
    );
    return el(
        'section',
        { class: 'topics', 'aria-labelledby': 'topics-heading' },
        el('h2', { id: 'topics-heading' }, labels.topics(view.topics.length, view.partitionCount)),
        legend,
        controls,
        el('div', { id: 'topic-list' }, renderTopicList(ctx, view))
    );
}

/** The list alone (re-rendered when the filter changes, so the filter box keeps its focus). */
export function renderTopicList(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { ui, labels } = ctx;
    const needle = ui.filter.trim().toLowerCase();
    const shown = view.topics.filter((t) => (!ui.problemsOnly || t.health !== 'healthy') && (needle === '' || t.name.toLowerCase().includes(needle)));
    if (shown.length === 0) return el('p', { class: 'muted' }, labels.noTopicMatches);
    const expandedByDefault = ui.expandAll ?? view.topics.length <= EXPANDED_UP_TO;
    const toggled = new Set(ui.toggled);
    const list = makeRoving(el('div', { class: 'topic-list', role: 'list' }), 'vertical');
    for (const topic of shown) list.appendChild(renderTopic(ctx, topic, expandedByDefault !== toggled.has(topic.name)));
    return list;
}

function renderTopic(ctx: RenderContext, topic: TopicView, expanded: boolean): HTMLElement {
    const { labels } = ctx;
    const troubled = topic.partitions.length - topic.counts.healthy;
    const head = button('', () => toggle(ctx, topic.name), {
        key: `topic:${topic.name}`,
        class: 'topic-head',
        'data-roving-item': true,
        'aria-expanded': String(expanded)
    });
    head.append(
        el('span', { class: 'twisty', 'aria-hidden': 'true' }, expanded ? '▾' : '▸'),
        el('span', { class: 'topic-name' }, topic.name),
        el('span', { class: 'topic-facts' }, labels.topicFacts(topic.partitions.length, topic.replicationFactor, topic.minInsyncReplicas)),
        el('span', { class: `chip health-${topic.health}` }, troubled > 0 ? `${labels.health[topic.health]} ${troubled}/${topic.partitions.length}` : labels.health.healthy)
    );
    const item = el('div', { class: `topic health-${topic.health}`, role: 'listitem', 'data-topic': topic.name }, head);
    if (expanded) {
        const rows = el('div', { class: 'partitions' });
        for (const p of topic.partitions) rows.appendChild(renderPartition(ctx, topic, p));
        item.appendChild(rows);
    }
    return item;
}

function toggle(ctx: RenderContext, topic: string): void {
    const toggled = new Set(ctx.ui.toggled);
    if (!toggled.delete(topic)) toggled.add(topic);
    ctx.setUi({ toggled: [...toggled] });
}

function renderPartition(ctx: RenderContext, topic: TopicView, p: PartitionView): HTMLElement {
    const { labels } = ctx;
    const replicas = el('span', { class: 'replicas' });
    for (const r of p.replicas) replicas.appendChild(replicaChip(ctx, r));
    return el(
        'div',
        { class: `partition health-${p.health}`, 'data-partition': p.partition },
        el('span', { class: 'pid' }, `P${p.partition}`),
        replicas,
        el('span', { class: `isr ${p.underMinIsr ? 'under-min' : ''}` }, labels.isr(p.isr.length, topic.replicationFactor, topic.effectiveMinIsr)),
        el('span', { class: `chip health-${p.health}` }, labels.health[p.health])
    );
}

function replicaChip(ctx: RenderContext, r: ReplicaView): HTMLElement {
    const text = `${r.role === 'leader' ? '★' : ''}${r.broker}${r.alive ? '' : '✖'}`;
    const label = ctx.labels.replicaLabel(r.broker, r.role, r.alive);
    return el('span', { class: `replica role-${r.role} ${r.alive ? 'alive' : 'dead'}`, 'data-broker': r.broker, title: label, role: 'img', 'aria-label': label }, text);
}
