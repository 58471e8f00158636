// Links of unchanged blocks kept across a block re-parse (issue 15). Langium
// unlinks a changed document's every reference before parsing it again; for the
// one document an update changes, the builder keeps them until the parse says
// what changed, and then only the references that the re-parse invalidated are
// unlinked (and linked again by the builder's linking phase, which resolves only
// unresolved references): those to nodes of the replaced block. When the block
// declared other names than its replacement (a topic renamed, a group's members),
// or the whole text was parsed, every reference is unlinked, as before.
import { type AstNode, type LangiumDocument, type Linker, type Reference } from 'langium';
import { isConsumerGroup, isShareGroup, isTopic } from '../generated/ast.js';
import { memberIdsOf } from '../model/members.js';

const keptLinks = new WeakSet<LangiumDocument>();

/** Called by the builder instead of unlinking the document when it resets it to Changed. */
export function keepLinks(document: LangiumDocument): void {
    keptLinks.add(document);
}

/** A block re-parse: the node replaced and its replacement. */
export interface Splice {
    readonly oldNode: AstNode;
    readonly newNode: AstNode;
}

/** After the document was parsed: unlink what the parse invalidated (everything unless `splice` says otherwise). */
export function settleLinks(document: LangiumDocument, linker: Linker, splice: Splice | undefined): void {
    if (!keptLinks.delete(document)) return;
    if (!splice || declarationsOf(splice.oldNode) !== declarationsOf(splice.newNode)) {
        linker.unlink(document);
        return;
    }
    const stale: Reference[] = [];
    const kept: Reference[] = [];
    for (const reference of document.references as Reference[]) {
        const source = reference.$refNode?.astNode;
        // References of the replaced block went with it.
        if (!source || within(source, splice.oldNode)) continue;
        const target = reference.ref;
        (target && within(target, splice.oldNode) ? stale : kept).push(reference);
    }
    document.references = stale;
    linker.unlink(document);
    document.references = kept;
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
