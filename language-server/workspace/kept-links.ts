// Links of unchanged blocks kept across a block re-parse (issue 15). Langium
// unlinks a changed document's every reference before parsing it again; for the
// one document an update changes, the builder keeps them until the parse says
// what changed, and then only the references that the re-parse invalidated are
// unlinked (and linked again by the builder's linking phase, which resolves only
// unresolved references): those to nodes of the replaced block. When the block
// declared other names than its replacement (a topic renamed, a group's members),
// or the whole text was parsed, every reference is unlinked, as before.
// In the first case the linker (workspace/kafka-topology-linker.ts) then visits
// only the new block and the references unlinked, not the whole AST.
import { AstUtils, type AstNode, type LangiumDocument, type Linker, type Reference, type ReferenceInfo } from 'langium';
import { isConsumerGroup, isShareGroup, isTopic } from '../generated/ast.js';
import { memberIdsOf } from '../model/members.js';

/** Documents whose links were kept at their reset, and whether they were all linked then. */
const keptLinks = new WeakMap<LangiumDocument, { readonly linked: boolean }>();

/** What the next linking of a document must resolve, when not every reference of its AST. */
const toLink = new WeakMap<LangiumDocument, readonly ReferenceInfo[]>();

/**
 * Called by the builder instead of unlinking the document when it resets it to Changed;
 * `linked`: the document had been linked (its `references` list every reference of its AST).
 */
export function keepLinks(document: LangiumDocument, linked: boolean): void {
    keptLinks.set(document, { linked });
}

/** The references the linker has to resolve in `document` (once), or undefined: all of the AST. */
export function referencesToLink(document: LangiumDocument): readonly ReferenceInfo[] | undefined {
    const references = toLink.get(document);
    toLink.delete(document);
    return references;
}

/** A block re-parse: the node replaced and its replacement. */
export interface Splice {
    readonly oldNode: AstNode;
    readonly newNode: AstNode;
}

/** After the document was parsed: unlink what the parse invalidated (everything unless `splice` says otherwise). */
export function settleLinks(document: LangiumDocument, linker: Linker, splice: Splice | undefined): void {
    toLink.delete(document);
    const kept = keptLinks.get(document);
    if (!kept) return;
    keptLinks.delete(document);
    if (!splice || declarationsOf(splice.oldNode) !== declarationsOf(splice.newNode)) {
        linker.unlink(document);
        return;
    }
    const stale: Reference[] = [];
    const staleInfos: ReferenceInfo[] = [];
    const keep: Reference[] = [];
    for (const reference of document.references as Reference[]) {
        const source = reference.$refNode?.astNode;
        // References of the replaced block went with it.
        if (!source || within(source, splice.oldNode)) continue;
        const target = reference.ref;
        if (!target || !within(target, splice.oldNode)) {
            keep.push(reference);
            continue;
        }
        stale.push(reference);
        const info = AstUtils.streamReferences(source).find((i) => i.reference === reference);
        if (info) staleInfos.push(info);
    }
    document.references = stale;
    linker.unlink(document);
    document.references = keep;
    // Langium's linking would resolve every unresolved reference of the AST: those of the new block and the ones just unlinked.
    if (kept.linked && staleInfos.length === stale.length) {
        const fresh = AstUtils.streamAst(splice.newNode).flatMap((node) => AstUtils.streamReferences(node)).toArray();
        toLink.set(document, [...staleInfos, ...fresh].sort((a, b) => (a.reference.$refNode?.offset ?? 0) - (b.reference.$refNode?.offset ?? 0)));
    }
}

/** What a top-level block declares that references resolve to: topic and group names, a group's member ids. */
function declarationsOf(node: AstNode): string {
    if (isTopic(node)) return `topic ${node.name}`;
    if (isConsumerGroup(node) || isShareGroup(node)) return `group ${node.name} ${JSON.stringify(memberIdsOf(node).map((m) => m.id))}`;
    return '';
}

function within(node: AstNode, ancestor: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current === ancestor) return true;
    }
    return false;
}
