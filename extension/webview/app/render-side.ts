// The column beside the matrix: the event log (every step, its lines grouped by
// topic), the data-flow diagram, and the groups with their members — one at a
// time, as tabs (WAI-ARIA tabs: arrow keys move between them).
import type { ClusterView } from '../../../language-server/protocol.js';
import type { SideTab } from '../messages.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { renderGroups, renderProducers } from './render-clients.js';
import { renderDataFlow } from './render-dataflow.js';
import { renderTimeline } from './render-timeline.js';
import { makeRoving } from './roving-focus.js';

export function renderSide(ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const { labels, ui } = ctx;
    const tabs: [SideTab, string][] = view ? [['log', labels.eventLog], ['flow', labels.dataFlow], ['groups', labels.clients]] : [['log', labels.eventLog]];
    const selected = tabs.some(([t]) => t === ui.side) ? ui.side! : 'log';
    const list = makeRoving(el('div', { class: 'tabs', role: 'tablist', 'aria-label': labels.sideTabs }), 'horizontal');
    for (const [tab, text] of tabs) {
        list.append(
            button(text, () => ctx.setUi({ side: tab }), {
                key: `tab:${tab}`,
                class: 'tab',
                role: 'tab',
                id: `tab-${tab}`,
                'aria-selected': String(tab === selected),
                'aria-controls': 'side-panel',
                'data-roving-item': true
            })
        );
    }
    const content =
        selected === 'flow' && view
            ? renderDataFlow(ctx, view)
            : selected === 'groups' && view
              ? el('div', {}, renderProducers(ctx, view), renderGroups(ctx, view))
              : renderTimeline(ctx);
    return el('div', { class: 'side' }, list, el('div', { class: 'side-panel', id: 'side-panel', role: 'tabpanel', 'aria-labelledby': `tab-${selected}`, 'data-scroll': `side-${selected}` }, content));
}
