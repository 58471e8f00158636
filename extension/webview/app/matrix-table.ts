// The matrix table, virtualised and kept across updates: only the rows in view
// are in the DOM (99 brokers × 500 topics draw as fast as three), and an update
// redraws only what changed — a row whose topic or partition differs, and in
// the other rows only the cells under a broker that went down or came back.
// Rows are keyed by topic and partition; the webview's patched view keeps the
// unchanged topics as the same objects, so most rows are kept as they are.
import type { ClusterView, TopicView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { el, morph } from './dom.js';
import { columnBackdrop, placeRow, renderCell, renderHead, renderRow, topicClients, type MatrixModel } from './matrix-cells.js';
import { matrixColumns, matrixRows, visibleRows, type MatrixRow } from './matrix-rows.js';
import { makeRoving } from './roving-focus.js';

/** Up to this many topics, a cluster opens with every topic expanded. */
const EXPANDED_UP_TO = 12;
/** Rows rendered above and below the visible ones. */
const OVERSCAN_PX = 400;

const cellWidth = (brokers: number): number => (brokers <= 8 ? 64 : brokers <= 16 ? 40 : brokers <= 40 ? 28 : 20);

const rowKey = (row: MatrixRow): string => (row.kind === 'topic' ? `t:${row.topic.name}` : `p:${row.topic.name}:${row.partition.partition}`);

/** What a drawn row was drawn from: while it is the same, the row is kept. */
function rowSource(model: MatrixModel, row: MatrixRow): string {
    if (row.kind === 'topic') {
        const { producers, groups } = topicClients(model.view, row.topic);
        return `${row.expanded}|${producers.join(',')}|${groups.join(',')}`;
    }
    const t = row.topic;
    return `${JSON.stringify(row.partition)}|${t.replicationFactor}|${t.effectiveMinIsr}`;
}

interface DrawnRow {
    readonly element: HTMLElement;
    /** The topic object it was drawn from (a patched view keeps unchanged topics as the same objects). */
    readonly topic: TopicView;
    readonly source: string;
}

/** The topics shown with the view settings, or none (then the caller says that no topic matches). */
export function shownTopics(ctx: RenderContext, view: ClusterView): TopicView[] {
    const needle = ctx.ui.filter.trim().toLowerCase();
    return view.topics.filter((t) => (!ctx.ui.problemsOnly || t.health !== 'healthy') && (needle === '' || t.name.toLowerCase().includes(needle)));
}

export class MatrixTable {
    readonly scroller: HTMLElement;
    private readonly table: HTMLElement;
    private readonly body: HTMLElement;
    private head: HTMLElement;
    private readonly model: MatrixModel;
    /** The rows in the DOM, by key. */
    private drawn = new Map<string, DrawnRow>();
    /** Columns (by index) whose broker changed since the rows were drawn: their cells are redrawn when a row is kept. */
    private staleColumns = new Set<number>();
    /** The columns' backdrop drawn (its layers and their positions). */
    private backdrop?: string;
    private window = '';
    private locale: string;
    private frame = 0;
    /** The scroll position and sizes measured when the rows were last drawn. */
    private measured?: { readonly scrollTop: number; readonly clientHeight: number; readonly headHeight: number };

    constructor(ctx: RenderContext, view: ClusterView, topics: readonly TopicView[]) {
        this.model = { ctx, view, columns: matrixColumns(view), rows: [] };
        this.locale = ctx.result.locale;
        this.table = el('div', { class: 'matrix', role: 'table', 'aria-label': ctx.labels.matrix });
        this.body = makeRoving(el('div', { class: 'matrix-body', role: 'rowgroup' }), 'vertical');
        this.head = renderHead(this.model);
        this.table.append(this.head, this.body);
        this.scroller = el('div', { class: 'matrix-scroll', 'data-scroll': 'matrix' }, this.table);
        this.scroller.addEventListener('scroll', () => {
            if (!this.frame) this.frame = requestAnimationFrame(() => this.fill());
        });
        this.layOut(topics);
    }

    /**
     * Shows another view (a step, a move in the timeline) with the same brokers; false when the
     * table must be built anew (other brokers, another language).
     */
    update(ctx: RenderContext, view: ClusterView, topics: readonly TopicView[]): boolean {
        const columns = matrixColumns(view);
        const before = this.model.columns;
        if (ctx.result.locale !== this.locale || columns.length !== before.length || columns.some((c, i) => c.broker.id !== before[i].broker.id)) return false;
        columns.forEach((c, i) => {
            if (c.broker.alive !== before[i].broker.alive) this.staleColumns.add(i);
        });
        Object.assign(this.model, { ctx, view, columns });
        // The header kept in place: a broker just clicked keeps its button, its focus, and no layout is forced to restore it.
        const head = renderHead(this.model);
        if (!morph(this.head, head)) {
            this.head.replaceWith(head);
            this.head = head;
        }
        this.layOut(topics);
        this.window = '';
        // Where the table is scrolled is known from before: measuring now would lay out the page twice.
        this.fill(false);
        return true;
    }

    private layOut(topics: readonly TopicView[]): void {
        const { ctx, view, columns } = this.model;
        const expandedByDefault = ctx.ui.expandAll ?? view.topics.length <= EXPANDED_UP_TO;
        const toggled = new Set(ctx.ui.toggled);
        const { rows, height } = matrixRows(topics, (t) => expandedByDefault !== toggled.has(t.name));
        this.model.rows = rows;
        this.table.setAttribute('aria-rowcount', String(rows.length + 2));
        this.table.setAttribute('aria-colcount', String(columns.length + 2));
        this.table.style.setProperty('--cell-w', `${cellWidth(columns.length)}px`);
        this.table.style.setProperty('--cols', String(columns.length));
        this.body.style.height = `${height}px`;
        const backdrop = columnBackdrop(columns);
        const key = `${backdrop.image}|${backdrop.position}`;
        if (key !== this.backdrop) {
            this.backdrop = key;
            Object.assign(this.body.style, { backgroundImage: backdrop.image, backgroundPosition: backdrop.position, backgroundSize: backdrop.size, backgroundRepeat: 'no-repeat' });
        }
    }

    /**
     * Draws the rows in view (call once attached, when its height is known), keeping the rows already drawn;
     * with `measure` false, where the table was when last measured.
     */
    fill(measure = true): void {
        this.frame = 0;
        const { model, scroller, body } = this;
        if (measure || !this.measured) this.measured = { scrollTop: scroller.scrollTop, clientHeight: scroller.clientHeight || 800, headHeight: this.head.offsetHeight };
        const { scrollTop, clientHeight, headHeight } = this.measured;
        const from = Math.max(0, scrollTop - headHeight - OVERSCAN_PX);
        const to = scrollTop - headHeight + clientHeight + OVERSCAN_PX;
        const { start, end } = visibleRows(model.rows, from, to);
        if (this.window === `${start}:${end}`) return;
        this.window = `${start}:${end}`;
        body.dataset.window = this.window;
        const focused = (document.activeElement as HTMLElement | null)?.closest?.('.matrix-body') === body ? (document.activeElement as HTMLElement).dataset.key : undefined;
        const tabStop = body.querySelector<HTMLElement>('[data-roving-item][tabindex="0"]')?.dataset.key;
        const drawn = new Map<string, DrawnRow>();
        const elements: HTMLElement[] = [];
        for (let i = start; i < end; i++) {
            const row = model.rows[i];
            const key = rowKey(row);
            elements.push(this.rowElement(row, i, this.drawn.get(key), (d) => drawn.set(key, d)));
        }
        // Rows out of view or replaced go first, so that kept rows never move in the DOM.
        const kept = new Set(elements);
        for (const child of Array.from(body.children)) if (!kept.has(child as HTMLElement)) child.remove();
        let cursor = body.firstElementChild;
        for (const element of elements) {
            if (element === cursor) cursor = cursor.nextElementSibling;
            else body.insertBefore(element, cursor);
        }
        this.drawn = drawn;
        this.staleColumns.clear();
        const items = Array.from(body.querySelectorAll<HTMLElement>('[data-roving-item]'));
        const keep = items.find((i) => i.dataset.key === (focused ?? tabStop)) ?? items[0];
        for (const item of items) item.tabIndex = item === keep ? 0 : -1;
        if (focused && keep?.dataset.key === focused && document.activeElement !== keep) keep.focus({ preventScroll: true });
    }

    /** The element of a row: the one drawn before when it still shows the same (its stale cells redrawn), else a new one. */
    private rowElement(row: MatrixRow, index: number, old: DrawnRow | undefined, keep: (d: DrawnRow) => void): HTMLElement {
        const { model } = this;
        const source = old && old.topic === row.topic && row.kind === 'topic' ? rowSource(model, row) : undefined;
        const sameTopic = source !== undefined && source === old!.source;
        const samePartition = !sameTopic && old !== undefined && row.kind === 'partition' && old.source === rowSource(model, row);
        if (old && (sameTopic || samePartition)) {
            for (const column of this.staleColumns) {
                const cell = renderCell(model, row, column);
                if (cell) old.element.querySelector(`:scope > [aria-colindex="${column + 2}"]`)?.replaceWith(cell);
            }
            placeRow(old.element, row, index);
            keep({ ...old, topic: row.topic });
            return old.element;
        }
        const element = renderRow(model, row, index);
        keep({ element, topic: row.topic, source: rowSource(model, row) });
        return element;
    }
}
