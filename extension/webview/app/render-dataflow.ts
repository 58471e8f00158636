// Producers → topics → consumer groups as an SVG diagram, drawn by hand (three
// columns of boxes and curved edges need no layout library). Each edge takes
// the health of that flow after the step: a producer blocked on the topic, a
// group stalled on it (red, dashed, ✖), a topic under-replicated (amber), else
// green. Clicking a box (or Enter on it) shows its declaration in the file.
import type { ClusterView, TopicView } from '../../../language-server/protocol.js';
import type { RenderContext } from './context.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 560;
const BOX_W = 150;
const BOX_H = 26;
const GAP = 10;
const TOP = 28;
/** Topics drawn at most (troubled ones first); the rest are counted. */
const MAX_TOPICS = 40;
const MAX_CLIENTS = 40;
const NAME_CHARS = 19;

type Flow = 'ok' | 'degraded' | 'blocked';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    return node;
}

const short = (name: string): string => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name);

interface Node {
    readonly kind: 'producer' | 'topic' | 'group';
    readonly name: string;
    readonly line?: number;
    readonly flow: Flow;
    readonly x: number;
    readonly y: number;
}

export function renderDataFlow(ctx: RenderContext, view: ClusterView): HTMLElement {
    const { labels, post } = ctx;
    if (view.producers.length === 0 && view.groups.length === 0) return el('p', { class: 'muted' }, labels.flowEmpty);
    const used = new Set([...view.producers.flatMap((p) => p.topics), ...view.groups.flatMap((g) => g.topics)]);
    const severity = (t: TopicView) => (t.health === 'healthy' ? 0 : 1);
    const topics = view.topics.filter((t) => used.has(t.name)).sort((a, b) => severity(b) - severity(a) || a.name.localeCompare(b.name));
    const shownTopics = topics.slice(0, MAX_TOPICS);
    const topicSet = new Set(shownTopics.map((t) => t.name));
    const producers = view.producers.filter((p) => p.topics.some((t) => topicSet.has(t))).slice(0, MAX_CLIENTS);
    const groups = view.groups.filter((g) => g.topics.some((t) => topicSet.has(t))).slice(0, MAX_CLIENTS);

    const column = (i: number) => (i === 0 ? 0 : i === 1 ? (WIDTH - BOX_W) / 2 : WIDTH - BOX_W);
    const place = <T,>(items: readonly T[], i: number, total: number, make: (item: T, x: number, y: number) => Node): Node[] => {
        const height = items.length * (BOX_H + GAP);
        const offset = TOP + Math.max(0, (total - height) / 2);
        return items.map((item, k) => make(item, column(i), offset + k * (BOX_H + GAP)));
    };
    const tallest = Math.max(producers.length, shownTopics.length, groups.length) * (BOX_H + GAP);
    const topicNodes = place(shownTopics, 1, tallest, (t, x, y) => ({ kind: 'topic', name: t.name, line: t.line, flow: t.health === 'healthy' ? 'ok' : t.counts['not-writable'] + t.counts.offline > 0 ? 'blocked' : 'degraded', x, y }));
    const producerNodes = place(producers, 0, tallest, (p, x, y) => ({ kind: 'producer', name: p.name, line: p.line, flow: p.canWrite ? 'ok' : 'blocked', x, y }));
    const groupNodes = place(groups, 2, tallest, (g, x, y) => ({ kind: 'group', name: g.name, line: g.line, flow: g.stalled > 0 ? 'blocked' : g.balanced ? 'ok' : 'degraded', x, y }));
    const topicAt = new Map(topicNodes.map((n) => [n.name, n]));
    const topicFlow = new Map<string, Flow>(shownTopics.map((t) => [t.name, t.health === 'healthy' ? 'ok' : 'degraded']));

    const height = TOP + tallest + (topics.length > MAX_TOPICS ? 24 : 4);
    const root = svg('svg', { class: 'dataflow', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'group', 'aria-label': labels.dataFlow });
    const headings: [string, number][] = [[labels.flowProducers, column(0)], [labels.flowTopics, column(1)], [labels.flowGroups, column(2)]];
    for (const [text, x] of headings) {
        const t = svg('text', { x: x + BOX_W / 2, y: 16, class: 'flow-heading', 'text-anchor': 'middle' });
        t.textContent = text;
        root.append(t);
    }
    const edges = svg('g', { class: 'edges' });
    const edge = (a: Node, b: Node, flow: Flow, from: string, to: string) => {
        const x1 = a.x + BOX_W;
        const y1 = a.y + BOX_H / 2;
        const x2 = b.x;
        const y2 = b.y + BOX_H / 2;
        const mid = (x1 + x2) / 2;
        const path = svg('path', { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, class: `edge flow-${flow}`, 'data-from': from, 'data-to': to });
        const title = svg('title');
        title.textContent = labels.flowEdge(from, to, flow !== 'blocked');
        path.append(title);
        edges.append(path);
    };
    for (const p of producers) {
        const from = producerNodes.find((n) => n.name === p.name)!;
        for (const t of p.topics) {
            const to = topicAt.get(t);
            if (to) edge(from, to, p.blockedTopics.includes(t) ? 'blocked' : topicFlow.get(t)!, p.name, t);
        }
    }
    for (const g of groups) {
        const to = groupNodes.find((n) => n.name === g.name)!;
        for (const t of g.topics) {
            const from = topicAt.get(t);
            if (from) edge(from, to, g.stalledTopics.includes(t) ? 'blocked' : topicFlow.get(t)!, t, g.name);
        }
    }
    root.append(edges);
    for (const n of [...producerNodes, ...topicNodes, ...groupNodes]) root.append(box(n, labels.flowOpen(n.name), post));
    if (topics.length > MAX_TOPICS) {
        const more = svg('text', { x: column(1) + BOX_W / 2, y: height - 8, 'text-anchor': 'middle', class: 'flow-more' });
        more.textContent = labels.flowMore(topics.length - MAX_TOPICS);
        root.append(more);
    }
    return el('div', { class: 'dataflow-host', 'data-scroll': 'flow' }, root);
}

function box(n: Node, label: string, post: RenderContext['post']): SVGGElement {
    const g = svg('g', { class: `flow-node ${n.kind} flow-${n.flow}`, 'data-node': `${n.kind}:${n.name}`, transform: `translate(${n.x},${n.y})` });
    g.append(svg('rect', { width: BOX_W, height: BOX_H, rx: 4 }));
    const text = svg('text', { x: 8, y: BOX_H / 2 + 4 });
    text.textContent = `${n.flow === 'blocked' ? '✖ ' : ''}${short(n.name)}`;
    const title = svg('title');
    title.textContent = n.name;
    g.append(text, title);
    const line = n.line;
    if (line !== undefined) {
        g.setAttribute('tabindex', '0');
        g.setAttribute('role', 'button');
        g.setAttribute('aria-label', label);
        g.dataset.key = `flow:${n.kind}:${n.name}`;
        const open = () => post({ type: 'reveal-line', line });
        g.addEventListener('click', open);
        g.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                open();
            }
        });
    }
    return g;
}
