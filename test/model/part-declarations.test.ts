// The cluster index kept across builds (issue 15): a part's declarations are compared node by
// node with the ones kept, so an edit re-reads only what it replaced, and the repeated names and
// the references' targets are those a reading of every part from scratch gives.
import type { AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Cluster } from '../../language-server/generated/ast.js';
import { PartDeclarations, PartTotal } from '../../language-server/model/part-declarations.js';
import { PartReferenceTargets } from '../../language-server/model/part-reference-targets.js';
import { seededRandom } from '../support/seeded-random.js';

interface Decl extends AstNode {
    readonly name?: string;
}
interface Part {
    decls: Decl[];
}

let offset = 0;
/** A declaration of a part, at a later offset than every one made before. */
const decl = (part: Part, name: string | undefined): Decl => ({ $type: 'Topic', name, $container: part as unknown as AstNode, $cstNode: { offset: offset++ } } as unknown as Decl);
const part = (...names: Array<string | undefined>): Part => {
    const p: Part = { decls: [] };
    p.decls = names.map((n) => decl(p, n));
    return p;
};
const asClusters = (parts: readonly Part[]) => parts as unknown as Cluster[];

/** The declarations of repeated names read from scratch, in cluster order. */
function repeatedFromScratch(parts: readonly Part[]): Decl[] {
    const all = parts.flatMap((p) => p.decls);
    const count = new Map<string, number>();
    for (const d of all) if (d.name !== undefined) count.set(d.name, (count.get(d.name) ?? 0) + 1);
    return all.filter((d) => d.name !== undefined && count.get(d.name)! > 1);
}

function index(read: Decl[] = []): PartDeclarations<Decl> {
    return new PartDeclarations<Decl>(
        (p) => (p as unknown as Part).decls,
        (d) => {
            read.push(d);
            return d.name;
        }
    );
}

describe('PartDeclarations', () => {
    test('repeated names across parts, in part order then text order', () => {
        const a = part('x', 'y', 'x');
        const b = part('y', 'z', undefined);
        const parts = [a, b];
        const declarations = index();
        declarations.sync(asClusters(parts));
        expect(declarations.repeatedDeclarations(asClusters(parts))).toEqual([a.decls[0], a.decls[1], a.decls[2], b.decls[0]]);
        // The parts in the other order: b's declaration comes first.
        expect(declarations.repeatedDeclarations(asClusters([b, a]))).toEqual([b.decls[0], a.decls[0], a.decls[1], a.decls[2]]);
    });

    test('an edit that replaces one declaration reads only that one; a part gone takes its names with it', () => {
        const parts = [part('a', 'b'), part('c', 'd'), part('e')];
        const read: Decl[] = [];
        const declarations = index(read);
        declarations.sync(asClusters(parts));
        expect(read).toHaveLength(5);
        read.length = 0;
        parts[1].decls[1] = decl(parts[1], 'a');
        declarations.sync(asClusters(parts));
        expect(read).toEqual([parts[1].decls[1]]);
        expect(declarations.repeatedDeclarations(asClusters(parts))).toEqual([parts[0].decls[0], parts[1].decls[1]]);
        read.length = 0;
        declarations.sync(asClusters([parts[0], parts[2]]));
        expect(read).toEqual([]);
        expect(declarations.repeatedDeclarations(asClusters([parts[0], parts[2]]))).toEqual([]);
    });

    test('random edits (replace, insert, delete, parts added and dropped) give the repeated names and first declarations a reading from scratch gives', () => {
        const declarations = index();
        randomEdits(20261201, (parts, step) => {
            declarations.sync(asClusters(parts));
            expect(declarations.repeatedDeclarations(asClusters(parts)), `step ${step}`).toEqual(repeatedFromScratch(parts));
            const all = parts.flatMap((p) => p.decls);
            for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) expect(declarations.first(name, asClusters(parts)), `step ${step}, ${name}`).toBe(all.find((d) => d.name === name));
        });
    });
});

/** 2 000 random edits of a few parts; `check` after each. */
function randomEdits(seed: number, check: (parts: Part[], step: number) => void): void {
    const r = seededRandom(seed);
    const names = ['a', 'b', 'c', 'd', 'e', undefined];
    let parts = [part('a'), part('b', 'c'), part()];
    for (let step = 0; step < 2000; step++) {
        const p = r.pick(parts);
        const at = r.int(p.decls.length + 1);
        switch (r.int(5)) {
            case 0:
                if (p.decls.length > 0) p.decls[Math.min(at, p.decls.length - 1)] = decl(p, r.pick(names));
                break;
            case 1:
                p.decls.splice(at, 0, decl(p, r.pick(names)));
                break;
            case 2:
                p.decls.splice(at, 1);
                break;
            case 3:
                parts = parts.length > 1 && r.int(2) === 0 ? parts.filter((q) => q !== p) : [...parts, part(r.pick(names), r.pick(names))];
                break;
            default:
                p.decls = p.decls.map((d) => decl(p, d.name));
        }
        // Text order inside a part is array order: offsets follow it.
        for (const q of parts) q.decls.sort((x, y) => (x.$cstNode?.offset ?? 0) - (y.$cstNode?.offset ?? 0));
        check(parts, step);
    }
}

describe('PartTotal', () => {
    test('a sum over random edits is the sum from scratch; a value is read once per declaration and context', () => {
        const total = new PartTotal<Decl>((p) => (p as unknown as Part).decls);
        const weight = (d: Decl, factor: number) => factor * ((d.name?.charCodeAt(0) ?? 0) - 96);
        const contexts = [[{ $type: 'Defaults' }], [{ $type: 'Defaults' }, { $type: 'Defaults' }]];
        const reads = new Map<Decl, number>();
        randomEdits(7, (parts, step) => {
            const context = contexts[Math.floor(step / 500) % 2];
            const factor = context.length;
            const sum = total.sync(asClusters(parts), context, (d) => {
                reads.set(d, (reads.get(d) ?? 0) + 1);
                return weight(d, factor);
            });
            expect(sum, `step ${step}`).toBe(parts.flatMap((p) => p.decls).reduce((s, d) => s + weight(d, factor), 0));
        });
        // Read again only at the three changes of context.
        expect(Math.max(...reads.values())).toBeLessThanOrEqual(4);
    });
});

describe('PartReferenceTargets', () => {
    const target = (): AstNode => ({ $type: 'Topic' });

    test('a part is read again only when its link generation changes or is unknown', () => {
        const [t1, t2, t3] = [target(), target(), target()];
        const a = { targets: [t1, t1] };
        const b = { targets: [t2] };
        const generations = new Map<object, object | undefined>([[a, {}], [b, undefined]]);
        const reads: object[] = [];
        const targets = new PartReferenceTargets(
            (p) => {
                reads.push(p);
                return (p as unknown as typeof a).targets;
            },
            (p) => generations.get(p)
        );
        const parts = asClusters([a, b] as unknown as Part[]);
        targets.sync(parts);
        expect(reads).toEqual([a, b]);
        expect([t1, t2, t3].map((t) => targets.has(t))).toEqual([true, true, false]);
        reads.length = 0;
        a.targets = [t3];
        targets.sync(parts);
        // a's generation is unchanged: what it resolved to is kept (the builder gives it a new one when it relinks).
        expect(reads).toEqual([b]);
        expect(targets.has(t1)).toBe(true);
        generations.set(a, {});
        targets.sync(parts);
        expect([t1, t2, t3].map((t) => targets.has(t))).toEqual([false, true, true]);
        targets.sync(asClusters([a] as unknown as Part[]));
        expect([t1, t2, t3].map((t) => targets.has(t))).toEqual([false, false, true]);
    });
});
