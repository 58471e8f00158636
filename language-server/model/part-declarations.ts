// A cluster's declarations of one kind over its parts, kept across builds
// (issue 15). At each build a part's list is compared with the one kept, node by
// node: a re-parsed block is a new node, so an edit re-reads what it replaced and
// the rest costs one comparison per declaration. The rules that look for
// repeated names then read only the keys declared more than once, and a sum over
// the declarations follows the edit too.
import type { AstNode } from 'langium';
import type { Cluster } from '../generated/ast.js';

/** Each part's list as last read, and what changed in it since. */
class KeptPartLists<T extends AstNode> {
    private readonly kept = new Map<Cluster, T[]>();

    constructor(private readonly declarationsOf: (part: Cluster) => readonly T[]) {}

    /** Brings the kept lists to these parts (parts not among them are dropped): every removal is reported before the additions, as a declaration may have moved. */
    sync(parts: readonly Cluster[], removed: (node: T) => void, added: (node: T) => void): void {
        if (this.kept.size > 0) {
            const current = new Set(parts);
            for (const [part, nodes] of this.kept) {
                if (current.has(part)) continue;
                nodes.forEach(removed);
                this.kept.delete(part);
            }
        }
        for (const part of parts) {
            const now = this.declarationsOf(part);
            const kept = this.kept.get(part);
            if (!kept) {
                now.forEach(added);
                this.kept.set(part, [...now]);
                continue;
            }
            // Only what lies between the common start and the common end changed (a block re-parse replaces one).
            let start = 0;
            while (start < kept.length && start < now.length && kept[start] === now[start]) start++;
            let keptEnd = kept.length;
            let nowEnd = now.length;
            while (keptEnd > start && nowEnd > start && kept[keptEnd - 1] === now[nowEnd - 1]) {
                keptEnd--;
                nowEnd--;
            }
            if (start === keptEnd && start === nowEnd) continue;
            for (let i = start; i < keptEnd; i++) removed(kept[i]);
            for (let i = start; i < nowEnd; i++) added(now[i]);
            if (nowEnd - start > 64) this.kept.set(part, [...now]);
            else kept.splice(start, keptEnd - start, ...now.slice(start, nowEnd));
        }
    }

    clear(): void {
        this.kept.clear();
    }
}

export class PartDeclarations<T extends AstNode> {
    private readonly lists: KeptPartLists<T>;
    private readonly byKey = new Map<string, Set<T>>();
    private readonly keyOfNode = new Map<T, string>();
    /** Keys with more than one declaration. */
    private readonly repeated = new Set<string>();
    /** The first declaration of repeated keys, for `firstsOf` since the last sync. */
    private readonly firsts = new Map<string, T>();
    private firstsOf?: readonly Cluster[];

    constructor(
        declarationsOf: (part: Cluster) => readonly T[],
        private readonly keyOf: (node: T) => string | undefined
    ) {
        this.lists = new KeptPartLists(declarationsOf);
    }

    /** Brings the index to these parts (parts not among them are dropped). */
    sync(parts: readonly Cluster[]): void {
        this.firsts.clear();
        this.lists.sync(parts, (node) => this.remove(node), (node) => this.add(node));
    }

    /** The first declaration of the key in cluster order. */
    first(key: string, parts: readonly Cluster[]): T | undefined {
        const nodes = this.byKey.get(key);
        if (!nodes) return undefined;
        if (nodes.size === 1) return nodes.values().next().value;
        // A repeated name is sorted once per sync, however many references read it.
        if (this.firstsOf !== parts) {
            this.firsts.clear();
            this.firstsOf = parts;
        }
        let first = this.firsts.get(key);
        if (first === undefined) this.firsts.set(key, (first = inClusterOrder([...nodes], parts)[0]));
        return first;
    }

    /** The declarations of keys declared more than once, in cluster order (part order, then text order). */
    repeatedDeclarations(parts: readonly Cluster[]): T[] {
        if (this.repeated.size === 0) return [];
        const found: T[] = [];
        for (const key of this.repeated) found.push(...this.byKey.get(key)!);
        return inClusterOrder(found, parts);
    }

    private add(node: T): void {
        const key = this.keyOf(node);
        if (key === undefined) return;
        this.keyOfNode.set(node, key);
        let nodes = this.byKey.get(key);
        if (!nodes) {
            nodes = new Set();
            this.byKey.set(key, nodes);
        }
        nodes.add(node);
        if (nodes.size > 1) this.repeated.add(key);
    }

    private remove(node: T): void {
        const key = this.keyOfNode.get(node);
        if (key === undefined) return;
        this.keyOfNode.delete(node);
        const nodes = this.byKey.get(key)!;
        nodes.delete(node);
        if (nodes.size === 0) this.byKey.delete(key);
        if (nodes.size <= 1) this.repeated.delete(key);
    }
}

/**
 * A number summed over a cluster's declarations (each declaration's value read once), kept
 * across builds; read again whole when the nodes the values also depend on (`context`) change.
 */
export class PartTotal<T extends AstNode> {
    private readonly lists: KeptPartLists<T>;
    private readonly values = new Map<T, number>();
    private total = 0;
    private context: readonly AstNode[] = [];

    constructor(declarationsOf: (part: Cluster) => readonly T[]) {
        this.lists = new KeptPartLists(declarationsOf);
    }

    sync(parts: readonly Cluster[], context: readonly AstNode[], valueOf: (node: T) => number): number {
        if (context.length !== this.context.length || context.some((node, i) => node !== this.context[i])) {
            this.lists.clear();
            this.values.clear();
            this.total = 0;
            this.context = [...context];
        }
        this.lists.sync(
            parts,
            (node) => {
                this.total -= this.values.get(node) ?? 0;
                this.values.delete(node);
            },
            (node) => {
                const value = valueOf(node);
                this.values.set(node, value);
                this.total += value;
            }
        );
        return this.total;
    }
}

/** Declarations sorted as the cluster reads them: by part, then by position in the part's file. */
export function inClusterOrder<T extends AstNode>(nodes: readonly T[], parts: readonly Cluster[]): T[] {
    const partIndex = new Map(parts.map((part, i) => [part, i]));
    return nodes
        .map((node) => ({ node, part: partIndex.get(node.$container as Cluster) ?? -1, offset: node.$cstNode?.offset ?? 0 }))
        .sort((a, b) => a.part - b.part || a.offset - b.offset)
        .map(({ node }) => node);
}
