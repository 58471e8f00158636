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
import { AstUtils, DocumentState, type AstNode, type LangiumDocument, type Linker, type Reference, type ReferenceInfo } from 'langium';
import { isConsumerGroup, isShareGroup, isTopic, type Model } from '../generated/ast.js';
import { memberIdsOf } from '../model/members.js';

/** Documents whose links were kept at their reset, and whether they were all linked then. */
const keptLinks = new WeakMap<LangiumDocument, { readonly linked: boolean }>();

/** What the next linking of a document must resolve, when not every reference of its AST. */
const toLink = new WeakMap<LangiumDocument, readonly ReferenceInfo[]>();

/**
 * The documents a linked document's references resolve into, and whether one did not resolve,
 * as they were when it was last linked and while none of its references is unlinked since.
 */
const linkedInto = new WeakMap<LangiumDocument, { readonly documents: ReadonlySet<string>; readonly unresolved: boolean }>();

/** Other parts whose references were not read at an update (nothing linked into the changed documents), and those read (tests, bench). */
export const relinkCounts = { skipped: 0, read: 0 };

/**
 * Called once the document is linked (every reference it lists resolved or failed). What is
 * remembered holds until a reference is unlinked (forgetLinkTargets): a part of a split cluster
 * that linked nothing again keeps it, unread.
 */
export function rememberLinkTargets(document: LangiumDocument): void {
    if (linkedInto.has(document)) return;
    const documents = new Set<string>();
    let unresolved = false;
    for (const reference of document.references as Reference[]) {
        const target = reference.error ? undefined : reference.ref;
        if (target) documents.add(AstUtils.getDocument(target).uri.toString());
        else unresolved = true;
    }
    linkedInto.set(document, { documents, unresolved });
}

/**
 * The same object while the document's references resolve as when it was last linked (a new
 * one after each linking that followed an unlinking); undefined when that is not known.
 */
export function linkGeneration(document: LangiumDocument): object | undefined {
    return linkedInto.get(document);
}

/** Called when references of the document are unlinked. */
export function forgetLinkTargets(document: LangiumDocument): void {
    linkedInto.delete(document);
}

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

/**
 * After the document was parsed: unlink what the parse invalidated (everything unless `splice` says
 * otherwise; nothing when the text is `unchanged`: a didChange or a save that leaves the text as it
 * was, which would otherwise link a 200 000-line file again).
 */
export function settleLinks(document: LangiumDocument, linker: Linker, splice: Splice | 'unchanged' | undefined): void {
    toLink.delete(document);
    const kept = keptLinks.get(document);
    // Links are kept only when this document is the update's one change (the builder's keepLinksOf).
    if (splice === 'unchanged' && kept?.linked) {
        keptLinks.delete(document);
        toLink.set(document, []);
        return;
    }
    forgetLinkTargets(document);
    if (!kept) return;
    keptLinks.delete(document);
    if (!splice || splice === 'unchanged' || declarationsOf(splice.oldNode) !== declarationsOf(splice.newNode)) {
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

/**
 * Another part of a changed document's cluster, reset for linking again: only its references into
 * the `changed` documents and its unresolved ones (a new declaration may resolve them) are unlinked,
 * and the linker resolves just those. This holds while the changed documents declare the same names
 * (`declaredNames`; the builder unlinks everything otherwise). False when the document's references
 * are not all listed (it was not linked, and no partial linking is pending): then everything is unlinked.
 */
export function unlinkReferencesInto(document: LangiumDocument, linker: Linker, changed: ReadonlySet<string>): boolean {
    const pending = toLink.get(document);
    if (document.state < DocumentState.Linked && !pending) return false;
    // Most parts of a split cluster link nothing into the edited file: their references need not be read.
    const into = linkedInto.get(document);
    if (!pending && into && !into.unresolved && ![...changed].some((uri) => into.documents.has(uri))) {
        toLink.set(document, []);
        relinkCounts.skipped++;
        return true;
    }
    relinkCounts.read++;
    forgetLinkTargets(document);
    const keep: Reference[] = [];
    const stale = (pending ?? []).map((info) => info.reference as Reference);
    const staleInfos: ReferenceInfo[] = [...(pending ?? [])];
    for (const reference of document.references as Reference[]) {
        const target = reference.error ? undefined : reference.ref;
        if (target && !changed.has(AstUtils.getDocument(target).uri.toString())) {
            keep.push(reference);
            continue;
        }
        const source = reference.$refNode?.astNode;
        const info = source && AstUtils.streamReferences(source).find((i) => i.reference === reference);
        if (!info) return false;
        stale.push(reference);
        staleInfos.push(info);
    }
    // Pending references may have been resolved on demand since (into a document that changed now).
    document.references = stale;
    linker.unlink(document);
    document.references = keep;
    toLink.set(document, staleInfos.sort((a, b) => (a.reference.$refNode?.offset ?? 0) - (b.reference.$refNode?.offset ?? 0)));
    return true;
}

/** Every reference of the document unlinked, kept or pending: the whole AST is linked again. */
export function unlinkAll(document: LangiumDocument, linker: Linker): void {
    forgetPartialLinking(document);
    forgetLinkTargets(document);
    linker.unlink(document);
}

/**
 * A partial linking that is pending is given up: its references are listed again with the
 * document's others (for an unlinking of them all), and the next linking walks the whole AST.
 * False when none was pending.
 */
export function forgetPartialLinking(document: LangiumDocument): boolean {
    const pending = toLink.get(document);
    if (!pending) return false;
    toLink.delete(document);
    document.references = [...(document.references as Reference[]), ...pending.map((info) => info.reference as Reference)];
    return true;
}

/**
 * The names a document declares that references of other parts resolve to, in order (clusters,
 * topics, groups and their members), one entry per declaration. A block's entry is kept with the
 * block (the same node while unchanged), so comparing the lists before and after an edit compares
 * kept entries by reference.
 */
export function declaredNames(document: LangiumDocument): readonly string[] {
    const model = document.parseResult.value as Partial<Model>;
    const names: string[] = [];
    for (const cluster of model.clusters ?? []) {
        names.push(`cluster ${cluster.name}`);
        for (const topic of cluster.topics) names.push(declarationsOf(topic));
        for (const group of cluster.groups) names.push(declarationsOf(group));
        for (const group of cluster.shareGroups) names.push(declarationsOf(group));
    }
    return names;
}

export const sameDeclarations = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((name, i) => name === b[i]);

const declarations = new WeakMap<AstNode, string>();

/** What a top-level block declares that references resolve to: topic and group names, a group's member ids. */
function declarationsOf(node: AstNode): string {
    let declared = declarations.get(node);
    if (declared === undefined) {
        declared = isTopic(node) ? `topic ${node.name}` : isConsumerGroup(node) || isShareGroup(node) ? `group ${node.name} ${JSON.stringify(memberIdsOf(node).map((m) => m.id))}` : '';
        declarations.set(node, declared);
    }
    return declared;
}

function within(node: AstNode, ancestor: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current === ancestor) return true;
    }
    return false;
}
