// The timeline: every step with its event log (what happened, in words) and
// every expectation with its result. Applied entries first, then the ones not
// yet played; clicking an entry replays the timeline up to it.
import type { LogLine, TimelineEntry } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { makeRoving } from './roving-focus.js';

export function renderTimeline(ctx: RenderContext): HTMLElement {
    const { labels, result, post } = ctx;
    const list = makeRoving(el('ol', { class: 'timeline-list' }), 'vertical');
    list.appendChild(
        el(
            'li',
            { class: 'entry start applied' },
            button(labels.healthyStart, () => post({ type: 'restart' }), { key: 'entry:start', class: 'entry-head', 'data-roving-item': true })
        )
    );
    let steps = 0;
    result.timeline.forEach((entry, index) => {
        if (entry.kind === 'step') steps++;
        list.appendChild(renderEntry(ctx, entry, index, entry.kind === 'step' ? steps : undefined, index === result.position - 1));
    });
    return el(
        'section',
        { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
        el('h2', { id: 'timeline-heading' }, labels.timeline),
        result.timeline.length === 0 ? el('p', { class: 'muted' }, labels.timelineEmpty) : undefined,
        list
    );
}

/** `ordinal`: the step's number among the steps (expectations have none). */
function renderEntry(ctx: RenderContext, entry: TimelineEntry, index: number, ordinal: number | undefined, current: boolean): HTMLElement {
    const { labels, post } = ctx;
    const status =
        entry.kind === 'expect'
            ? entry.applied
                ? entry.passed
                    ? `✔ ${labels.passed}`
                    : `✖ ${labels.failed}`
                : labels.pending
            : entry.applied
              ? entry.noEffect
                  ? labels.noEffect
                  : ''
              : labels.pending;
    const outcome = entry.kind === 'expect' && entry.applied ? (entry.passed ? 'passed' : 'failed') : '';
    const head = button('', () => post({ type: 'goto', index }), {
        key: `entry:${index}`,
        class: 'entry-head',
        'data-roving-item': true,
        'aria-current': current ? 'step' : undefined
    });
    head.append(el('span', { class: 'entry-number' }, ordinal === undefined ? '' : `${ordinal}.`), el('span', { class: 'entry-text' }, entry.text));
    if (status) head.append(el('span', { class: `entry-status ${outcome}` }, status));
    const item = el('li', { class: `entry ${entry.kind} ${entry.applied ? 'applied' : 'pending'} ${outcome} ${current ? 'current' : ''}`, 'data-index': index }, head);
    if (entry.line !== undefined) {
        const line = entry.line;
        item.appendChild(button(labels.line(line), () => post({ type: 'reveal-line', line }), { key: `line:${index}`, class: 'link small' }));
    }
    if (entry.observation) item.appendChild(el('p', { class: 'observation' }, entry.observation));
    if (entry.log.length > 0) item.appendChild(renderLog(entry.log));
    return item;
}

/** The lines about the whole cluster first, then one group per topic (in the order the log names them). */
function renderLog(lines: readonly LogLine[]): HTMLElement {
    const byTopic = new Map<string | undefined, LogLine[]>();
    for (const line of lines) {
        const list = byTopic.get(line.topic);
        if (list) list.push(line);
        else byTopic.set(line.topic, [line]);
    }
    const log = el('ul', { class: 'log' });
    for (const line of byTopic.get(undefined) ?? []) log.appendChild(el('li', { class: `tone-${line.tone}` }, line.text));
    for (const [topic, group] of byTopic) {
        if (topic === undefined) continue;
        const worst = group.some((l) => l.tone === 'bad') ? 'bad' : group.every((l) => l.tone === 'good') ? 'good' : 'info';
        const inner = el('ul', { class: 'log' });
        for (const line of group) inner.appendChild(el('li', { class: `tone-${line.tone}` }, line.text));
        log.appendChild(el('li', { class: `log-topic tone-${worst}`, 'data-log-topic': topic }, el('span', { class: 'log-topic-name' }, topic), inner));
    }
    return log;
}
