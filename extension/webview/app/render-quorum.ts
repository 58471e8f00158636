// The controller quorum, one line above the matrix: holds or lost, how many
// voters are alive; dedicated controllers as buttons that fail or recover them.
import type { ClusterView } from '../../../language-server/protocol.js';
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
