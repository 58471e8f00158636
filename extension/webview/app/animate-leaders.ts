// The leader moving: after a step, a ★ travels from the old leader's cell to the
// new one's for every partition in view whose leader changed. Skipped when the
// user asks for reduced motion (the changed cells stay highlighted). Measures
// the frames it got, for the benchmark (body[data-animation-fps]).
import type { ClusterView } from '../../../language-server/protocol.js';

export const LEADER_MOVE_MS = 700;
/** Beyond this many moves in view, only the first ones travel (the rest are highlighted). */
const MAX_GHOSTS = 40;

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function animateLeaderMoves(root: HTMLElement, view: ClusterView, mark: string): number {
    if (reducedMotion()) return 0;
    const ghosts: { ghost: HTMLElement; target: HTMLElement; dx: number; dy: number }[] = [];
    for (const topic of view.topics) {
        if (!topic.changed) continue;
        for (const p of topic.partitions) {
            const from = p.before?.leader;
            if (from === undefined || from === null || p.leader === null || from === p.leader) continue;
            const row = root.querySelector<HTMLElement>(`.partition-row[data-topic="${CSS.escape(topic.name)}"][data-partition="${p.partition}"]`);
            const a = row?.querySelector<HTMLElement>(`.cell[data-broker="${from}"]`);
            const b = row?.querySelector<HTMLElement>(`.cell[data-broker="${p.leader}"]`);
            if (!a || !b) continue;
            const ra = a.getBoundingClientRect();
            const rb = b.getBoundingClientRect();
            if (ra.bottom < 0 || ra.top > innerHeight) continue;
            const ghost = document.createElement('span');
            ghost.className = 'leader-ghost';
            ghost.textContent = mark;
            ghost.setAttribute('aria-hidden', 'true');
            ghost.style.left = `${ra.left}px`;
            ghost.style.top = `${ra.top}px`;
            ghost.style.width = `${ra.width}px`;
            ghost.style.height = `${ra.height}px`;
            ghosts.push({ ghost, target: b, dx: rb.left - ra.left, dy: rb.top - ra.top });
            if (ghosts.length >= MAX_GHOSTS) break;
        }
        if (ghosts.length >= MAX_GHOSTS) break;
    }
    if (ghosts.length === 0) return 0;
    for (const g of ghosts) {
        g.target.classList.add('arriving');
        document.body.appendChild(g.ghost);
        const anim = g.ghost.animate([{ transform: 'translate(0, 0)' }, { transform: `translate(${g.dx}px, ${g.dy}px)` }], {
            duration: LEADER_MOVE_MS,
            easing: 'cubic-bezier(0.4, 0, 0.2, 1)'
        });
        anim.onfinish = anim.oncancel = () => {
            g.ghost.remove();
            g.target.classList.remove('arriving');
        };
    }
    measureFrames();
    return ghosts.length;
}

function measureFrames(): void {
    const started = performance.now();
    let frames = 0;
    const tick = (now: number) => {
        frames++;
        if (now - started < LEADER_MOVE_MS) requestAnimationFrame(tick);
        else document.body.dataset.animationFps = ((frames * 1000) / (now - started)).toFixed(0);
    };
    requestAnimationFrame(tick);
}
