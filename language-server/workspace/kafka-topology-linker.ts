// Langium's linker, except that after a block re-parse that kept the links of
// the unchanged blocks (kept-links.ts) it resolves only the references left
// unresolved — the new block's and those that pointed into the replaced one —
// instead of walking every node of the AST to find them (issue 15).
import { DefaultLinker, interruptAndCheck, type LangiumDocument, type Reference } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { referencesToLink } from './kept-links.js';

export class KafkaTopologyLinker extends DefaultLinker {
    /** How documents were linked: only what a block re-parse left unresolved, or the whole AST walked (tests, bench). */
    readonly counts = { partial: 0, whole: 0 };

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        const references = referencesToLink(document);
        if (!references) {
            this.counts.whole++;
            return super.link(document, cancelToken);
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
