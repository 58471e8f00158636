// What a cluster's references resolve to, over its parts, kept across builds
// (issue 15): a part's references are read again only when its document was
// linked anew since (its link generation changed, kept-links.ts), so an edit to
// one file of a split cluster reads the clients of that file and of the files
// whose references into it were relinked, not those of every part.
import type { AstNode } from 'langium';
import type { Cluster } from '../generated/ast.js';

export class PartReferenceTargets {
    private readonly kept = new Map<Cluster, { readonly generation: object | undefined; readonly targets: readonly AstNode[] }>();
    /** How many references of all parts resolve to each node. */
    private readonly counts = new Map<AstNode, number>();

    constructor(
        /** The nodes the part's references resolve to (one entry per reference). */
        private readonly targetsOf: (part: Cluster) => readonly AstNode[],
        /** Changes whenever the part's document is linked anew; undefined: unknown (read every time). */
        private readonly generationOf: (part: Cluster) => object | undefined
    ) {}

    sync(parts: readonly Cluster[]): void {
        if (this.kept.size > 0) {
            const current = new Set(parts);
            for (const [part, entry] of this.kept) {
                if (current.has(part)) continue;
                this.count(entry.targets, -1);
                this.kept.delete(part);
            }
        }
        for (const part of parts) {
            const generation = this.generationOf(part);
            const entry = this.kept.get(part);
            if (entry && generation !== undefined && entry.generation === generation) continue;
            if (entry) this.count(entry.targets, -1);
            const targets = this.targetsOf(part);
            this.count(targets, 1);
            this.kept.set(part, { generation, targets });
        }
    }

    /** Whether a reference of some part resolves to `node`. */
    has(node: AstNode): boolean {
        return this.counts.has(node);
    }

    private count(targets: readonly AstNode[], delta: number): void {
        for (const target of targets) {
            const n = (this.counts.get(target) ?? 0) + delta;
            if (n === 0) this.counts.delete(target);
            else this.counts.set(target, n);
        }
    }
}
