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
