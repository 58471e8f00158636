// Langium's linker, except that after a block re-parse that kept the links of
// the unchanged blocks (kept-links.ts) it resolves only the references left
// unresolved — the new block's and those that pointed into the replaced one —
// instead of walking every node of the AST to find them (issue 15).
import {
    Cancellation, AstUtils, DefaultLinker, DocumentState, interruptAndCheck, isAstNode, isAstNodeDescription, isLinkingError, RefResolving,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumCoreServices, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo
} from 'langium';
import { forEachReference, treeNodes } from '../util/ast-walk.js';
import { referencesToLink } from './kept-links.js';
import { referenceFreeTypes } from './reference-free-types.js';

export class KafkaTopologyLinker extends DefaultLinker {
    private readonly referenceFree: ReadonlySet<string>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.referenceFree = referenceFreeTypes(services.Grammar);
    }

    /** Langium's reference, as an instance of a class (see LinkedReference). */
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new LinkedReference(this as unknown as LinkerInternals, node, property, refNode, refText);
    }

    /** How documents were linked: only what a block re-parse left unresolved, or the whole AST walked (tests, bench). */
    readonly counts = { partial: 0, whole: 0 };

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const references = referencesToLink(document);
        if (!references) {
            this.counts.whole++;
            if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
            // DefaultLinker.link's walk, in its order, with an await every 256 nodes instead of one per
            // node, past the subtrees that cannot hold a reference.
            const nodes = treeNodes(document.parseResult.value, this.referenceFree);
            const linkSite = (site: ReferenceInfo): void => this.doLink(site, document);
            for (let i = 0; i < nodes.length; i++) {
                if ((i & 255) === 0) await interruptAndCheck(cancelToken);
                forEachReference(nodes[i], linkSite);
            }
            return;
        }
        this.counts.partial++;
        await interruptAndCheck(cancelToken);
        const kept = document.references.length;
        for (const reference of references) this.doLink(reference, document);
        document.references = inTextOrder(document.references as Reference[], kept);
    }
}

// A whole linking lists references in text order, and so do the linking errors the
// validator reports from that list: merge the newly linked ones (text order) into the
// kept ones (text order) so that an edit gives the diagnostics a whole build gives.
function inTextOrder(references: Reference[], kept: number): Reference[] {
    if (kept === 0 || kept === references.length) return references;
    const offset = (reference: Reference): number => reference.$refNode?.offset ?? 0;
    const merged: Reference[] = [];
    let i = 0;
    let j = kept;
    while (i < kept && j < references.length) merged.push(offset(references[i]) <= offset(references[j]) ? references[i++] : references[j++]);
    while (i < kept) merged.push(references[i++]);
    while (j < references.length) merged.push(references[j++]);
    return merged;
}

/** What LinkedReference calls on the linker (protected in DefaultLinker). */
interface LinkerInternals {
    loadAstNode(description: AstNodeDescription): AstNode | undefined;
    createLinkingError(info: { reference: Reference; container: AstNode; property: string }, description?: AstNodeDescription): LinkingError;
    getLinkedNode(info: { reference: Reference; container: AstNode; property: string }): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError };
    throwCyclicReferenceError(node: AstNode, property: string, refText: string): never;
}

/**
 * DefaultLinker.buildReference's object, with the same fields and the same lazy resolution, as an
 * instance of a class. Langium builds each reference as an object literal with getters, which V8
 * keeps in dictionary mode: every `ref` read was a hash lookup (≈ 0.9 µs; 8 300 of them each time
 * a split cluster's topics are checked for clients). `_nodeDescription` is added after the others,
 * so DefaultLinker.unlink's `delete` of it keeps the instance's fast shape.
 */
class LinkedReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    declare _nodeDescription?: AstNodeDescription;
    readonly #linker: LinkerInternals;
    readonly #container: AstNode;
    readonly #property: string;

    constructor(linker: LinkerInternals, container: AstNode, property: string, readonly $refNode: CstNode | undefined, readonly $refText: string) {
        this.#linker = linker;
        this.#container = container;
        this.#property = property;
    }

    get ref(): AstNode | undefined {
        if (isAstNode(this._ref)) return this._ref;
        if (isAstNodeDescription(this._nodeDescription)) {
            const linked = this.#linker.loadAstNode(this._nodeDescription);
            this._ref = linked ?? this.#linker.createLinkingError(this.#info(), this._nodeDescription);
        } else if (this._ref === undefined) {
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(this.#container).$document;
            const found = this.#linker.getLinkedNode(this.#info());
            if (found.error && document && document.state < DocumentState.ComputedScopes) {
                this._ref = undefined;
                return undefined;
            }
            this._ref = found.node ?? found.error;
            this._nodeDescription = found.descr;
            document?.references.push(this);
        } else if (this._ref === RefResolving) {
            this.#linker.throwCyclicReferenceError(this.#container, this.#property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }

    #info(): { reference: Reference; container: AstNode; property: string } {
        return { reference: this, container: this.#container, property: this.#property };
    }
}
