// Langium's linker, except that after a block re-parse that kept the links of
// the unchanged blocks (kept-links.ts) it resolves only the references left
// unresolved — the new block's and those that pointed into the replaced one —
// instead of walking every node of the AST to find them (issue 15).
import { DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
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
        for (const reference of references) this.doLink(reference, document);
    }
}
