// The failover webview (browser side): renders what the language server
// computed and sends the user's intents to the extension. No Kafka logic here.
// State for VS Code to restore the panel is kept with getState/setState.
import type { ClusterView } from '../../../language-server/protocol.js';
import type { FromWebview, PanelState, ToWebview, UiState, WebviewState } from '../messages.js';
import './app.css';
import type { RenderContext } from './context.js';
import { el } from './dom.js';
import { labelsFor } from './labels.js';
import { renderBrokers, renderQuorum } from './render-brokers.js';
import { renderGroups, renderProducers } from './render-clients.js';
import { renderHeader, renderNotices } from './render-toolbar.js';
import { renderTimeline } from './render-timeline.js';
import { renderTopicList, renderTopics } from './render-topics.js';
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

const post = (message: FromWebview): void => vscode.postMessage(message);

function persist(state: PanelState): void {
    vscode.setState({ panel: state, ui });
}

function context(): RenderContext | undefined {
    if (!current) return undefined;
    return { labels: labelsFor(current.result.locale), state: current.state, result: current.result, ui, post, setUi };
}

/** Re-renders `build()` into `container`, giving back the focus, the roving tab stops and the scroll positions. */
function rerender(container: HTMLElement, build: () => Node): number {
    const started = performance.now();
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const activeKeys = activeRovingKeys(container);
    const scrolls = Array.from(container.querySelectorAll<HTMLElement>('[data-scroll]')).map((e) => [e.dataset.scroll!, e.scrollTop] as const);
    container.replaceChildren(build());
    if (focused) activeKeys.add(focused);
    initRoving(container, activeKeys);
    for (const [name, top] of scrolls) {
        const e = container.querySelector<HTMLElement>(`[data-scroll="${name}"]`);
        if (e) e.scrollTop = top;
    }
    if (focused) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    return performance.now() - started;
}

function render(): void {
    const ctx = context();
    if (!ctx) return;
    document.documentElement.lang = ctx.result.locale;
    const ms = rerender(root, () => page(ctx));
    // After a move in the timeline, bring its current entry into view — only where the timeline
    // scrolls on its own (wide layout); in the one-column layout that would scroll the page away.
    const column = root.querySelector<HTMLElement>('.timeline-column');
    if (ctx.state.position !== shownPosition && column && getComputedStyle(column).overflowY === 'auto') {
        root.querySelector('.entry.current')?.scrollIntoView({ block: 'nearest' });
    }
    shownPosition = ctx.state.position;
    document.body.dataset.renderMs = ms.toFixed(1);
    document.body.dataset.position = String(ctx.state.position);
    document.body.dataset.serverMs = ctx.result.serverMs.toFixed(1);
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
        view ? layout(ctx, view) : el('main', { class: 'layout single' }, column('timeline', renderTimeline(ctx)))
    );
}

function layout(ctx: RenderContext, view: ClusterView): HTMLElement {
    return el(
        'main',
        { class: 'layout' },
        column('cluster', renderQuorum(ctx, view), renderBrokers(ctx, view), renderProducers(ctx, view), renderGroups(ctx, view)),
        column('topics', renderTopics(ctx, view)),
        column('timeline', renderTimeline(ctx))
    );
}

function column(name: string, ...children: (HTMLElement | undefined)[]): HTMLElement {
    return el('div', { class: `column ${name}-column`, 'data-scroll': name }, ...children);
}

function setUi(patch: Partial<UiState>): void {
    ui = { ...ui, ...patch };
    if (current) persist(current.state);
    const ctx = context();
    const list = document.getElementById('topic-list');
    if (ctx?.result.view && list) {
        const view = ctx.result.view;
        rerender(list, () => renderTopicList(ctx, view));
    }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message.type === 'update') {
        current = message;
        failure = undefined;
        persist(message.state);
        render();
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
