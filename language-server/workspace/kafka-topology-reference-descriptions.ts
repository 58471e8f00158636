// Langium's reference descriptions (the index behind find references, rename and
// what other files' changes affect), except that an unchanged top-level block —
// the same AST node after a block re-parse, at the same place in the AST — keeps
// the descriptions of its references whose links were kept. A description reads
// its document position from its reference when asked (what follows an edit
// moves), so a kept one is the same object: an edit describes its block only. Issue 15.
import {
    Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference,
    type AstNode, type AstNodeDescription, type CstNode, type DocumentSegment, type LangiumDocument, type Reference, type ReferenceDescription, type ReferenceInfo
} from 'langium';
import type { URI } from 'vscode-uri';
import { isCluster } from '../generated/ast.js';
import { forEachReference, pushChildrenReversed, treeNodes } from '../util/ast-walk.js';

/** One reference of a block as it was described: the description depends on these and on its position only. */
interface Described {
    readonly reference: Reference;
    readonly target: AstNodeDescription | undefined;
    readonly descriptions: readonly ReferenceDescription[];
}

/** Where a block is in its document (its descriptions' source path says so): its cluster, and its place in it and in the root. */
interface Place {
    readonly cluster: AstNode | undefined;
    readonly clusterIndex: number | undefined;
    readonly property: string | undefined;
    readonly index: number | undefined;
}

const placeOf = (block: AstNode): Place => ({
    cluster: block.$container,
    clusterIndex: block.$container?.$containerIndex,
    property: block.$containerProperty,
    index: block.$containerIndex
});

const samePlace = (place: Place, block: AstNode): boolean =>
    place.cluster === block.$container && place.clusterIndex === block.$container?.$containerIndex && place.property === block.$containerProperty && place.index === block.$containerIndex;

interface BlockEntry {
    readonly place: Place;
    readonly uri: string;
    readonly references: readonly Described[];
}

export class KafkaTopologyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly blocks = new WeakMap<AstNode, BlockEntry>();
    /** Blocks whose descriptions were kept, and blocks described again (tests, bench). */
    readonly counts = { kept: 0, described: 0 };

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const uri = document.uri.toString();
        // streamAst's order, a block's subtree walked only when the block is described again.
        const stack: AstNode[] = [document.parseResult.value];
        let visited = 0;
        await interruptAndCheck(cancelToken);
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++visited % 256 === 0) await interruptAndCheck(cancelToken);
            if (!isBlock(node)) {
                forEachReference(node, (info) => this.describe(info, descriptions));
                pushChildrenReversed(node, stack);
                continue;
            }
            const kept = this.blocks.get(node);
            if (kept && kept.uri === uri && samePlace(kept.place, node) && kept.references.every(unchanged)) {
                this.counts.kept++;
                for (const described of kept.references) for (const d of described.descriptions) descriptions.push(d);
                continue;
            }
            this.counts.described++;
            const references: Described[] = [];
            for (const inner of treeNodes(node)) {
                forEachReference(inner, (info) => {
                    const own: ReferenceDescription[] = [];
                    this.describe(info, own);
                    for (const d of own) descriptions.push(d);
                    if (isReference(info.reference)) references.push({ reference: info.reference, target: described(info.reference), descriptions: own });
                });
            }
            this.blocks.set(node, { place: placeOf(node), uri, references });
        }
        return descriptions;
    }

    private describe(info: ReferenceInfo, into: ReferenceDescription[]): void {
        if (info.reference.error) return;
        const refNode = info.reference.$refNode;
        for (const d of this.createInfoDescriptions(info)) into.push(refNode ? new LiveReferenceDescription(d, refNode) : d);
    }
}

/** Langium's description, with the segment of the reference's text where it is now. */
class LiveReferenceDescription implements ReferenceDescription {
    readonly sourceUri: URI;
    readonly sourcePath: string;
    readonly targetUri: URI;
    readonly targetPath: string;
    readonly local?: boolean;
    readonly #refNode: CstNode;

    constructor(description: ReferenceDescription, refNode: CstNode) {
        this.sourceUri = description.sourceUri;
        this.sourcePath = description.sourcePath;
        this.targetUri = description.targetUri;
        this.targetPath = description.targetPath;
        this.local = description.local;
        this.#refNode = refNode;
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.#refNode);
    }
}

/** A top-level block of a cluster (the unit a block re-parse replaces). */
const isBlock = (node: AstNode): boolean => node.$container !== undefined && isCluster(node.$container) && node.$cstNode !== undefined;

/** What the reference is linked to (its description), or undefined when unresolved. */
const described = (reference: Reference): AstNodeDescription | undefined => (reference.error ? undefined : reference.$nodeDescription);

/** Linked to the same description (kept links keep it; a new link makes a new one), and still placed in the text. */
const unchanged = ({ reference, target }: Described): boolean => reference.$refNode !== undefined && described(reference) === target;
