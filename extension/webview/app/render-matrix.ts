// The picture of failover: brokers as columns (grouped by rack), partitions as
// rows (grouped by topic), each cell the replica's role on that broker —
// ★ leader, ● in-sync follower, ○ out of sync, ◐ eligible leader replica,
// hatched when its broker is down. Topics fold into one aggregated row; only
// the rows in view are in the DOM (virtualised), so 99 brokers × 500 topics
// render as fast as three. Producers and groups are named beside their topic.
import type { ClusterView, PartitionView, TopicView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { matrixColumns, matrixRows, roleBefore, topicCells, visibleRows, type MatrixColumn, type MatrixRow } from './matrix-rows.js';
import { makeRoving } from './roving-focus.js';

/** Up to this many topics, a cluster opens with every topic expanded. */
const EXPANDED_UP_TO = 12;
/** Rows rendered above and below the visible ones. */
const OVERSCAN_PX = 400;

const cellWidth = (brokers: number): number => (brokers <= 8 ? 64 : brokers <= 16 ? 40 : brokers <= 40 ? 28 : 20);

interface MatrixModel {
    readonly ctx: RenderContext;
    readonly view: ClusterView;
    readonly columns: readonly MatrixColumn[];
    readonly rows: readonly MatrixRow[];
}

export function renderMatrix(ctx: RenderContext, view: ClusterView): HTMLElement {
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
    const racks = view.racks.filter((r) => r.name !== undefined).length;
    return el(
        'section',
        { class: 'matrix-section', 'aria-labelledby': 'matrix-heading' },
        el('div', { class: 'matrix-title' }, el('h2', { id: 'matrix-heading' }, `${labels.matrix} · ${labels.topics(view.topics.length, view.partitionCount)}`), el('span', { class: 'muted' }, labels.matrixHint(view.brokerCount, racks))),
        controls,
        el('div', { id: 'matrix-host', class: 'matrix-host' }, renderMatrixTable(ctx, view))
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

/** The table alone (re-rendered when the filter or an expansion changes). */
export function renderMatrixTable(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { ui, labels } = ctx;
    const needle = ui.filter.trim().toLowerCase();
    const shown = view.topics.filter((t) => (!ui.problemsOnly || t.health !== 'healthy') && (needle === '' || t.name.toLowerCase().includes(needle)));
    if (shown.length === 0) return el('p', { class: 'muted' }, labels.noTopicMatches);
    const expandedByDefault = ui.expandAll ?? view.topics.length <= EXPANDED_UP_TO;
    const toggled = new Set(ui.toggled);
    const { rows, height } = matrixRows(shown, (t) => expandedByDefault !== toggled.has(t.name));
    const columns = matrixColumns(view);
    const model: MatrixModel = { ctx, view, columns, rows };

    const table = el('div', { class: 'matrix', role: 'table', 'aria-label': labels.matrix, 'aria-rowcount': rows.length + 2, 'aria-colcount': columns.length + 2 });
    table.style.setProperty('--cell-w', `${cellWidth(columns.length)}px`);
    table.style.setProperty('--cols', String(columns.length));
    const body = makeRoving(el('div', { class: 'matrix-body', role: 'rowgroup' }), 'vertical');
    body.style.height = `${height}px`;
    table.append(renderHead(model), body);
    const scroller = el('div', { class: 'matrix-scroll', 'data-scroll': 'matrix' }, table);
    let frame = 0;
    const fill = () => {
        frame = 0;
        fillWindow(model, scroller, body);
    };
    scroller.addEventListener('scroll', () => {
        if (!frame) frame = requestAnimationFrame(fill);
    });
    // First fill once attached (its height is known then); the main renderer calls it too.
    (scroller as ScrollerElement).fill = fill;
    return scroller;
}

export interface ScrollerElement extends HTMLElement {
    fill?: () => void;
}

/** Renders the rows in view into the body, keeping the focused row's focus. */
function fillWindow(model: MatrixModel, scroller: HTMLElement, body: HTMLElement): void {
    const headHeight = scroller.querySelector<HTMLElement>('.matrix-head')?.offsetHeight ?? 0;
    const from = Math.max(0, scroller.scrollTop - headHeight - OVERSCAN_PX);
    const to = scroller.scrollTop - headHeight + (scroller.clientHeight || 800) + OVERSCAN_PX;
    const { start, end } = visibleRows(model.rows, from, to);
    if (body.dataset.window === `${start}:${end}`) return;
    const focused = (document.activeElement as HTMLElement | null)?.closest?.('.matrix-body') === body ? (document.activeElement as HTMLElement).dataset.key : undefined;
    const tabStop = body.querySelector<HTMLElement>('[data-roving-item][tabindex="0"]')?.dataset.key;
    const nodes: HTMLElement[] = [];
    for (let i = start; i < end; i++) nodes.push(renderRow(model, model.rows[i], i));
    body.replaceChildren(...nodes);
    body.dataset.window = `${start}:${end}`;
    const items = Array.from(body.querySelectorAll<HTMLElement>('[data-roving-item]'));
    const keep = items.find((i) => i.dataset.key === (focused ?? tabStop)) ?? items[0];
    for (const item of items) item.tabIndex = item === keep ? 0 : -1;
    if (focused && keep?.dataset.key === focused) keep.focus({ preventScroll: true });
}

function renderHead(model: MatrixModel): HTMLElement {
    const { ctx, view, columns } = model;
    const { labels, post } = ctx;
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
                    button(name, () => post({ type: 'apply', step: action }), {
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
                button(`${b.alive ? '' : '✖'}${b.id}${b.voter ? '◆' : ''}`, () => post({ type: 'apply', step: b.action }), {
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

function renderRow(model: MatrixModel, row: MatrixRow, index: number): HTMLElement {
    const r = row.kind === 'topic' ? renderTopicRow(model, row.topic, row.expanded) : renderPartitionRow(model, row.topic, row.partition);
    r.style.top = `${row.top}px`;
    r.setAttribute('aria-rowindex', String(index + 3));
    return r;
}

function renderTopicRow(model: MatrixModel, topic: TopicView, expanded: boolean): HTMLElement {
    const { ctx, columns, view } = model;
    const { labels } = ctx;
    const troubled = topic.partitions.length - topic.counts.healthy;
    const head = button('', () => toggle(ctx, topic.name), {
        key: `topic:${topic.name}`,
        class: 'topic-head',
        'data-roving-item': true,
        'aria-expanded': String(expanded),
        title: labels.topicFacts(topic.partitions.length, topic.replicationFactor, topic.minInsyncReplicas)
    });
    head.append(el('span', { class: 'twisty', 'aria-hidden': 'true' }, expanded ? '▾' : '▸'), el('span', { class: 'topic-name' }, topic.name));
    const clients = el('span', { class: 'topic-clients' });
    if (topic.producers.length > 0) {
        const blocked = new Set(view.producers.filter((p) => p.blockedTopics.includes(topic.name)).map((p) => p.name));
        clients.append(el('span', { class: 'producers-of' }, labels.producesInto(topic.producers.map((n) => (blocked.has(n) ? `✖${n}` : n)))));
    }
    if (topic.groups.length > 0) {
        const stalled = new Set(view.groups.filter((g) => g.stalledTopics.includes(topic.name)).map((g) => g.name));
        clients.append(el('span', { class: 'groups-of' }, labels.readBy(topic.groups.map((n) => (stalled.has(n) ? `❚❚${n}` : n)))));
    }
    const row = el(
        'div',
        { class: `mrow topic-row health-${topic.health}${topic.changed ? ' changed' : ''}`, role: 'row', 'data-topic': topic.name },
        el('span', { class: 'label', role: 'rowheader' }, head, clients)
    );
    const cells = topicCells(topic);
    for (const { broker: b, rackStart } of columns) {
        const c = cells.get(b.id);
        const cls = `cell agg${rackStart ? ' rack-start' : ''}${b.alive ? '' : ' dead'}${c?.changed ? ' changed' : ''}`;
        if (!c) {
            row.append(el('span', { class: `${cls} empty`, role: 'cell' }));
            continue;
        }
        const mark = c.leaders > 0 ? `${labels.roleMark.leader}${c.leaders}` : c.outOfSync === c.replicas ? labels.roleMark['out-of-sync'] : labels.roleMark['in-sync'];
        const role = c.leaders > 0 ? 'leader' : c.outOfSync === c.replicas ? 'out-of-sync' : 'in-sync';
        const text = `${topic.name}, ${labels.broker(b.id)}: ${labels.leadsHere(c.leaders, c.replicas)}${b.alive ? '' : `, ${labels.down}`}`;
        row.append(el('span', { class: `${cls} role-${role}`, role: 'cell', 'data-broker': b.id, title: text, 'aria-label': text }, mark));
    }
    row.append(
        el(
            'span',
            { class: 'info', role: 'cell' },
            el('span', { class: `chip health-${topic.health}` }, troubled > 0 ? `${labels.health[topic.health]} ${troubled}/${topic.partitions.length}` : labels.health.healthy)
        )
    );
    return row;
}

function renderPartitionRow(model: MatrixModel, topic: TopicView, p: PartitionView): HTMLElement {
    const { ctx, columns } = model;
    const { labels } = ctx;
    const summary = labels.partitionSummary(p.partition, p.leader, p.isr, p.replicas.map((r) => r.broker));
    const row = el(
        'div',
        { class: `mrow partition-row health-${p.health}${p.before ? ' changed' : ''}`, role: 'row', 'data-topic': topic.name, 'data-partition': p.partition },
        el(
            'span',
            { class: 'label', role: 'rowheader' },
            el('span', { class: 'pid', key: `partition:${topic.name}:${p.partition}`, 'data-roving-item': true, 'aria-label': `${topic.name} ${summary}`, title: summary }, labels.partitionLabel(p.partition)),
            p.leader === null ? el('span', { class: 'chip health-offline' }, `⊘ ${labels.offlineMark}`) : undefined
        )
    );
    const byBroker = new Map(p.replicas.map((r) => [r.broker, r]));
    for (const { broker: b, rackStart } of columns) {
        const r = byBroker.get(b.id);
        const base = `cell${rackStart ? ' rack-start' : ''}${b.alive ? '' : ' dead'}`;
        if (!r) {
            row.append(el('span', { class: `${base} empty`, role: 'cell' }));
            continue;
        }
        const was = roleBefore(p, r.broker);
        const changed = was !== undefined && was !== r.role;
        const text = labels.cellLabel(topic.name, p.partition, r.broker, r.role, r.alive, changed ? was : undefined);
        row.append(
            el('span', { class: `${base} replica role-${r.role}${r.alive ? '' : ' down'}${changed ? ' changed' : ''}`, role: 'cell', 'data-broker': r.broker, title: text, 'aria-label': text }, labels.roleMark[r.role])
        );
    }
    row.append(
        el(
            'span',
            { class: 'info', role: 'cell' },
            el('span', { class: `isr ${p.underMinIsr ? 'under-min' : ''}` }, labels.isr(p.isr.length, topic.replicationFactor, topic.effectiveMinIsr)),
            p.health === 'healthy' ? undefined : el('span', { class: `chip health-${p.health}` }, labels.health[p.health])
        )
    );
    return row;
}

function toggle(ctx: RenderContext, topic: string): void {
    const toggled = new Set(ctx.ui.toggled);
    if (!toggled.delete(topic)) toggled.add(topic);
    ctx.setUi({ toggled: [...toggled] });
}
