// The matrix's header (racks, brokers) and its rows, cell by cell: a topic row
// folds its partitions per broker, a partition row shows each replica's role —
// ★ leader, ● in-sync follower, ○ out of sync, ◐ eligible leader replica,
// hatched when its broker is down. A row has an element only for the brokers
// with a replica (placed in its grid column; on 99 brokers most are empty), and
// the columns' rack lines and dead hatching are drawn once behind all rows
// (columnBackdrop). A cell can be drawn alone, so that an update redraws only
// the cells whose broker changed (matrix-table.ts).
import type { ClusterView, PartitionView, TopicView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { replicaRole, roleBefore, topicCells, type MatrixColumn, type MatrixRow } from './matrix-rows.js';
import { makeRoving } from './roving-focus.js';

/** What the table draws from; updated in place, so that listeners of kept rows see the current context. */
export interface MatrixModel {
    ctx: RenderContext;
    view: ClusterView;
    columns: readonly MatrixColumn[];
    rows: readonly MatrixRow[];
}

/** The header rows. Their buttons act on what the model shows when clicked: a kept header (morphed in place) stays right. */
export function renderHead(model: MatrixModel): HTMLElement {
    const { ctx, view, columns } = model;
    const { labels, post } = ctx;
    const rackAction = (name: string | undefined) => model.view.racks.find((r) => r.name === name)?.action;
    const brokerAction = (id: number) => model.columns.find((c) => c.broker.id === id)?.broker.action;
    const head = el('div', { class: 'matrix-head', role: 'rowgroup' });
    if (view.racks.some((r) => r.name !== undefined)) {
        const racks = el('div', { class: 'mrow racks', role: 'row', 'aria-rowindex': 1 }, el('span', { class: 'label', role: 'columnheader' }, ''));
        for (const rack of view.racks) {
            const name = rack.name === undefined ? labels.noRack : labels.rack(rack.name);
            const alive = rack.brokers.filter((b) => b.alive).length;
            const cell = el('span', { class: `rack-head ${alive === 0 ? 'dead' : ''}`, role: 'columnheader' });
            cell.style.gridColumn = `span ${rack.brokers.length}`;
            const action = rack.action;
            if (action) {
                cell.append(
                    button(name, () => post({ type: 'apply', step: rackAction(rack.name) ?? action }), {
                        key: `rack:${rack.name}`,
                        class: 'rack-button',
                        title: `${name}: ${alive}/${rack.brokers.length} ${labels.alive}. ${labels.action(action)}`,
                        'aria-label': `${name}, ${alive}/${rack.brokers.length} ${labels.alive}. ${labels.action(action)}`
                    })
                );
            } else cell.append(name);
            racks.append(cell);
        }
        racks.append(el('span', { class: 'info', role: 'columnheader' }, ''));
        head.append(racks);
    }
    const brokers = makeRoving(el('div', { class: 'mrow brokers', role: 'row', 'aria-rowindex': 2, 'aria-label': labels.brokers(view.brokerCount) }), 'horizontal');
    brokers.append(el('span', { class: 'label', role: 'columnheader' }, labels.flowTopics));
    for (const { broker: b, rackStart } of columns) {
        const status = b.alive ? (b.fenced ? labels.fencedButRunning : labels.alive) : b.fenced ? labels.down : labels.downNotFenced;
        const text = `${labels.broker(b.id)}: ${status}, ${labels.leadsHere(b.leaders, b.replicas)}${b.voter ? `, ${labels.voter}` : ''}. ${labels.action(b.action)}`;
        const changed = view.change?.brokers.includes(b.id) ? ' changed' : '';
        brokers.append(
            el(
                'span',
                { class: `broker-col${rackStart ? ' rack-start' : ''}`, role: 'columnheader' },
                button(`${b.alive ? '' : '✖'}${b.id}${b.voter ? '◆' : ''}`, () => post({ type: 'apply', step: brokerAction(b.id) ?? b.action }), {
                    key: `broker:${b.id}`,
                    class: `broker ${b.alive ? 'alive' : 'dead'}${changed}`,
                    'data-broker': b.id,
                    'data-roving-item': true,
                    title: text,
                    'aria-label': text
                })
            )
        );
    }
    brokers.append(el('span', { class: 'info', role: 'columnheader' }, 'ISR'));
    head.append(brokers);
    return head;
}

export function renderRow(model: MatrixModel, row: MatrixRow, index: number): HTMLElement {
    const r = row.kind === 'topic' ? renderTopicRow(model, row.topic, row.expanded) : renderPartitionRow(model, row.topic, row.partition);
    placeRow(r, row, index);
    return r;
}

/** Where a row sits: its pixel offset and its index for assistive technology (headers are rows 1 and 2). */
export function placeRow(element: HTMLElement, row: MatrixRow, index: number): void {
    const top = `${row.top}px`;
    if (element.style.top !== top) element.style.top = top;
    const rowIndex = String(index + 3);
    if (element.getAttribute('aria-rowindex') !== rowIndex) element.setAttribute('aria-rowindex', rowIndex);
}

/** The cell of `row` in column `index` (grid and ARIA column `index + 2`, after the label), or none where the broker has no replica. */
export function renderCell(model: MatrixModel, row: MatrixRow, index: number): HTMLElement | undefined {
    const column = model.columns[index];
    const cell = row.kind === 'topic' ? topicCell(model, row.topic, topicCells(row.topic), column) : partitionCell(model, row.topic, row.partition, column);
    return cell && placeCell(cell, index + 2);
}

/** The cells of a row that hold a replica, each in its column. */
function appendCells(row: HTMLElement, model: MatrixModel, cell: (column: MatrixColumn) => HTMLElement | undefined): void {
    model.columns.forEach((column, i) => {
        const c = cell(column);
        if (c) row.append(placeCell(c, i + 2));
    });
}

function placeCell(cell: HTMLElement, column: number): HTMLElement {
    cell.style.gridColumn = String(column);
    cell.setAttribute('aria-colindex', String(column));
    return cell;
}

/**
 * The columns' rack lines and dead brokers' hatching, as backgrounds of the rows' container: drawn once
 * for every row, where a row has no element under a broker without a replica of it.
 */
export function columnBackdrop(columns: readonly MatrixColumn[]): { readonly image: string; readonly position: string; readonly size: string } {
    const layers: [image: string, index: number, width: string][] = [];
    columns.forEach((c, i) => {
        if (c.rackStart) layers.push(['linear-gradient(var(--border), var(--border))', i, '2px']);
        if (!c.broker.alive) layers.push(['repeating-linear-gradient(135deg, transparent 0 4px, rgba(128, 128, 128, 0.22) 4px 6px)', i, 'var(--cell-w)']);
    });
    return {
        image: layers.map(([image]) => image).join(', '),
        position: layers.map(([, i]) => `calc(var(--label-w) + ${i} * var(--cell-w)) 0`).join(', '),
        size: layers.map(([, , width]) => `${width} 100%`).join(', ')
    };
}

/** The producers and groups named beside a topic, with ✖ for a blocked producer and ❚❚ for a stalled group. */
export function topicClients(view: ClusterView, topic: TopicView): { readonly producers: string[]; readonly groups: string[] } {
    const blocked = new Set(view.producers.filter((p) => p.blockedTopics.includes(topic.name)).map((p) => p.name));
    const stalled = new Set(view.groups.filter((g) => g.stalledTopics.includes(topic.name)).map((g) => g.name));
    return { producers: topic.producers.map((n) => (blocked.has(n) ? `✖${n}` : n)), groups: topic.groups.map((n) => (stalled.has(n) ? `❚❚${n}` : n)) };
}

function renderTopicRow(model: MatrixModel, topic: TopicView, expanded: boolean): HTMLElement {
    const { labels } = model.ctx;
    const troubled = topic.partitions.length - topic.counts.healthy;
    // The model, not this render's context: a kept row's listener must see the current one.
    const head = button('', () => toggle(model.ctx, topic.name), {
        key: `topic:${topic.name}`,
        class: 'topic-head',
        'data-roving-item': true,
        'aria-expanded': String(expanded),
        title: labels.topicFacts(topic.partitions.length, topic.replicationFactor, topic.minInsyncReplicas)
    });
    head.append(el('span', { class: 'twisty', 'aria-hidden': 'true' }, expanded ? '▾' : '▸'), el('span', { class: 'topic-name' }, topic.name));
    const clients = el('span', { class: 'topic-clients' });
    const { producers, groups } = topicClients(model.view, topic);
    if (producers.length > 0) clients.append(el('span', { class: 'producers-of' }, labels.producesInto(producers)));
    if (groups.length > 0) clients.append(el('span', { class: 'groups-of' }, labels.readBy(groups)));
    const row = el(
        'div',
        { class: `mrow topic-row health-${topic.health}${topic.changed ? ' changed' : ''}`, role: 'row', 'data-topic': topic.name },
        el('span', { class: 'label', role: 'rowheader', 'aria-colindex': 1 }, head, clients)
    );
    const cells = topicCells(topic);
    appendCells(row, model, (column) => topicCell(model, topic, cells, column));
    row.append(
        placeCell(
            el(
                'span',
                { class: 'info', role: 'cell' },
                el('span', { class: `chip health-${topic.health}` }, troubled > 0 ? `${labels.health[topic.health]} ${troubled}/${topic.partitions.length}` : labels.health.healthy)
            ),
            model.columns.length + 2
        )
    );
    return row;
}

function topicCell(model: MatrixModel, topic: TopicView, cells: ReturnType<typeof topicCells>, { broker: b }: MatrixColumn): HTMLElement | undefined {
    const { labels } = model.ctx;
    const c = cells.get(b.id);
    if (!c) return undefined;
    const cls = `cell agg${b.alive ? '' : ' dead'}${c.changed ? ' changed' : ''}`;
    const mark = c.leaders > 0 ? `${labels.roleMark.leader}${c.leaders}` : c.outOfSync === c.replicas ? labels.roleMark['out-of-sync'] : labels.roleMark['in-sync'];
    const role = c.leaders > 0 ? 'leader' : c.outOfSync === c.replicas ? 'out-of-sync' : 'in-sync';
    const text = `${topic.name}, ${labels.broker(b.id)}: ${labels.leadsHere(c.leaders, c.replicas)}${b.alive ? '' : `, ${labels.down}`}`;
    return el('span', { class: `${cls} role-${role}`, role: 'cell', 'data-broker': b.id, title: text, 'aria-label': text }, mark);
}

function renderPartitionRow(model: MatrixModel, topic: TopicView, p: PartitionView): HTMLElement {
    const { labels } = model.ctx;
    const summary = labels.partitionSummary(p.partition, p.leader, p.isr, p.replicas);
    const row = el(
        'div',
        { class: `mrow partition-row health-${p.health}${p.before ? ' changed' : ''}`, role: 'row', 'data-topic': topic.name, 'data-partition': p.partition },
        el(
            'span',
            { class: 'label', role: 'rowheader', 'aria-colindex': 1 },
            el('span', { class: 'pid', key: `partition:${topic.name}:${p.partition}`, 'data-roving-item': true, 'aria-label': `${topic.name} ${summary}`, title: summary }, labels.partitionLabel(p.partition)),
            p.leader === null ? el('span', { class: 'chip health-offline' }, `⊘ ${labels.offlineMark}`) : undefined
        )
    );
    appendCells(row, model, (column) => partitionCell(model, topic, p, column));
    row.append(
        placeCell(
            el(
                'span',
                { class: 'info', role: 'cell' },
                el('span', { class: `isr ${p.underMinIsr ? 'under-min' : ''}` }, labels.isr(p.isr.length, topic.replicationFactor, topic.effectiveMinIsr)),
                p.health === 'healthy' ? undefined : el('span', { class: `chip health-${p.health}` }, labels.health[p.health])
            ),
            model.columns.length + 2
        )
    );
    return row;
}

function partitionCell(model: MatrixModel, topic: TopicView, p: PartitionView, { broker: b }: MatrixColumn): HTMLElement | undefined {
    const { labels } = model.ctx;
    if (!p.replicas.includes(b.id)) return undefined;
    const base = `cell${b.alive ? '' : ' dead'}`;
    const role = replicaRole(p, b.id);
    const was = roleBefore(p, b.id);
    const changed = was !== undefined && was !== role;
    const text = labels.cellLabel(topic.name, p.partition, b.id, role, b.alive, changed ? was : undefined);
    return el(
        'span',
        { class: `${base} replica role-${role}${b.alive ? '' : ' down'}${changed ? ' changed' : ''}`, role: 'cell', 'data-broker': b.id, title: text, 'aria-label': text },
        labels.roleMark[role]
    );
}

function toggle(ctx: RenderContext, topic: string): void {
    const toggled = new Set(ctx.ui.toggled);
    if (!toggled.delete(topic)) toggled.add(topic);
    ctx.setUi({ toggled: [...toggled] });
}
