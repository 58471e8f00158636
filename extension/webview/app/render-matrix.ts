// The picture of failover: brokers as columns (grouped by rack), partitions as
// rows (grouped by topic), each cell the replica's role on that broker (the
// table: matrix-table.ts, its cells: matrix-cells.ts). Here: its title, the
// filter and folding controls, and the legend.
import type { ClusterView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';

/** The section around `table` (the matrix table, or the note that no topic matches). */
export function renderMatrix(ctx: RenderContext, view: ClusterView, table: HTMLElement): HTMLElement {
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
        button(labels.collapseAll, () => ctx.setUi({ expandAll: false, toggled: [] }), { key: 'topics:collapse', class: 'secondary small' }),
        renderLegend(ctx)
    );
    return el('section', { class: 'matrix-section', 'aria-labelledby': 'matrix-heading' }, renderMatrixTitle(ctx, view), controls, el('div', { id: 'matrix-host', class: 'matrix-host' }, table));
}

export function renderMatrixTitle(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { labels } = ctx;
    const racks = view.racks.filter((r) => r.name !== undefined).length;
    return el(
        'div',
        { class: 'matrix-title', 'data-part': 'matrix-title' },
        el('h2', { id: 'matrix-heading' }, `${labels.matrix} · ${labels.topics(view.topics.length, view.partitionCount)}`),
        el('span', { class: 'muted' }, labels.matrixHint(view.brokerCount, racks))
    );
}

function renderLegend(ctx: RenderContext): HTMLElement {
    const { labels } = ctx;
    const item = (cls: string, mark: string, text: string) => el('span', { class: 'legend-item' }, el('span', { class: `cell ${cls}`, 'aria-hidden': 'true' }, mark), ` ${text}`);
    return el(
        'div',
        { class: 'legend' },
        item('role-leader', labels.roleMark.leader, labels.role.leader),
        item('role-in-sync', labels.roleMark['in-sync'], labels.role['in-sync']),
        item('role-out-of-sync', labels.roleMark['out-of-sync'], labels.role['out-of-sync']),
        item('role-elr', labels.roleMark.elr, labels.role.elr),
        item('role-in-sync dead', labels.roleMark['in-sync'], labels.down),
        item('role-leader changed', labels.roleMark.leader, labels.changed)
    );
}

