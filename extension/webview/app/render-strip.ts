// The timeline as a strip under the controls: a slider to scrub through the
// steps, and a marker per item — steps numbered (◆ when done by hand), each
// expectation ✔ passed / ✖ failed / ◦ not yet played. A step marker jumps there;
// an expectation marker shows its line in the file once it has a result.
import type { TimelineEntry } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { button, el } from './dom.js';
import { makeRoving } from './roving-focus.js';

export function renderStrip(ctx: RenderContext): HTMLElement | undefined {
    const { labels, result, post } = ctx;
    if (result.timeline.length === 0) return undefined;
    const stepIndices = result.timeline.flatMap((e, i) => (e.kind === 'step' ? [i] : []));
    const applied = stepIndices.filter((i) => result.timeline[i].applied).length;
    const slider = el('input', {
        type: 'range',
        key: 'strip:slider',
        min: 0,
        max: stepIndices.length,
        step: 1,
        value: applied,
        'aria-label': labels.scrub,
        'aria-valuetext': labels.scrubValue(applied, stepIndices.length)
    });
    slider.addEventListener('input', () => {
        const v = Number(slider.value);
        post(v === 0 ? { type: 'restart' } : { type: 'goto', index: stepIndices[v - 1] });
    });
    const markers = makeRoving(el('ol', { class: 'markers', 'aria-label': labels.timeline }), 'horizontal');
    markers.append(el('li', {}, button('◉', () => post({ type: 'restart' }), { key: 'marker:start', class: `marker start${result.position === 0 ? ' current' : ''}`, 'data-roving-item': true, title: labels.healthyStart, 'aria-label': labels.healthyStart })));
    let ordinal = 0;
    result.timeline.forEach((entry, index) => {
        if (entry.kind === 'step') ordinal++;
        markers.append(el('li', {}, marker(ctx, entry, index, ordinal, index === result.position - 1)));
    });
    return el('div', { class: 'strip' }, slider, markers);
}

function marker(ctx: RenderContext, entry: TimelineEntry, index: number, ordinal: number, current: boolean): HTMLElement {
    const { labels, post } = ctx;
    const common = { key: `marker:${index}`, 'data-roving-item': true, 'data-index': index, 'aria-current': current ? 'step' : undefined };
    if (entry.kind === 'step') {
        const manual = entry.line === undefined;
        const title = labels.markerStep(ordinal, entry.text, manual);
        return button(`${manual ? '◆' : ''}${ordinal}`, () => post({ type: 'goto', index }), {
            ...common,
            class: `marker step ${entry.applied ? 'applied' : 'pending'}${manual ? ' manual' : ''}${current ? ' current' : ''}`,
            title,
            'aria-label': title
        });
    }
    const state = !entry.applied ? 'pending' : entry.passed ? 'passed' : 'failed';
    const title = labels.markerExpect(entry.text, state, entry.line);
    const line = entry.line;
    return button(state === 'passed' ? '✔' : state === 'failed' ? '✖' : '◦', () => (entry.applied && line !== undefined ? post({ type: 'reveal-line', line }) : post({ type: 'goto', index })), {
        ...common,
        class: `marker expect ${state}`,
        title,
        'aria-label': title
    });
}
