// Langium's document builder, with what a cluster split over files needs and
// what keeps typing responsive in it (issue 15):
// - the documents an edit changed are built all the way to their diagnostics
//   first; the other parts of their clusters are linked and validated again
//   afterwards, in a second build that the next edit cancels; in the server
//   that build waits for a pause in typing (OTHER_PARTS_PAUSE_MS): while it
//   runs, the next keystroke waits for it to notice its cancellation;
// - an edit in a folder makes the other documents of that folder link and
//   validate again (a cluster-wide rule may now read differently there);
// - a file opened inside a workspace folder brings the other `.kafka` files of
//   its folder along (they may be parts of its cluster), and such a file stays
//   loaded from disk when its editor closes;
// - when an update changes one document only, its links are kept at the reset
//   and settled after the parse (kept-links.ts): a block re-parse relinks only
//   what it invalidated;
// - the other documents relink only their references into the changed
//   documents (and unresolved ones), unless a changed document declares other
//   names than before: then they relink everything.
import { Cancellation, DefaultDocumentBuilder, DocumentState, interruptAndCheck, setInterruptionPeriod, URI, UriUtils, type AstNode, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { clusterFolderOf } from './cluster-parts.js';
import { declaredNames, forgetLinkTargets, sameDeclarations, forgetPartialLinking, keepLinks, rememberLinkTargets, unlinkAll, unlinkReferencesInto } from './kept-links.js';

export class KafkaTopologyDocumentBuilder extends DefaultDocumentBuilder {
    /** The documents of the running update that are built first. */
    private priority = new Set<string>();
    /** Folders whose files are loaded (or being loaded). */
    private readonly loadedFolders = new Set<string>();
    /** The one document of the running update whose links are kept at its reset. */
    private keepLinksOf: string | undefined;
    /** The changed documents of the running update, when the other documents relink only their references into them. */
    private relinkInto: Set<string> | undefined;
    /** The folders of the running update's changed and deleted documents (their other documents are reset by relinkFolders). */
    private updatedFolders: ReadonlySet<string> = new Set();
    /** What changed documents declared at their last parse, until their next parse is compared with it. */
    private readonly declaredBefore = new Map<string, readonly string[]>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onUpdate((changed, deleted) => this.relinkFolders([...changed, ...deleted]));
        this.onDocumentPhase(DocumentState.IndexedContent, (document) => this.compareDeclarations(document));
        this.onDocumentPhase(DocumentState.Linked, rememberLinkTargets);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const siblings = await this.unloadedSiblings(changed);
        // A file of a loaded folder that is closed but still on disk stays a part of its cluster (read from disk again).
        const kept: URI[] = [];
        const gone: URI[] = [];
        for (const uri of deleted) {
            const loaded = this.loadedFolders.has(clusterFolderOf(uri) ?? '') && UriUtils.extname(uri) === '.kafka';
            (loaded && (await this.fileSystemProvider.exists(uri)) ? kept : gone).push(uri);
        }
        const all = [...changed, ...siblings, ...kept];
        this.priority = new Set([...changed, ...siblings].map((uri) => uri.toString()));
        this.keepLinksOf = all.length === 1 && gone.length === 0 ? all[0].toString() : undefined;
        this.relinkInto = gone.length === 0 && all.every((uri) => this.rememberDeclarations(uri)) ? new Set(all.map((uri) => uri.toString())) : undefined;
        this.updatedFolders = new Set([...all, ...gone].filter((uri) => UriUtils.extname(uri) === '.kafka').map(clusterFolderOf).filter((f) => f !== undefined));
        try {
            await super.update(all, gone, cancelToken);
        } finally {
            this.keepLinksOf = undefined;
            this.relinkInto = undefined;
            this.updatedFolders = new Set();
        }
    }

    /**
     * Langium asks this of every document on each update, reading all of its references. A document
     * in a changed document's folder is reset by relinkFolders (onUpdate) whatever the answer, so
     * it is not asked: on a cluster split over 100 files, ≈ 3 ms less before the edited file is parsed.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.updatedFolders.has(clusterFolderOf(document.uri) ?? '')) return false;
        return super.shouldRelink(document, changedUris);
    }

    override resetToState<T extends AstNode = AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        if (state === DocumentState.ComputedScopes && this.relinkInto && !this.relinkInto.has(document.uri.toString()) && unlinkReferencesInto(document, this.linkerOf(document), this.relinkInto)) {
            // Everything Langium does but unlinking the references kept.
            const references = document.references;
            document.references = [];
            super.resetToState(document, state);
            document.references = references;
            return;
        }
        if (state <= DocumentState.ComputedScopes) forgetLinkTargets(document);
        // A document whose partial linking is pending (its second build cancelled) does not list all of its references: unlink them all.
        const partial = state <= DocumentState.ComputedScopes && forgetPartialLinking(document);
        if (partial || state !== DocumentState.Changed || this.keepLinksOf !== document.uri.toString() || document.state <= DocumentState.Changed) {
            super.resetToState(document, state);
            return;
        }
        // Everything Langium does but unlinking: the document factory settles the links after the parse.
        const references = document.references;
        const linked = document.state >= DocumentState.Linked;
        document.references = [];
        super.resetToState(document, state);
        document.references = references;
        keepLinks(document, linked);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Documents not indexed yet go first too: their clusters may be parts of the changed documents' clusters.
        const first = documents.filter((d) => this.priority.has(d.uri.toString()) || d.state < DocumentState.ComputedScopes);
        this.priority = new Set();
        if (first.length === 0 || first.length === documents.length) return super.buildDocuments(documents, options, cancelToken);
        await super.buildDocuments(first, options, cancelToken);
        const rest = documents.filter((d) => !first.includes(d));
        // Langium took the first part's last phase for the workspace's: a request for another file
        // in the pause (inlay hints, code lenses) would be refused as never to be built. It waits.
        this.currentState = Math.min(this.currentState, ...rest.map((d) => d.state));
        await pauseInTyping(cancelToken);
        // Past the pause, a keystroke may still land in this build: it yields every 2 ms instead of
        // Langium's 10 (restored after), so the edit reaches the server a few slices sooner.
        setInterruptionPeriod(2);
        try {
            await super.buildDocuments(rest, options, cancelToken);
        } finally {
            setInterruptionPeriod(10);
        }
    }

    /** Whether the document's declarations before the update are known (it was parsed), remembered for `compareDeclarations`. */
    private rememberDeclarations(uri: URI): boolean {
        const key = uri.toString();
        if (this.declaredBefore.has(key)) return true;
        const document = this.langiumDocuments.getDocument(uri);
        if (!document || document.state < DocumentState.Parsed) return false;
        this.declaredBefore.set(key, declaredNames(document));
        return true;
    }

    /** A changed document parsed again: when it declares other names, every reference of its folder's other documents may resolve elsewhere. */
    private compareDeclarations(document: LangiumDocument): void {
        const before = this.declaredBefore.get(document.uri.toString());
        if (before === undefined) return;
        this.declaredBefore.delete(document.uri.toString());
        const folder = clusterFolderOf(document.uri);
        if (sameDeclarations(before, declaredNames(document)) || folder === undefined) return;
        this.relinkInto = undefined;
        for (const other of this.langiumDocuments.all) {
            if (other === document || clusterFolderOf(other.uri) !== folder) continue;
            if (other.state > DocumentState.ComputedScopes) this.resetToState(other, DocumentState.ComputedScopes);
            unlinkAll(other, this.linkerOf(other));
        }
    }

    private linkerOf(document: LangiumDocument) {
        return this.serviceRegistry.getServices(document.uri).references.Linker;
    }

    /** The other documents of the changed documents' folders link (lazily) and validate again. */
    private relinkFolders(uris: readonly URI[]): void {
        const folders = new Set(uris.map(clusterFolderOf).filter((f) => f !== undefined));
        if (folders.size === 0) return;
        const changed = new Set(uris.map((u) => u.toString()));
        for (const document of this.langiumDocuments.all) {
            if (changed.has(document.uri.toString()) || !folders.has(clusterFolderOf(document.uri) ?? '')) continue;
            if (document.state > DocumentState.ComputedScopes) this.resetToState(document, DocumentState.ComputedScopes);
        }
    }

    /** The `.kafka` files next to changed files in a workspace folder that are not loaded yet (each folder read once). */
    private async unloadedSiblings(changed: readonly URI[]): Promise<URI[]> {
        const roots = (this.workspaceManager().workspaceFolders ?? []).map((f) => URI.parse(f.uri).toString());
        if (roots.length === 0) return [];
        const found: URI[] = [];
        for (const uri of changed) {
            const folder = clusterFolderOf(uri);
            if (folder === undefined || this.loadedFolders.has(folder) || !roots.some((root) => folder === root || folder.startsWith(`${root}/`))) continue;
            this.loadedFolders.add(folder);
            try {
                for (const entry of await this.fileSystemProvider.readDirectory(URI.parse(folder))) {
                    if (entry.isFile && UriUtils.extname(entry.uri) === '.kafka' && !this.langiumDocuments.hasDocument(entry.uri)) found.push(entry.uri);
                }
            } catch {
                // An unreadable folder contributes nothing.
            }
        }
        return found;
    }
}

/**
 * How long the other parts of an edited file's cluster wait, after its diagnostics, before they
 * are built again. A running build notices a new edit only at its next pause (Langium yields
 * every 10 ms, and the edit takes a few yields to arrive): back-to-back edits in a cluster
 * of 100 files waited ≈ 30 ms for that. Idle, the server takes the next keystroke at once.
 */
export const OTHER_PARTS_PAUSE_MS = 150;

/** Waits OTHER_PARTS_PAUSE_MS, or until the update is cancelled (then throws as Langium's interruptAndCheck does); not without a cancellable token (the CLI, tests' builds). */
async function pauseInTyping(cancelToken: CancellationToken): Promise<void> {
    if (cancelToken === Cancellation.CancellationToken.None) return;
    await new Promise<void>((resolve) => {
        const timer = setTimeout(done, OTHER_PARTS_PAUSE_MS);
        const listener = cancelToken.onCancellationRequested(done);
        function done() {
            clearTimeout(timer);
            listener.dispose();
            resolve();
        }
    });
    await interruptAndCheck(cancelToken);
}
