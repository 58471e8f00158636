// The controller quorum and the brokers as cards grouped by rack. A card is a
// button: Enter/Space/click fails a live broker or recovers a dead one; arrow
// keys move between the cards.
import type { BrokerView, ClusterView, RackView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { makeRoving } from './roving-focus.js';

export function renderQuorum(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { labels, post } = ctx;
    const q = view.quorum;
    const section = el(
        'section',
        { class: 'quorum', 'aria-labelledby': 'quorum-heading' },
        el('h2', { id: 'quorum-heading' }, labels.controllers),
        el('p', { class: `quorum-state ${q.hasQuorum ? 'ok' : 'lost'}`, role: 'status' }, `${q.hasQuorum ? '✔' : '✖'} ${labels.quorum(q.alive, q.voters, q.majority, q.hasQuorum)}`)
    );
    if (q.mode === 'brokers') {
        section.appendChild(el('p', { class: 'muted' }, labels.combinedMode));
        return section;
    }
    const row = makeRoving(el('div', { class: 'controllers', role: 'group', 'aria-label': labels.controllers }), 'horizontal');
    for (const c of q.controllers) {
        row.appendChild(
            button(`${labels.controller(c.id)} · ${c.alive ? labels.alive : labels.down}`, () => post({ type: 'apply', step: c.action }), {
                key: `controller:${c.id}`,
                class: `controller card ${c.alive ? 'alive' : 'dead'}`,
                'data-roving-item': true,
                title: labels.action(c.action)
            })
        );
    }
    section.appendChild(row);
    return section;
}

/** Beyond this many brokers the cards shrink to their id and state (the rest is in their label). */
const FULL_CARDS_UP_TO = 12;

export function renderBrokers(ctx: RenderContext, view: ClusterView): HTMLElement {
    const section = el('section', { class: 'brokers', 'aria-labelledby': 'brokers-heading' }, el('h2', { id: 'brokers-heading' }, ctx.labels.brokers(view.brokerCount)));
    const compact = view.brokerCount > FULL_CARDS_UP_TO;
    for (const rack of view.racks) section.appendChild(renderRack(ctx, rack, compact));
    return section;
}

function renderRack(ctx: RenderContext, rack: RackView, compact: boolean): HTMLElement {
    const { labels, post } = ctx;
    const name = rack.name === undefined ? labels.noRack : labels.rack(rack.name);
    const alive = rack.brokers.filter((b) => b.alive).length;
    const heading = el('div', { class: 'rack-heading' }, el('h3', {}, name), el('span', { class: 'muted' }, `${alive}/${rack.brokers.length} ${labels.alive}`));
    if (rack.action) {
        const action = rack.action;
        heading.appendChild(button(labels.action(action), () => post({ type: 'apply', step: action }), { key: `rack:${rack.name}`, class: 'secondary small', 'aria-label': `${labels.action(action)}: ${name}` }));
    }
    const cards = makeRoving(el('div', { class: 'broker-cards', role: 'group', 'aria-label': name }));
    for (const broker of rack.brokers) cards.appendChild(renderBroker(ctx, broker, compact));
    return el('div', { class: `rack ${alive === 0 ? 'dead' : ''}` }, heading, cards);
}

function renderBroker(ctx: RenderContext, b: BrokerView, compact: boolean): HTMLElement {
    const { labels, post } = ctx;
    // Without quorum a dead broker stays unfenced and a recovered one stays fenced: say so.
    const status = b.alive ? (b.fenced ? labels.fencedButRunning : labels.alive) : b.fenced ? labels.down : labels.downNotFenced;
    const card = button('', () => post({ type: 'apply', step: b.action }), {
        key: `broker:${b.id}`,
        class: `broker card ${b.alive ? 'alive' : 'dead'}${compact ? ' compact' : ''}`,
        'data-roving-item': true,
        'data-broker': b.id,
        'aria-label': `${labels.broker(b.id)}, ${status}, ${labels.brokerStats(b.leaders, b.replicas)}. ${labels.action(b.action)}`,
        title: `${labels.broker(b.id)}: ${status}, ${labels.brokerStats(b.leaders, b.replicas)}. ${labels.action(b.action)}`
    });
    if (compact) {
        card.append(el('span', { class: 'broker-name' }, `${b.alive ? '●' : '✖'} ${b.id}`), el('span', { class: 'broker-stats' }, `★${b.leaders}`));
        return card;
    }
    card.append(
        el('span', { class: 'broker-name' }, labels.broker(b.id), b.voter ? el('span', { class: 'voter', title: labels.voter }, ' ◆') : undefined),
        el('span', { class: 'broker-status' }, `${b.alive ? '●' : '✖'} ${status}`),
        el('span', { class: 'broker-stats' }, labels.brokerStats(b.leaders, b.replicas)),
        el('span', { class: 'broker-action' }, labels.action(b.action))
    );
    return card;
}
