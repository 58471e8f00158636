// The failover webview (browser side): renders what the language server
// computed and sends the user's intents to the extension. No Kafka logic here.
// State for VS Code to restore the panel is kept with getState/setState.
import type { ClusterView } from '../../../language-server/protocol.js';
import type { FromWebview, PanelState, ToWebview, UiState, WebviewState } from '../messages.js';
import { applyTopicsPatch } from '../view-patch.js';
import './app.css';
import type { RenderContext } from './context.js';
import { el } from './dom.js';
import { labelsFor } from './messages/index.js';
import { animateLeaderMoves } from './animate-leaders.js';
import { Player } from './player.js';
import { renderQuorum } from './render-quorum.js';
import { renderMatrix, renderMatrixTable, type ScrollerElement } from './render-matrix.js';
import { renderSide } from './render-side.js';
import { renderHeader, renderNotices } from './render-toolbar.js';
import { activeRovingKeys, handleRovingKeys, initRoving } from './roving-focus.js';

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

const player = new Player((m) => vscode.postMessage(m), () => render());
player.setSpeed(ui.speed ?? 1);
/** What the user asks: any move in the timeline but Play's own stops playing. */
/** When the view last asked the extension for something (the start of a step's round trip). */
let askedAt: number | undefined;
const post = (message: FromWebview): void => {
    if (message.type !== 'rendered' && message.type !== 'reveal-line' && message.type !== 'set-locale') player.stop();
    if (message.type !== 'rendered') askedAt = performance.now();
    vscode.postMessage(message);
};

function persist(state: PanelState): void {
    vscode.setState({ panel: state, ui });
}

function context(): RenderContext | undefined {
    if (!current) return undefined;
    return { labels: labelsFor(current.result.locale), state: current.state, result: current.result, ui, player, post, setUi };
}

/** Re-renders `build()` into `container`, giving back the focus, the roving tab stops and the scroll positions. */
function rerender(container: HTMLElement, build: () => Node, after?: () => void): number {
    const started = performance.now();
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const activeKeys = activeRovingKeys(container);
    const scrolls = Array.from(container.querySelectorAll<HTMLElement>('[data-scroll]')).map((e) => [e.dataset.scroll!, e.scrollTop, e.scrollLeft] as const);
    container.replaceChildren(build());
    // Restore the scroll positions first: the matrix renders the rows in view only.
    for (const [name, top, left] of scrolls) {
        const e = container.querySelector<HTMLElement>(`[data-scroll="${name}"]`);
        if (e) {
            e.scrollTop = top;
            e.scrollLeft = left;
        }
    }
    after?.();
    if (focused) activeKeys.add(focused);
    initRoving(container, activeKeys);
    if (focused) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    return performance.now() - started;
}

function fillMatrix(): void {
    root.querySelector<ScrollerElement>('.matrix-scroll')?.fill?.();
}

function render(): void {
    const ctx = context();
    if (!ctx) return;
    document.documentElement.lang = ctx.result.locale;
    const ms = rerender(root, () => page(ctx), fillMatrix);
    const moved = ctx.state.position !== shownPosition;
    if (moved) {
        // Bring the current entry of the log into view (the side panel scrolls on its own).
        const entry = root.querySelector<HTMLElement>('.side-panel .entry.current');
        const panel = root.querySelector<HTMLElement>('.side-panel');
        if (entry && panel) panel.scrollTop = Math.max(0, entry.offsetTop - panel.offsetTop - 8);
        root.querySelector<HTMLElement>('.markers [aria-current="step"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        if (shownPosition !== undefined && ctx.result.view) document.body.dataset.animated = String(animateLeaderMoves(root, ctx.result.view, ctx.labels.roleMark.leader));
    }
    shownPosition = ctx.state.position;
    document.body.dataset.renderMs = ms.toFixed(1);
    document.body.dataset.position = String(ctx.state.position);
    document.body.dataset.serverMs = ctx.result.serverMs.toFixed(1);
    if (current?.requestMs !== undefined) document.body.dataset.requestMs = current.requestMs.toFixed(1);
    post({ type: 'rendered', ms });
}

function page(ctx: RenderContext): Node {
    const view = ctx.result.view;
    return el(
        'div',
        { class: 'page' },
        renderHeader(ctx, view),
        failure ? el('p', { class: 'notice error', role: 'alert' }, ctx.labels.failedToLoad(failure)) : undefined,
        renderNotices(ctx),
        view ? layout(ctx, view) : el('main', { class: 'layout single' }, el('div', { class: 'column side-column' }, renderSide(ctx, view)))
    );
}

function layout(ctx: RenderContext, view: ClusterView): HTMLElement {
    return el('main', { class: 'layout' }, el('div', { class: 'column matrix-column' }, renderQuorum(ctx, view), renderMatrix(ctx, view)), el('div', { class: 'column side-column' }, renderSide(ctx, view)));
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
        rerender(host, () => renderMatrixTable(ctx, view), fillMatrix);
    } else if (patch.side !== undefined) render();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message.type === 'update') {
        // From the view's question to the answer's arrival: the request, plus both trips between view and extension.
        if (askedAt !== undefined) document.body.dataset.answerMs = (performance.now() - askedAt).toFixed(1);
        askedAt = undefined;
        if (message.topicsPatch) {
            const result = applyTopicsPatch(message.result, message.topicsPatch, current);
            // Not the update the patch is against (e.g. the page was reloaded meanwhile): ask for the whole view.
            if (!result) return vscode.postMessage({ type: 'ready' } satisfies FromWebview);
            document.body.dataset.topicsPatched = String(message.topicsPatch.changed.length);
            current = { ...message, result, topicsPatch: undefined };
        } else {
            delete document.body.dataset.topicsPatched;
            current = message;
        }
        failure = undefined;
        persist(current.state);
        render();
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
