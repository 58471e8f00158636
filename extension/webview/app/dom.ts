// Building DOM with text only: every string a user wrote (names of clusters,
// topics, members) goes in through textContent or an attribute, never as HTML.

type Child = Node | string | false | null | undefined;

export interface Attributes {
    readonly class?: string;
    /** Identifies an interactive element across re-renders, to give its focus back. */
    readonly key?: string;
    readonly [attribute: string]: string | number | boolean | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === false) continue;
        if (name === 'class') node.className = String(value);
        else if (name === 'key') node.dataset.key = String(value);
        else node.setAttribute(name, value === true ? '' : String(value));
    }
    append(node, ...children);
    return node;
}

export function append(parent: Node, ...children: Child[]): void {
    for (const child of children) {
        if (child === undefined || child === null || child === false) continue;
        parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
}

/** A button that runs `onClick`; `label` is its accessible name when its text alone is not enough. */
export function button(text: string, onClick: () => void, attributes: Attributes = {}): HTMLButtonElement {
    const b = el('button', { type: 'button', ...attributes }, text);
    b.addEventListener('click', onClick);
    return b;
}

/**
 * Makes `target` show what `source` shows when both have the same shape (the same tags and
 * numbers of children all the way down): attributes and texts are copied, the elements and
 * their listeners and focus are kept. False, and nothing changed, when the shapes differ.
 * Tab stops are left alone (roving focus owns them); styles go through CSSOM (the CSP
 * allows no style attribute).
 */
export function morph(target: Element, source: Element): boolean {
    if (!sameShape(target, source)) return false;
    copy(target, source);
    return true;
}

function sameShape(a: Node, b: Node): boolean {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName || a.childNodes.length !== b.childNodes.length) return false;
    for (let i = 0; i < a.childNodes.length; i++) if (!sameShape(a.childNodes[i], b.childNodes[i])) return false;
    return true;
}

const KEPT_ATTRIBUTES = new Set(['tabindex', 'style']);

function copy(a: Node, b: Node): void {
    if (!(a instanceof HTMLElement) || !(b instanceof HTMLElement)) {
        if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
        return;
    }
    for (const { name, value } of Array.from(b.attributes)) if (!KEPT_ATTRIBUTES.has(name) && a.getAttribute(name) !== value) a.setAttribute(name, value);
    for (const { name } of Array.from(a.attributes)) if (!KEPT_ATTRIBUTES.has(name) && !b.hasAttribute(name)) a.removeAttribute(name);
    if (a.style.cssText !== b.style.cssText) a.style.cssText = b.style.cssText;
    for (let i = 0; i < a.childNodes.length; i++) copy(a.childNodes[i], b.childNodes[i]);
}
