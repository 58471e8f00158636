// The header: title, partition health, the one-line "what changed" of the last
// step, and the controls (restart, undo, play/pause, next, speed; scenarios;
// preferred election, save, reset; language). Every control says what it does
// in its tooltip; disabled ones look disabled.
import type { ClusterView, Locale } from '../../../language-server/protocol.js';
import { canGoBack, canGoNext } from '../timeline-navigation.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { LANGUAGE_NAMES } from './messages/index.js';
import { SPEEDS } from './player.js';
import { renderStrip } from './render-strip.js';

export function renderHeader(ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const { labels } = ctx;
    const health = view
        ? el(
              'div',
              { class: 'health-summary' },
              ...view.healths.filter((h) => view.counts[h] > 0 || h === 'healthy').map((h) => el('span', { class: `chip health-${h}` }, `${view.counts[h]} ${labels.health[h]}`)),
              view.dataLoss ? el('span', { class: 'chip data-loss' }, labels.dataLoss) : undefined
          )
        : undefined;
    return el(
        'header',
        { class: 'header' },
        el('div', { class: 'title-row' }, el('h1', {}, labels.title(ctx.state.cluster)), health, renderLanguages(ctx)),
        view ? renderChange(ctx, view) : undefined,
        renderToolbar(ctx, view),
        renderStrip(ctx)
    );
}

/** "Broker 1 failed → 3 partitions moved leader, …" — or the healthy start. */
function renderChange(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { labels, result } = ctx;
    const current = result.timeline.slice(0, result.position);
    // The expectations right after the last applied step: its checks.
    let passed = 0;
    let failed = 0;
    for (let i = current.length - 1; i >= 0 && current[i].kind === 'expect'; i--) {
        if (current[i].passed) passed++;
        else failed++;
    }
    const change = view.change;
    return el(
        'p',
        { class: `change tone-${change?.tone ?? 'good'}`, role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
        el('span', { class: 'change-mark', 'aria-hidden': 'true' }, change ? (change.tone === 'bad' ? '✖' : change.tone === 'good' ? '✔' : '➜') : '✔'),
        el('span', { class: 'change-text' }, change ? change.text : labels.startSummary(view.brokerCount, view.partitionCount)),
        passed + failed > 0 ? el('span', { class: `chip ${failed > 0 ? 'health-offline' : 'health-healthy'} expectations` }, labels.expectationsSummary(passed, failed)) : undefined
    );
}

function renderToolbar(ctx: RenderContext, view: ClusterView | undefined): HTMLElement {
    const { labels, state, result, post, player, ui } = ctx;
    const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': labels.toolbar });
    const add = (...nodes: (HTMLElement | undefined)[]) => nodes.forEach((n) => n && bar.appendChild(n));
    const select = result.scenarios.length > 0 ? el('select', { key: 'tool:scenario', 'aria-label': labels.scenario }) : undefined;
    if (select) {
        select.appendChild(el('option', { value: '' }, labels.noScenario));
        for (const s of result.scenarios) {
            const option = el('option', { value: s.name }, s.name);
            if (s.name === state.scenario) option.selected = true;
            select.appendChild(option);
        }
    }
    /** The scenario picked but not yet in the timeline. */
    const toLoad = () => (select && select.value !== '' && select.value !== state.scenario ? select.value : undefined);
    const playing = player.isPlaying;
    const play = button(playing ? `❚❚ ${labels.pause}` : `▶ ${labels.play}`, () => (playing ? player.stop() : player.play(state, toLoad())), {
        key: 'tool:play',
        class: 'primary',
        title: playing ? labels.pause : labels.playTip,
        'aria-pressed': String(playing),
        disabled: !playing && state.items.length === 0 && result.scenarios.length === 0
    });
    const speed = el('select', { key: 'tool:speed', 'aria-label': labels.speed, title: labels.speed });
    for (const s of SPEEDS) {
        const option = el('option', { value: String(s) }, `${s}×`);
        if (s === (ui.speed ?? 1)) option.selected = true;
        speed.appendChild(option);
    }
    speed.addEventListener('change', () => ctx.setUi({ speed: Number(speed.value) }));
    add(
        el(
            'span',
            { class: 'group', role: 'group', 'aria-label': labels.timeline },
            button(`⇤ ${labels.restart}`, () => post({ type: 'restart' }), { key: 'tool:restart', title: labels.restartTip, disabled: state.position === 0 || state.items.length === 0 }),
            button(`↶ ${labels.undo}`, () => post({ type: 'back' }), { key: 'tool:undo', title: labels.undoTip, disabled: !canGoBack(state) }),
            play,
            button(`${labels.next} ⇥`, () => post({ type: 'next' }), { key: 'tool:next', title: labels.nextTip, disabled: !canGoNext(state) }),
            el('label', { class: 'speed' }, speed)
        )
    );
    if (select) {
        add(
            el(
                'span',
                { class: 'group scenario-picker' },
                el('label', {}, `${labels.scenario} `, select),
                button(labels.loadScenario, () => toLoad() && post({ type: 'load-scenario', scenario: select.value }), { key: 'tool:load', class: 'secondary', title: labels.loadScenarioTip })
            )
        );
    }
    add(
        el(
            'span',
            { class: 'group' },
            view ? button(labels.electPreferred, () => post({ type: 'apply', step: { kind: 'elect-preferred' } }), { key: 'tool:elect', class: 'secondary', title: labels.electTip }) : undefined,
            button(labels.saveScenario, () => post({ type: 'save-scenario' }), { key: 'tool:save', class: 'secondary', title: labels.saveTip, disabled: !canGoBack(state) }),
            button(`⟲ ${labels.reset}`, () => post({ type: 'reset' }), { key: 'tool:reset', class: 'secondary', title: labels.resetTip, disabled: state.items.length === 0 })
        )
    );
    return bar;
}

function renderLanguages(ctx: RenderContext): HTMLElement {
    const { labels, result, post } = ctx;
    const languages = el('span', { class: 'languages', role: 'group', 'aria-label': labels.language });
    for (const [locale, text] of Object.entries(LANGUAGE_NAMES) as [Locale, string][]) {
        languages.appendChild(button(text, () => post({ type: 'set-locale', locale }), { key: `tool:locale-${locale}`, class: 'secondary small', 'aria-pressed': String(result.locale === locale) }));
    }
    return languages;
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
