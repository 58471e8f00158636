// The failover webview (browser side): renders what the language server
// computed and sends the user's intents to the extension. No Kafka logic here.
// State for VS Code to restore the panel is kept with getState/setState.
import type { ClusterView } from '../../../language-server/protocol.js';
import type { FromWebview, PanelState, ToWebview, UiState, WebviewState } from '../messages.js';
import { applyViewPatch } from '../../../language-server/view-patch.js';
import './app.css';
import type { RenderContext } from './context.js';
import { el } from './dom.js';
import { labelsFor } from './messages/index.js';
import { animateLeaderMoves } from './animate-leaders.js';
import { Player } from './player.js';
import { renderQuorum } from './render-quorum.js';
import { MatrixTable, shownTopics } from './matrix-table.js';
import { renderMatrix, renderMatrixTitle } from './render-matrix.js';
import { renderSide } from './render-side.js';
import { renderHeader, renderNotices } from './render-toolbar.js';
import { activeRovingKeys, handleRovingKeys, initRoving } from './roving-focus.js';
import { answered, asked, drawn, firstUpdate } from './step-timing.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): unknown;
    setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
const saved = vscode.getState() as WebviewState | undefined;
let ui: UiState = saved?.ui ?? { filter: '', problemsOnly: false, toggled: [] };
let current: Extract<ToWebview, { type: 'update' }> | undefined;
let failure: string | undefined;
let shownPosition: number | undefined;
/** The matrix table, kept across updates (it redraws only what changed). */
let matrix: MatrixTable | undefined;

const player = new Player((m) => vscode.postMessage(m), () => render());
player.setSpeed(ui.speed ?? 1);
/** What the user asks: any move in the timeline but Play's own stops playing. */
const post = (message: FromWebview): void => {
    if (message.type !== 'rendered' && message.type !== 'reveal-line' && message.type !== 'set-locale') player.stop();
    if (message.type !== 'rendered') asked();
    vscode.postMessage(message);
};

function persist(state: PanelState): void {
    vscode.setState({ panel: state, ui });
}

function context(): RenderContext | undefined {
    if (!current) return undefined;
    return { labels: labelsFor(current.result.locale), state: current.state, result: current.result, ui, player, post, setUi };
}

/**
 * Runs `change` on the DOM under `container`, giving back the focus, the roving tab stops and the scroll positions.
 * `inPlace`: the change kept the elements it did not redraw where they were (the matrix table among them).
 */
function rerender(container: HTMLElement, change: () => void, inPlace = false): number {
    const started = performance.now();
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const activeKeys = activeRovingKeys(container);
    const scrolls = Array.from(container.querySelectorAll<HTMLElement>('[data-scroll]')).map((e) => [e.dataset.scroll!, e, e.scrollTop, e.scrollLeft] as const);
    change();
    // Restore the scroll positions first: the matrix renders the rows in view only. In place, only into elements
    // drawn anew: reading a kept one's position would lay the page out once more before it is done.
    for (const [name, before, top, left] of scrolls) {
        const e = container.querySelector<HTMLElement>(`[data-scroll="${name}"]`);
        if (e && (inPlace ? e !== before && (top !== 0 || left !== 0) : e.scrollTop !== top || e.scrollLeft !== left)) {
            e.scrollTop = top;
            e.scrollLeft = left;
        }
    }
    // A table drawn anew or moved learns where it is; one updated in place knows it already.
    if (!inPlace) matrix?.fill();
    if (focused) activeKeys.add(focused);
    initRoving(container, activeKeys);
    if (focused && (document.activeElement as HTMLElement | null)?.dataset?.key !== focused) {
        container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    }
    return performance.now() - started;
}

/** The matrix table for the view (the one shown, updated, when it can be), or the note that no topic matches. */
function matrixContent(ctx: RenderContext, view: ClusterView): HTMLElement {
    const topics = shownTopics(ctx, view);
    if (topics.length === 0) {
        matrix = undefined;
        return el('p', { class: 'muted' }, ctx.labels.noTopicMatches);
    }
    if (!matrix?.update(ctx, view, topics)) matrix = new MatrixTable(ctx, view, topics);
    return matrix.scroller;
}

/** Puts the matrix content into its host, unless it is there already. */
function showMatrix(host: HTMLElement, ctx: RenderContext, view: ClusterView): void {
    const content = matrixContent(ctx, view);
    if (content.parentElement !== host) host.replaceChildren(content);
}

/** The locale of the page drawn, when it shows a view: a new view in the same language only replaces the parts that depend on it. */
let drawnLocale: string | undefined;

function render(): void {
    const ctx = context();
    if (!ctx) return;
    // Setting it, even to the same value, restyles the whole page.
    if (document.documentElement.lang !== ctx.result.locale) document.documentElement.lang = ctx.result.locale;
    const view = ctx.result.view;
    const host = document.getElementById('matrix-host');
    const ms =
        view && host && drawnLocale === ctx.result.locale && !failure
            ? rerender(root, () => replaceParts(ctx, view, host), true)
            : rerender(root, () => root.replaceChildren(page(ctx)));
    drawnLocale = view && !failure ? ctx.result.locale : undefined;
    const moved = ctx.state.position !== shownPosition;
    if (moved) afterLayout(() => showMove(ctx, shownPosition !== undefined ? view : undefined));
    shownPosition = ctx.state.position;
    document.body.dataset.renderMs = ms.toFixed(1);
    document.body.dataset.position = String(ctx.state.position);
    document.body.dataset.serverMs = ctx.result.serverMs.toFixed(1);
    post({ type: 'rendered', ms });
}

let pendingMove: number | undefined;

/**
 * Runs `measure` before the next frame is drawn, once the page is laid out anyway: what reads
 * positions there costs no layout of its own (in the step's handler it laid the page out once
 * more, ≈ 10–20 ms on 99 brokers × 500 topics). A later render replaces a pending one.
 */
function afterLayout(measure: () => void): void {
    if (pendingMove !== undefined) cancelAnimationFrame(pendingMove);
    pendingMove = requestAnimationFrame(() => {
        pendingMove = undefined;
        measure();
    });
}

/** The step moved: the current log entry and timeline marker in view, the leader marks travelling (`view`: animate). */
function showMove(ctx: RenderContext, view: ClusterView | undefined): void {
    // Bring the current entry of the log into view (the side panel scrolls on its own).
    const entry = root.querySelector<HTMLElement>('.side-panel .entry.current');
    const panel = root.querySelector<HTMLElement>('.side-panel');
    if (entry && panel) panel.scrollTop = Math.max(0, entry.offsetTop - panel.offsetTop - 8);
    root.querySelector<HTMLElement>('.markers [aria-current="step"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (view) document.body.dataset.animated = String(animateLeaderMoves(root, view, ctx.labels.roleMark.leader));
}

/** The parts of the page that are drawn anew for every view; the rest (controls, the matrix table) is kept. */
const PARTS = ['header', 'notices', 'quorum', 'matrix-title', 'side'] as const;

function part(name: (typeof PARTS)[number], ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const node =
        name === 'header'
            ? renderHeader(ctx, view)
            : name === 'notices'
              ? el('div', {}, failure ? el('p', { class: 'notice error', role: 'alert' }, ctx.labels.failedToLoad(failure)) : undefined, renderNotices(ctx))
              : name === 'side'
                ? renderSide(ctx, view)
                : view && name === 'quorum'
                  ? renderQuorum(ctx, view)
                  : view && name === 'matrix-title'
                    ? renderMatrixTitle(ctx, view)
                    : el('div');
    node.dataset.part = name;
    return node;
}

/** Another view in the same language: its parts replaced, the matrix table updated in place. */
function replaceParts(ctx: RenderContext, view: ClusterView, host: HTMLElement): void {
    for (const name of PARTS) root.querySelector(`[data-part="${name}"]`)?.replaceWith(part(name, ctx, view));
    showMatrix(host, ctx, view);
}

function page(ctx: RenderContext): Node {
    const view = ctx.result.view;
    return el(
        'div',
        { class: 'page' },
        part('header', ctx, view),
        part('notices', ctx, view),
        view ? layout(ctx, view) : el('main', { class: 'layout single' }, el('div', { class: 'column side-column' }, part('side', ctx, view)))
    );
}

function layout(ctx: RenderContext, view: ClusterView): HTMLElement {
    const section = renderMatrix(ctx, view, matrixContent(ctx, view));
    return el('main', { class: 'layout' }, el('div', { class: 'column matrix-column' }, part('quorum', ctx, view), section), el('div', { class: 'column side-column' }, part('side', ctx, view)));
}

function setUi(patch: Partial<UiState>): void {
    ui = { ...ui, ...patch };
    if (patch.speed !== undefined) player.setSpeed(patch.speed);
    if (current) persist(current.state);
    const ctx = context();
    const host = document.getElementById('matrix-host');
    const matrixOnly = Object.keys(patch).every((k) => k === 'filter' || k === 'problemsOnly' || k === 'expandAll' || k === 'toggled');
    if (ctx?.result.view && host && matrixOnly) {
        // Only the table: the filter box keeps its focus and caret.
        const view = ctx.result.view;
        rerender(host, () => showMatrix(host, ctx, view));
    } else if (patch.side !== undefined) render();
}

window.addEventListener('message', (event: MessageEvent<string>) => {
    // JSON text (FailoverPanel.send).
    const message = JSON.parse(event.data) as ToWebview;
    if (message.type === 'update') {
        // How many updates arrived, for the UI checks (the first answer must arrive once).
        document.body.dataset.updates = String(Number(document.body.dataset.updates ?? '0') + 1);
        firstUpdate(message.trip);
        const at = answered(message.trip, message.requestMs);
        if (message.viewPatch) {
            const result = current?.seq === message.viewPatch.base ? applyViewPatch(message.result, message.viewPatch, current.result) : undefined;
            // Not the update the patch is against (e.g. the page was reloaded meanwhile): ask for the whole view.
            if (!result) return vscode.postMessage({ type: 'ready' } satisfies FromWebview);
            document.body.dataset.topicsPatched = String(message.viewPatch.topics.length);
            current = { ...message, result, viewPatch: undefined };
        } else {
            delete document.body.dataset.topicsPatched;
            current = message;
        }
        failure = undefined;
        persist(current.state);
        render();
        drawn(at);
        player.updated(current.state);
    } else if (message.type === 'failed') {
        failure = message.message;
        persist(message.state);
        if (current) render();
        else root.replaceChildren(el('p', { class: 'notice error', role: 'alert' }, labelsFor('en').failedToLoad(message.message)));
    }
});

handleRovingKeys(root);
root.replaceChildren(el('p', { class: 'muted loading' }, '…'));
post({ type: 'ready' });
