// The header: title, partition health summary, and the simulation controls
// (undo, next, restart, reset, preferred election, scenarios, save, language).
import type { ClusterView, PartitionHealth } from '../../../language-server/protocol.js';
import { canGoBack, canGoNext } from '../timeline-navigation.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';

/** Worst first. */
const HEALTHS: readonly PartitionHealth[] = ['offline', 'not-writable', 'under-replicated', 'healthy'];

export function renderHeader(ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const { labels } = ctx;
    const summary = view
        ? el(
              'div',
              { class: 'health-summary', role: 'status' },
              ...HEALTHS.filter((h) => view.counts[h] > 0 || h === 'healthy').map((h) =>
                  el('span', { class: `chip health-${h}` }, `${view.counts[h]} ${labels.health[h]}`)
              ),
              view.dataLoss ? el('span', { class: 'chip data-loss' }, labels.dataLoss) : undefined
          )
        : undefined;
    return el('header', { class: 'header' }, el('h1', {}, labels.title(ctx.state.cluster)), summary, renderToolbar(ctx, view));
}

function renderToolbar(ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const { labels, state, result, post } = ctx;
    const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': labels.toolbar });
    const add = (...nodes: HTMLElement[]) => nodes.forEach((n) => bar.appendChild(n));
    add(
        button(`↶ ${labels.undo}`, () => post({ type: 'back' }), { key: 'tool:undo', disabled: !canGoBack(state) }),
        button(`${labels.next} ▶`, () => post({ type: 'next' }), { key: 'tool:next', disabled: !canGoNext(state) }),
        button(`« ${labels.restart}`, () => post({ type: 'restart' }), { key: 'tool:restart', disabled: state.position === 0 || state.items.length === 0 }),
        button(`⟲ ${labels.reset}`, () => post({ type: 'reset' }), { key: 'tool:reset', disabled: state.items.length === 0 })
    );
    if (view) add(button(labels.electPreferred, () => post({ type: 'apply', step: { kind: 'elect-preferred' } }), { key: 'tool:elect', class: 'secondary' }));

    if (result.scenarios.length > 0) {
        const select = el('select', { key: 'tool:scenario', 'aria-label': labels.scenario });
        select.appendChild(el('option', { value: '' }, labels.noScenario));
        for (const s of result.scenarios) {
            const option = el('option', { value: s.name }, s.name);
            if (s.name === state.scenario) option.selected = true;
            select.appendChild(option);
        }
        const play = button(`▶ ${labels.play}`, () => select.value && post({ type: 'play-scenario', scenario: select.value }), { key: 'tool:play', class: 'secondary' });
        add(el('span', { class: 'scenario-picker' }, el('label', {}, `${labels.scenario} `, select), play));
    }
    add(button(labels.saveScenario, () => post({ type: 'save-scenario' }), { key: 'tool:save', class: 'secondary', disabled: !canGoBack(state) }));

    const languages = el('span', { class: 'languages', role: 'group', 'aria-label': labels.language });
    for (const [locale, text] of [['en', 'EN'], ['ko', '한국어']] as const) {
        languages.appendChild(button(text, () => post({ type: 'set-locale', locale }), { key: `tool:locale-${locale}`, class: 'secondary', 'aria-pressed': String(result.locale === locale) }));
    }
    add(languages);
    return bar;
}

/** Notices above the view: the file's problem, dropped steps, skipped topics. */
export function renderNotices(ctx: RenderContext): HTMLElement | undefined {
    const { labels, result } = ctx;
    const notes: HTMLElement[] = [];
    if (result.problem) notes.push(el('p', { class: 'notice error', role: 'alert' }, result.problem));
    if (result.dropped.length > 0) notes.push(el('p', { class: 'notice warning', role: 'status' }, labels.dropped(result.dropped)));
    for (const s of result.view?.skippedTopics ?? []) notes.push(el('p', { class: 'notice warning' }, labels.skipped(s.topic, s.reason)));
    return notes.length > 0 ? el('div', { class: 'notices' }, ...notes) : undefined;
}
