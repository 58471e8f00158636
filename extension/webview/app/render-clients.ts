// Producers (can they write with their acks?) and consumer groups (member →
// partitions, idle members, stalled partitions; remove a member, let one rejoin).
import type { ClusterView, GroupView, ProducerView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { makeRoving } from './roving-focus.js';

/** Members listed per group before "… and N more". */
const MEMBERS_SHOWN = 40;

export function renderProducers(ctx: RenderContext, view: ClusterView): HTMLElement | undefined {
    if (view.producers.length === 0) return undefined;
    const list = el('ul', { class: 'producers' });
    for (const p of view.producers) list.appendChild(renderProducer(ctx, p));
    return el('section', { class: 'clients', 'aria-labelledby': 'producers-heading' }, el('h2', { id: 'producers-heading' }, ctx.labels.producers), list);
}

function renderProducer(ctx: RenderContext, p: ProducerView): HTMLElement {
    const { labels } = ctx;
    return el(
        'li',
        { class: `producer ${p.canWrite ? 'ok' : 'blocked'}`, 'data-producer': p.name },
        el('span', { class: 'client-name' }, labels.producer(p.name, String(p.acks))),
        el('span', { class: 'muted' }, ` → ${p.topics.join(', ')}`),
        el('div', { class: 'client-state' }, p.canWrite ? `✔ ${labels.canWrite}` : `✖ ${labels.cannotWrite(p.blocked, p.blockedSample)}`),
        p.missingTopics.length > 0 ? el('div', { class: 'muted' }, labels.missingTopics(p.missingTopics)) : undefined
    );
}

export function renderGroups(ctx: RenderContext, view: ClusterView): HTMLElement | undefined {
    if (view.groups.length === 0) return undefined;
    const section = el('section', { class: 'clients', 'aria-labelledby': 'groups-heading' }, el('h2', { id: 'groups-heading' }, ctx.labels.groups));
    for (const g of view.groups) section.appendChild(renderGroup(ctx, g));
    return section;
}

function renderGroup(ctx: RenderContext, g: GroupView): HTMLElement {
    const { labels, post } = ctx;
    const badges = g.balanced
        ? [el('span', { class: 'chip health-healthy' }, labels.balanced)]
        : [
              g.idle > 0 ? el('span', { class: 'chip health-under-replicated' }, labels.idleCount(g.idle)) : undefined,
              g.stalled > 0 ? el('span', { class: 'chip health-offline' }, labels.stalledCount(g.stalled)) : undefined
          ];
    const heading = el(
        'div',
        { class: 'group-heading' },
        el('h3', {}, g.name),
        el('span', { class: 'muted' }, `${labels.groupFacts(g.assignor, g.members.length, g.protocol)} · ${g.topics.join(', ')}`),
        ...badges
    );
    const members = makeRoving(el('ul', { class: 'members', 'aria-label': g.name }), 'vertical');
    for (const m of g.members.slice(0, MEMBERS_SHOWN)) {
        const state = m.idle ? el('span', { class: 'chip health-under-replicated' }, labels.idle) : m.stalled.length > 0 ? el('span', { class: 'chip health-offline' }, labels.stalled(m.stalled)) : undefined;
        members.appendChild(
            el(
                'li',
                { class: `member ${m.idle ? 'idle' : ''} ${m.stalled.length > 0 ? 'stalled' : ''}`, 'data-member': m.id },
                el('span', { class: 'member-id' }, m.id),
                el('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
                el('span', { class: 'member-partitions' }, m.partitions.join(', ') || '—'),
                state,
                button(labels.action(m.action), () => post({ type: 'apply', step: m.action }), {
                    key: `member:${g.name}:${m.id}`,
                    class: 'secondary small',
                    'data-roving-item': true,
                    'aria-label': `${labels.action(m.action)} ${m.id} (${g.name})`
                })
            )
        );
    }
    if (g.members.length > MEMBERS_SHOWN) members.appendChild(el('li', { class: 'muted' }, labels.moreMembers(g.members.length - MEMBERS_SHOWN)));
    const group = el('div', { class: `group ${g.balanced ? '' : 'unbalanced'}`, 'data-group': g.name }, heading, members);
    if (g.departed.length > 0) {
        const row = el('div', { class: 'departed' }, el('span', { class: 'muted' }, `${labels.departed} `));
        for (const d of g.departed) row.appendChild(button(labels.action(d.action), () => post({ type: 'apply', step: d.action }), { key: `rejoin:${g.name}:${d.id}`, class: 'secondary small' }));
        group.appendChild(row);
    }
    return group;
}
