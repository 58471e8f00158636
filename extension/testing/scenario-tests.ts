// Scenarios in the Test Explorer: each `scenario` block of a `.kafka` file is a
// test, each `expect` in it a sub-test, both with their line (the editor's
// gutter runs them). Running one replays the scenario through the language
// server exactly as the failover view does; a failed expectation is reported at
// its line with what was observed, and "Open in Failover View at This Step"
// shows the cluster right there.
import * as vscode from 'vscode';
import { ScenarioTestsRequest, type ScenarioTest } from '../../language-server/protocol.js';
import { LANGUAGE_ID } from '../language-client.js';
import { FailoverPanel, type FailoverPanelContext } from '../webview/failover-panel.js';
import { viewLocale } from '../webview/view-locale.js';
import { runScenario, type ScenarioTarget } from './scenario-run.js';

export const CONTROLLER_ID = 'kafkaTopology.scenarios';
export const OPEN_AT_STEP_COMMAND = 'kafkaTopology.openScenarioAtStep';
/** The context value of failure messages: package.json offers "open at this step" on them. */
export const EXPECTATION_MESSAGE = 'kafkaTopology.expectation';

/** How long a document must be quiet before its tests follow an edit. */
const REDISCOVER_DELAY_MS = 500;

/** What a test item stands for: a scenario, or (with `index`) the expectation at that index of its items. */
interface TestRef extends ScenarioTarget {
    readonly index?: number;
}

/** What a run reported for a test item (the extension-host suite reads it). */
export interface TestOutcome {
    readonly state: 'passed' | 'failed' | 'errored' | 'skipped';
    readonly messages: readonly string[];
}

const rangeOf = (line: number): vscode.Range => new vscode.Range(Math.max(0, line - 1), 0, Math.max(0, line - 1), 0);
/** The explorer sorts by label unless told otherwise: keep the file's order. */
const sortTextOf = (line: number): string => String(line).padStart(8, '0');

export class ScenarioTests implements vscode.Disposable {
    readonly controller: vscode.TestController;
    private readonly refs = new WeakMap<vscode.TestItem, TestRef>();
    /** The latest discovery of each file: an older answer that arrives late is dropped. */
    private readonly discoverySeq = new Map<string, number>();
    private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly panels: FailoverPanelContext) {
        this.controller = vscode.tests.createTestController(CONTROLLER_ID, vscode.l10n.t('Kafka Topology scenarios'));
        // Called when the Testing view opens or asks for every test: the whole workspace.
        this.controller.resolveHandler = (item) => (item ? Promise.resolve() : this.discoverWorkspace());
        this.controller.refreshHandler = () => this.discoverWorkspace();
        this.controller.createRunProfile(vscode.l10n.t('Run scenario'), vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token).then(() => undefined), true);
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.kafka');
        this.disposables.push(
            this.controller,
            watcher,
            watcher.onDidCreate((uri) => this.discoverKnown(uri)),
            watcher.onDidChange((uri) => this.discoverKnown(uri)),
            watcher.onDidDelete((uri) => this.controller.items.delete(uri.toString())),
            vscode.workspace.onDidOpenTextDocument((d) => this.documentChanged(d, 0)),
            vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.documentChanged(e.document, REDISCOVER_DELAY_MS)),
            vscode.commands.registerCommand(OPEN_AT_STEP_COMMAND, (arg?: vscode.TestItem | { readonly test?: vscode.TestItem }) => this.openAt(arg))
        );
        // The open editors' tests show at once (their gutter); the rest when the Testing view asks.
        vscode.workspace.textDocuments.forEach((d) => this.documentChanged(d, 0));
    }

    dispose(): void {
        this.timers.forEach((t) => clearTimeout(t));
        while (this.disposables.length > 0) this.disposables.pop()?.dispose();
    }

    private log(message: string): void {
        this.panels.output?.info(`scenario tests: ${message}`);
    }

    private documentChanged(document: vscode.TextDocument, delay: number): void {
        if (document.languageId !== LANGUAGE_ID || document.uri.scheme !== 'file') return;
        const key = document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => void this.discover(document.uri), delay));
    }

    /** A file changed on disk: follow it when it is listed already (else the Testing view finds it when it opens). */
    private discoverKnown(uri: vscode.Uri): void {
        if (this.controller.items.get(uri.toString())) void this.discover(uri);
    }

    async discoverWorkspace(): Promise<void> {
        const files = await vscode.workspace.findFiles('**/*.kafka', '**/node_modules/**');
        this.log(`${files.length} .kafka file(s) in the workspace`);
        await Promise.all(files.map((uri) => this.discover(uri)));
    }

    /** (Re)lists one file's scenarios and their expectations. */
    async discover(uri: vscode.Uri): Promise<void> {
        const id = uri.toString();
        const seq = (this.discoverySeq.get(id) ?? 0) + 1;
        this.discoverySeq.set(id, seq);
        const client = this.panels.client();
        if (!client) return;
        let scenarios: readonly ScenarioTest[];
        try {
            scenarios = (await client.sendRequest(ScenarioTestsRequest, { uri: id })).scenarios;
        } catch (e) {
            this.log(`${id}: ${e instanceof Error ? e.message : String(e)}`);
            return;
        }
        if (this.discoverySeq.get(id) !== seq) return;
        if (scenarios.length === 0) {
            this.controller.items.delete(id);
            return;
        }
        const file = this.controller.items.get(id) ?? this.controller.createTestItem(id, vscode.workspace.asRelativePath(uri), uri);
        const clusters = new Set(scenarios.map((s) => s.cluster));
        file.children.replace(
            scenarios.map((s) => {
                const target: ScenarioTarget = { uri: id, cluster: s.cluster, scenario: s.name };
                const item = this.item(file, `${id}#${s.cluster}/${s.name}`, s.name, uri, s.line, target);
                if (clusters.size > 1) item.description = s.cluster;
                item.children.replace(s.expectations.map((e) => this.item(item, `${item.id}@${e.index}`, e.text, uri, e.line, { ...target, index: e.index })));
                return item;
            })
        );
        this.controller.items.add(file);
    }

    /** The child `id` of `parent`, reused when it exists (a run holds on to its items), placed at `line`. */
    private item(parent: vscode.TestItem, id: string, label: string, uri: vscode.Uri, line: number, ref: TestRef): vscode.TestItem {
        const existing = parent.children.get(id);
        const item = existing?.label === label ? existing : this.controller.createTestItem(id, label, uri);
        item.range = rangeOf(line);
        item.sortText = sortTextOf(line);
        this.refs.set(item, ref);
        return item;
    }

    /** Runs the scenarios of the requested items; reports each scenario and the requested expectations. */
    async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ReadonlyMap<string, TestOutcome>> {
        const outcomes = new Map<string, TestOutcome>();
        const run = this.controller.createTestRun(request);
        try {
            if (!request.include && this.controller.items.size === 0) await this.discoverWorkspace();
            const roots: vscode.TestItem[] = request.include ? [...request.include] : [];
            if (!request.include) this.controller.items.forEach((i) => roots.push(i));
            // The files as they are now, so each expectation's index matches the items the server runs.
            const files = new Set(roots.map((r) => r.uri?.toString()).filter((u): u is string => u !== undefined));
            await Promise.all([...files].map((u) => this.discover(vscode.Uri.parse(u))));
            const excluded = new Set(request.exclude ?? []);
            const only = request.include ? new Set(request.include) : undefined;
            for (const scenario of this.scenariosOf(roots)) {
                if (excluded.has(scenario)) continue;
                if (token.isCancellationRequested) {
                    run.skipped(scenario);
                    outcomes.set(scenario.id, { state: 'skipped', messages: [] });
                    continue;
                }
                const children: vscode.TestItem[] = [];
                scenario.children.forEach((c) => {
                    if (!excluded.has(c) && (!only || only.has(c) || !this.includesChildOf(only, scenario))) children.push(c);
                });
                await this.runOne(run, scenario, children, outcomes);
            }
        } finally {
            run.end();
        }
        return outcomes;
    }

    /** Whether the request names some expectation of the scenario rather than the scenario (or its file). */
    private includesChildOf(only: ReadonlySet<vscode.TestItem>, scenario: vscode.TestItem): boolean {
        if (only.has(scenario) || (scenario.parent && only.has(scenario.parent))) return false;
        let named = false;
        scenario.children.forEach((c) => (named ||= only.has(c)));
        return named;
    }

    /** The scenario items under (or above, for an expectation) the given items, once each. */
    private scenariosOf(items: readonly vscode.TestItem[]): vscode.TestItem[] {
        const out = new Set<vscode.TestItem>();
        const visit = (item: vscode.TestItem): void => {
            const ref = this.refs.get(item);
            if (ref && ref.index === undefined) out.add(item);
            else if (ref && item.parent) out.add(item.parent);
            else item.children.forEach(visit);
        };
        items.forEach(visit);
        return [...out];
    }

    private async runOne(run: vscode.TestRun, scenario: vscode.TestItem, children: readonly vscode.TestItem[], outcomes: Map<string, TestOutcome>): Promise<void> {
        const ref = this.refs.get(scenario)!;
        const location = new vscode.Location(vscode.Uri.parse(ref.uri), scenario.range ?? rangeOf(1));
        const report = (item: vscode.TestItem, state: TestOutcome['state'], messages: vscode.TestMessage[] = [], duration?: number): void => {
            if (state === 'passed') run.passed(item, duration);
            else if (state === 'failed') run.failed(item, messages, duration);
            else if (state === 'errored') run.errored(item, messages, duration);
            else run.skipped(item);
            outcomes.set(item.id, { state, messages: messages.map((m) => (typeof m.message === 'string' ? m.message : m.message.value)) });
        };
        run.started(scenario);
        children.forEach((c) => run.started(c));
        const started = Date.now();
        const client = this.panels.client();
        let result;
        try {
            if (!client) throw new Error(vscode.l10n.t('The Kafka Topology language server is not running.'));
            result = await runScenario(client, ref, viewLocale());
        } catch (e) {
            result = { kind: 'error' as const, problem: e instanceof Error ? e.message : String(e) };
        }
        const duration = Date.now() - started;
        if (result.kind === 'error') {
            const message = new vscode.TestMessage(vscode.l10n.t('The scenario could not run: {0}', result.problem));
            message.location = location;
            report(scenario, 'errored', [message], duration);
            children.forEach((c) => report(c, 'skipped'));
            return;
        }
        const { timeline } = result;
        for (const child of children) {
            const index = this.refs.get(child)?.index;
            const entry = index === undefined ? undefined : timeline[index];
            if (entry?.kind !== 'expect') {
                report(child, 'skipped');
                continue;
            }
            if (entry.passed) {
                report(child, 'passed', [], duration);
                continue;
            }
            const message = new vscode.TestMessage(vscode.l10n.t('{0} failed: {1}', entry.text, entry.observation ?? ''));
            message.location = new vscode.Location(location.uri, rangeOf(entry.line ?? 1));
            message.contextValue = EXPECTATION_MESSAGE;
            report(child, 'failed', [message], duration);
        }
        const expectations = timeline.filter((e) => e.kind === 'expect');
        const failed = expectations.filter((e) => e.passed === false);
        if (failed.length === 0) {
            report(scenario, 'passed', [], duration);
            return;
        }
        const summary = new vscode.TestMessage(vscode.l10n.t('{0} of {1} expectations failed: {2}', failed.length, expectations.length, failed.map((e) => e.text).join(', ')));
        summary.location = location;
        report(scenario, 'failed', [summary], duration);
    }

    private refOfId(id: string | undefined): TestRef | undefined {
        if (typeof id !== 'string') return undefined;
        const visit = (items: vscode.TestItemCollection): TestRef | undefined => {
            for (const [, child] of items) {
                if (child.id === id) return this.refs.get(child);
                const found = id.startsWith(child.id) ? visit(child.children) : undefined;
                if (found) return found;
            }
            return undefined;
        };
        return visit(this.controller.items);
    }

    /** Opens the failover view of the item's cluster with its scenario applied up to the item (an expectation), or to its end. */
    async openAt(arg: vscode.TestItem | { readonly test?: vscode.TestItem } | undefined): Promise<void> {
        const item = arg && 'test' in arg ? arg.test : (arg as vscode.TestItem | undefined);
        // Views other than the Test Explorer (e.g. Test Results) may hand over another object for the same test: found by id.
        const ref = item ? (this.refs.get(item) ?? this.refOfId(item.id)) : undefined;
        this.log(`open at this step: ${item?.id ?? 'no test item'} → ${ref ? `${ref.cluster}/${ref.scenario}${ref.index === undefined ? '' : ` @${ref.index}`}` : 'not found'}`);
        if (!ref) {
            void vscode.window.showWarningMessage(vscode.l10n.t('This test is no longer in its file: run the tests again.'));
            return;
        }
        const panel = await FailoverPanel.createOrShow(this.panels, { uri: ref.uri, cluster: ref.cluster });
        if (ref.index === undefined) await panel.playScenario(ref.scenario, true);
        else await panel.showScenarioAt(ref.scenario, ref.index);
    }
}
