// The "Simulate failover" panel: one per cluster of a file. It owns the panel
// state (the timeline), asks the language server for the view of it, and hands
// the answer to the webview, which only renders. Follows VS Code's webview
// sample: viewType, createOrShow / revive / dispose, a serializer (failover-commands.ts),
// CSP with a nonce, typed messages.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { FailoverViewRequest, SaveScenarioRequest, ScenarioStepsRequest, type ClusterRef, type FailoverViewResult, type ViewPatch } from '../../language-server/protocol.js';
import type { FromWebview, PanelState, ToWebview } from './messages.js';
import { applyViewPatch } from '../../language-server/view-patch.js';
import { addStep, appendScenario, back, goTo, loadScenario, next, reloadScenario, reset, restart } from './timeline-navigation.js';
import { viewLocale } from './view-locale.js';

export interface FailoverPanelContext {
    readonly extensionUri: vscode.Uri;
    /** The running client (it may be restarted, so it is looked up each time). */
    readonly client: () => LanguageClient | undefined;
    readonly output?: vscode.LogOutputChannel;
}

/** How long the document must be quiet before the view follows an edit. */
const REFRESH_DELAY_MS = 300;

const keyOf = (ref: ClusterRef): string => `${ref.uri}#${ref.cluster}`;

/** The matrix wants width: beside a single editor, the view's group takes two thirds of the editor area. */
const VIEW_SHARE = 0.68;

/**
 * Beside the only editor group, the view's group is asked for first, with the larger share, so that the panel
 * opens in it at its final width. Not waited for: the request to the server starts at once (opened beside and
 * then widened, the panel was laid out twice, and the request waited ≈ 0.4–0.5 s for both).
 */
async function makeWideGroup(): Promise<void> {
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 1 - VIEW_SHARE }, { size: VIEW_SHARE }] }).then(undefined, () => undefined);
}

export class FailoverPanel {
    static readonly viewType = 'kafkaTopology.failover';
    private static readonly panels = new Map<string, FailoverPanel>();

    private state: PanelState;
    /** The server's last answer, whole (the next answer may patch it). */
    private lastResult?: FailoverViewResult;
    private lastMessage?: ToWebview;
    /**
     * The webview said `ready` and is shown. Until then a message is kept (`lastMessage`, sent on `ready`),
     * but for a new panel's first page (`queuedSeq`): posted early and again on `ready`, the view got the
     * first answer twice (≈ 900 KB each on 99 brokers × 500 topics, through code-server's web socket).
     */
    private viewReady = false;
    /** No webview of this panel has said `ready` yet: the panel was just created and its page is loading. */
    private firstLoad = true;
    /**
     * The update posted while the first page loaded: VS Code keeps it and hands it over once the page has
     * loaded, so the first answer travels while the page loads (≈ 100 ms on 99 brokers × 500 topics), and
     * `ready` does not send it again.
     */
    private queuedSeq?: number;
    /** The webview's last update and the answer it holds with it: the next server patch of that answer is forwarded. */
    private posted?: { readonly seq: number; readonly answerId?: string };
    private updateSeq = 0;
    /** When the webview's last message arrived (Date.now), for the step timing it shows. */
    private receivedAt?: number;
    /** When the command that created the panel ran (Date.now), for the first update's timing. */
    private openedAt?: number;
    private requestSeq = 0;
    private refreshTimer?: ReturnType<typeof setTimeout>;
    private readonly disposables: vscode.Disposable[] = [];
    private disposed = false;

    /** Shows the panel of the cluster (creating it when needed); with a scenario, loads it (run to the end). */
    static async createOrShow(context: FailoverPanelContext, ref: ClusterRef, scenario?: string): Promise<FailoverPanel> {
        const opened = Date.now();
        let panel = FailoverPanel.panels.get(keyOf(ref));
        if (panel) {
            panel.panel.reveal(undefined, false);
        } else {
            if (vscode.window.tabGroups.all.length === 1) void makeWideGroup();
            const webview = vscode.window.createWebviewPanel(FailoverPanel.viewType, FailoverPanel.title(ref.cluster), vscode.ViewColumn.Beside, FailoverPanel.options(context.extensionUri));
            panel = new FailoverPanel(webview, context, { uri: ref.uri, cluster: ref.cluster, items: [], position: 0 });
            panel.openedAt = opened;
        }
        if (scenario !== undefined) await panel.playScenario(scenario, true);
        else if (!panel.lastMessage) await panel.refresh();
        return panel;
    }

    /** Brings back a panel VS Code restored (serializer), with the state its webview saved. */
    static revive(webview: vscode.WebviewPanel, context: FailoverPanelContext, state: PanelState): FailoverPanel {
        webview.webview.options = FailoverPanel.options(context.extensionUri);
        const panel = new FailoverPanel(webview, context, state);
        void panel.refresh();
        return panel;
    }

    /** The panel that has the focus, if one has. */
    static active(): FailoverPanel | undefined {
        return [...FailoverPanel.panels.values()].find((p) => p.panel.active);
    }

    private static title(cluster: string): string {
        return vscode.l10n.t('Failover: {0}', cluster);
    }

    private static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'out', 'webview')] };
    }

    private constructor(
        readonly panel: vscode.WebviewPanel,
        private readonly context: FailoverPanelContext,
        state: PanelState
    ) {
        this.state = state;
        FailoverPanel.panels.set(keyOf(state), this);
        panel.webview.html = this.html();
        panel.onDidDispose(() => this.dispose(), null, this.disposables);
        // A hidden webview is unloaded (its context is not retained), with what VS Code kept for it; shown again,
        // it loads and says `ready`, and gets the last message then.
        panel.onDidChangeViewState((e) => {
            if (e.webviewPanel.visible) return;
            this.viewReady = false;
            this.firstLoad = false;
            this.queuedSeq = undefined;
        }, null, this.disposables);
        panel.webview.onDidReceiveMessage(
            (m: FromWebview) => this.receive(m).catch((e) => void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e))),
            null,
            this.disposables
        );
        // The view speaks the language the extension is set to, and follows a switch at once.
        vscode.workspace.onDidChangeConfiguration((e) => {
            if (e.affectsConfiguration('kafkaTopology.language')) void this.change({ ...this.state, locale: undefined });
        }, null, this.disposables);
        vscode.workspace.onDidChangeTextDocument((e) => {
            if (e.document.uri.toString() === this.state.uri && e.contentChanges.length > 0) this.scheduleRefresh();
        }, null, this.disposables);
    }

    get clusterRef(): ClusterRef {
        return { uri: this.state.uri, cluster: this.state.cluster };
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        FailoverPanel.panels.delete(keyOf(this.state));
        clearTimeout(this.refreshTimer);
        this.panel.dispose();
        while (this.disposables.length > 0) this.disposables.pop()?.dispose();
    }

    private scheduleRefresh(): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.documentChanged().catch(() => this.refresh()), REFRESH_DELAY_MS);
    }

    /** A scenario being played follows edits of its own block; every timeline keeps the steps that still apply. */
    private async documentChanged(): Promise<void> {
        const scenario = this.state.scenario;
        if (scenario !== undefined) {
            const result = await this.client().sendRequest(ScenarioStepsRequest, { ...this.clusterRef, scenario });
            if (this.state.scenario === scenario) {
                this.state = result.items ? reloadScenario(this.state, result.items) : { ...this.state, scenario: undefined };
            }
        }
        await this.refresh();
    }

    private client(): LanguageClient {
        const client = this.context.client();
        if (!client) throw new Error(vscode.l10n.t('The Kafka Topology language server is not running.'));
        return client;
    }

    private async change(state: PanelState): Promise<void> {
        this.state = state;
        await this.refresh();
    }

    /** Asks the server for the view of the current state; an answer overtaken by a newer request is dropped. */
    async refresh(): Promise<void> {
        const seq = ++this.requestSeq;
        const asked = this.state;
        const started = performance.now();
        const requested = Date.now();
        const received = this.receivedAt;
        this.receivedAt = undefined;
        try {
            const answer = await this.request(asked, this.lastResult);
            if (seq !== this.requestSeq) return;
            const { result, patch } = answer;
            // The server keeps only the items that still apply to the file as it is now.
            this.state = { ...asked, items: result.items, position: result.position, scenario: result.dropped.length > 0 ? undefined : asked.scenario };
            this.lastResult = result;
            const update = ++this.updateSeq;
            const requestMs = performance.now() - started;
            const answered = Date.now();
            const whole: ToWebview = { type: 'update', seq: update, state: this.state, result, requestMs };
            // The webview holds the answer the server patched: it gets the same patch, against its update.
            const forward = patch && this.posted?.answerId === patch.base ? { ...patch, base: this.posted.seq } : undefined;
            this.posted = { seq: update, answerId: result.answerId };
            const trip = { received, requested, answered, posted: Date.now(), opened: this.openedAt };
            this.openedAt = undefined;
            // `lastMessage` (what a view gets on `ready`: not ready yet, or reloaded) is always whole.
            this.lastMessage = { ...whole, trip };
            if (this.viewReady) void this.send(forward ? { ...whole, result: answer.patched, viewPatch: forward, trip } : { ...whole, trip });
            else if (this.firstLoad && this.panel.visible) {
                this.queuedSeq = update;
                void this.send({ ...whole, trip }).then((delivered) => {
                    if (!delivered && this.queuedSeq === update) this.queuedSeq = undefined;
                });
            }
        } catch (e) {
            if (seq !== this.requestSeq) return;
            // A webview that reloads now gets the failure: the next update is whole.
            this.posted = undefined;
            this.post({ type: 'failed', state: this.state, message: e instanceof Error ? e.message : String(e) });
        }
    }

    /**
     * The server's view of `asked`, whole, and as the server sent it when that was a patch of `held`
     * (a patch that does not fit what is held — it cannot happen — is asked again whole).
     */
    private async request(asked: PanelState, held: FailoverViewResult | undefined): Promise<{ result: FailoverViewResult; patched: FailoverViewResult; patch?: ViewPatch }> {
        const ask = (base: string | undefined) =>
            this.client().sendRequest(FailoverViewRequest, {
                uri: asked.uri,
                cluster: asked.cluster,
                items: asked.items,
                position: asked.position,
                locale: asked.locale ?? viewLocale(),
                patch: { base }
            });
        const answer = await ask(held?.answerId);
        const { patch, ...patched } = answer;
        if (!patch) return { result: patched, patched };
        const result = patch.base === held?.answerId ? applyViewPatch(patched, patch, held) : undefined;
        if (result) return { result, patched, patch };
        const again = await ask(undefined);
        return { result: again, patched: again };
    }

    private post(message: ToWebview): void {
        this.lastMessage = message;
        if (this.viewReady) void this.send(message);
    }

    private async receive(message: FromWebview): Promise<void> {
        if (message.type !== 'rendered') this.receivedAt = Date.now();
        switch (message.type) {
            case 'ready':
                this.viewReady = true;
                this.firstLoad = false;
                if (this.lastMessage?.type === 'update' && this.lastMessage.seq === this.queuedSeq) {
                    this.queuedSeq = undefined;
                    return;
                }
                this.queuedSeq = undefined;
                if (this.lastMessage) void this.send(this.lastMessage.type === 'update' && this.lastMessage.trip ? { ...this.lastMessage, trip: { ...this.lastMessage.trip, received: undefined, posted: Date.now() } } : this.lastMessage);
                return;
            case 'apply':
                return this.change(addStep(this.state, message.step));
            case 'back':
                return this.change(back(this.state));
            case 'next':
                return this.change(next(this.state));
            case 'goto':
                return this.change(goTo(this.state, message.index));
            case 'restart':
                return this.change(restart(this.state));
            case 'reset':
                return this.change(reset(this.state));
            case 'load-scenario':
                return this.appendScenario(message.scenario);
            case 'save-scenario':
                return this.saveScenario();
            case 'set-locale':
                return this.change({ ...this.state, locale: message.locale });
            case 'reveal-line':
                return this.revealLine(message.line - 1);
            case 'rendered':
                this.context.output?.debug(`failover view of ${this.state.cluster} rendered in ${message.ms.toFixed(1)} ms`);
                return;
        }
    }

    /** Loads a scenario of the cluster: ready to play step by step, or already run to the end. */
    async playScenario(scenario: string, runToEnd: boolean): Promise<void> {
        const result = await this.client().sendRequest(ScenarioStepsRequest, { ...this.clusterRef, scenario });
        if (!result.items) {
            void vscode.window.showWarningMessage(result.problem ?? vscode.l10n.t('Scenario {0} not found.', scenario));
            return;
        }
        await this.change(loadScenario(this.state, scenario, result.items, runToEnd));
    }

    /** Loads a scenario applied up to and including its item `index` (an expectation): the Test Explorer's "at this step". */
    async showScenarioAt(scenario: string, index: number): Promise<void> {
        const result = await this.client().sendRequest(ScenarioStepsRequest, { ...this.clusterRef, scenario });
        if (!result.items) {
            void vscode.window.showWarningMessage(result.problem ?? vscode.l10n.t('Scenario {0} not found.', scenario));
            return;
        }
        const loaded = loadScenario(this.state, scenario, result.items, false);
        await this.change({ ...loaded, position: Math.min(index + 1, loaded.items.length) });
    }

    /** Appends a scenario after the applied items: manual and scenario steps in one timeline. */
    private async appendScenario(scenario: string): Promise<void> {
        const result = await this.client().sendRequest(ScenarioStepsRequest, { ...this.clusterRef, scenario });
        if (!result.items) {
            void vscode.window.showWarningMessage(result.problem ?? vscode.l10n.t('Scenario {0} not found.', scenario));
            return;
        }
        await this.change(appendScenario(this.state, scenario, result.items));
    }

    private async saveScenario(): Promise<void> {
        const items = this.state.items.slice(0, this.state.position);
        if (!items.some((i) => i.kind === 'step')) {
            void vscode.window.showInformationMessage(vscode.l10n.t('There is no step to save yet: fail a broker first.'));
            return;
        }
        const taken = new Set(this.lastResult?.scenarios.map((s) => s.name) ?? []);
        let suggestion = 'failover-drill';
        for (let i = 2; taken.has(suggestion); i++) suggestion = `failover-drill-${i}`;
        const name = await vscode.window.showInputBox({
            title: vscode.l10n.t('Save as scenario'),
            prompt: vscode.l10n.t('Name of the new scenario in cluster {0}', this.state.cluster),
            value: suggestion,
            validateInput: (value) =>
                value.trim() === '' ? vscode.l10n.t('Enter a name.') : taken.has(value.trim()) ? vscode.l10n.t('Cluster {0} already has a scenario {1}.', this.state.cluster, value.trim()) : undefined
        });
        if (name === undefined) return;
        const client = this.client();
        const result = await client.sendRequest(SaveScenarioRequest, { ...this.clusterRef, name: name.trim(), items });
        if (!result.edit) {
            void vscode.window.showWarningMessage(result.problem ?? vscode.l10n.t('The scenario could not be written.'));
            return;
        }
        const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
        if (!edit || !(await vscode.workspace.applyEdit(edit))) {
            void vscode.window.showWarningMessage(vscode.l10n.t('The scenario could not be written.'));
            return;
        }
        this.state = { ...this.state, scenario: name.trim() };
        if (result.line !== undefined) await this.revealLine(result.line);
    }

    /** Shows the file at a 0-based line, in the editor column it already has (else the first). */
    private async revealLine(line: number): Promise<void> {
        const uri = vscode.Uri.parse(this.state.uri);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.state.uri);
        const document = await vscode.workspace.openTextDocument(uri);
        const at = new vscode.Position(Math.max(0, line), 0);
        await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(at, at), preserveFocus: false });
    }

    /**
     * Posts to the view as JSON text: a string crosses each frame at once (the workbench, VS Code's webview host,
     * our page), where the object graph of 99 brokers × 500 topics (≈ 9 000 objects) took ≈ 20 ms to copy at each.
     */
    private send(message: ToWebview): Thenable<boolean> {
        return this.panel.webview.postMessage(JSON.stringify(message));
    }

    /**
     * The page, with our style and script in it (each with the nonce the CSP allows, nothing else): fetched
     * through the webview's service worker they held the first render back ≈ 60–100 ms.
     */
    private html(): string {
        const root = vscode.Uri.joinPath(this.context.extensionUri, 'out', 'webview');
        const script = readFileSync(vscode.Uri.joinPath(root, 'app.js').fsPath, 'utf8');
        const style = readFileSync(vscode.Uri.joinPath(root, 'app.css').fsPath, 'utf8');
        const nonce = randomBytes(16).toString('base64');
        const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
        // No user text in this page: the cluster's names arrive as data and are set with textContent.
        return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${style}</style>
<title>Failover</title>
</head>
<body>
<div id="app" aria-live="off"></div>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
    }
}
