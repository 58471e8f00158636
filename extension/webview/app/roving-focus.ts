// Roving focus (WAI-ARIA): a group of items is one Tab stop; arrow keys, Home
// and End move between its items. Groups are marked `data-roving` and their
// items `data-roving-item`; re-rendering keeps the item that had the tab stop.

const ITEM = '[data-roving-item]';

export function makeRoving(group: HTMLElement, orientation: 'horizontal' | 'vertical' | 'both' = 'both'): HTMLElement {
    group.dataset.roving = orientation;
    return group;
}

/** Gives each roving group exactly one tab stop (the item with `activeKey`, else the first). */
export function initRoving(root: HTMLElement, activeKeys: ReadonlySet<string>): void {
    for (const group of Array.from(root.querySelectorAll<HTMLElement>('[data-roving]'))) {
        const items = itemsOf(group);
        const active = items.find((i) => i.dataset.key !== undefined && activeKeys.has(i.dataset.key)) ?? items[0];
        // Written only when it changes: a write, even of the same value, restyles the item.
        for (const item of items) {
            const tabIndex = item === active ? '0' : '-1';
            // The attribute, not the property: a button has tabIndex 0 without one, and the tab stop is found by it.
            if (item.getAttribute('tabindex') !== tabIndex) item.setAttribute('tabindex', tabIndex);
        }
    }
}

/** The keys of the items holding the tab stop of each roving group. */
export function activeRovingKeys(root: HTMLElement): Set<string> {
    const keys = new Set<string>();
    for (const item of Array.from(root.querySelectorAll<HTMLElement>(`[data-roving] ${ITEM}[tabindex="0"]`))) if (item.dataset.key) keys.add(item.dataset.key);
    return keys;
}

/** One keydown listener on the root serves every group. */
export function handleRovingKeys(root: HTMLElement): void {
    root.addEventListener('keydown', (event) => {
        const target = event.target as HTMLElement;
        if (!target.matches?.(ITEM)) return;
        const group = target.closest<HTMLElement>('[data-roving]');
        if (!group) return;
        const orientation = group.dataset.roving;
        const forward = (event.key === 'ArrowRight' && orientation !== 'vertical') || (event.key === 'ArrowDown' && orientation !== 'horizontal');
        const backward = (event.key === 'ArrowLeft' && orientation !== 'vertical') || (event.key === 'ArrowUp' && orientation !== 'horizontal');
        const items = itemsOf(group);
        const index = items.indexOf(target);
        let next = -1;
        if (forward) next = Math.min(items.length - 1, index + 1);
        else if (backward) next = Math.max(0, index - 1);
        else if (event.key === 'Home') next = 0;
        else if (event.key === 'End') next = items.length - 1;
        if (next < 0 || next === index) return;
        event.preventDefault();
        for (const item of items) item.tabIndex = -1;
        items[next].tabIndex = 0;
        items[next].focus();
    });
}

function itemsOf(group: HTMLElement): HTMLElement[] {
    return Array.from(group.querySelectorAll<HTMLElement>(ITEM)).filter((i) => i.closest('[data-roving]') === group);
}
