// The failover view's custom LSP requests (see ../protocol.ts): resolve the
// document once it is built, find the cluster, run the timeline through the
// simulator and answer with the view model. The client sends the whole timeline
// each time; the only state kept is the last few answers, to send the next one
// as a patch (view-answers.ts).
import { DocumentState, URI, WorkspaceCache, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, type Connection } from 'vscode-languageserver';
import { isModel, type Cluster } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { translateScenario } from '../model/scenario-items.js';
import {
    ClustersRequest, FailoverViewRequest, SaveScenarioRequest, ScenarioStepsRequest, ScenarioTestsRequest, type ClustersParams,
    type ClustersResult, type Locale, type FailoverViewParams, type FailoverViewResult, type SaveScenarioParams,
    type SaveScenarioResult, type ScenarioRef, type ScenarioStepsParams, type ScenarioStepsResult, type ScenarioTestsParams,
    type ScenarioTestsResult, type TimelineItem
} from '../protocol.js';
import { buildCluster, describeBuildError, type ClusterSpec } from '../../simulator/index.js';
import { catalogue, isLocale } from '../messages/index.js';
import { scenarioInsertion } from './failover-scenario-text.js';
import { describeTimeline, entryText } from './failover-timeline.js';
import { buildClusterView, type SourceLines } from './failover-view-model.js';
import { ViewAnswers } from './view-answers.js';

const lineOf = (node: { $cstNode?: { range: { start: { line: number } } } }): number => (node.$cstNode?.range.start.line ?? 0) + 1;

function sourceLines(cluster: Cluster): SourceLines {
    const byName = (nodes: readonly { name?: string; $cstNode?: { range: { start: { line: number } } } }[]) =>
        new Map(nodes.filter((n) => n.name !== undefined).map((n) => [n.name!, lineOf(n)] as const));
    return { topics: byName(cluster.topics), producers: byName(cluster.producers), groups: byName([...cluster.groups, ...cluster.shareGroups]) };
}

export class FailoverRequests {
    /** The views answered lately, to answer the next request of the same panel with a patch. */
    private readonly answers = new ViewAnswers();
    /** Per cluster until the workspace changes (a re-parsed block changes its cluster node in place). */
    private readonly lines: WorkspaceCache<Cluster, SourceLines>;

    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly services: KafkaTopologyServices
    ) {
        this.lines = new WorkspaceCache(shared);
    }

    /** Stops following the workspace's updates (the cache of declaration lines listens to the builder). */
    dispose(): void {
        this.lines.dispose();
    }

    private locale(requested?: Locale): Locale {
        return isLocale(requested) ? requested : this.services.kafka.Locale.current;
    }

    /**
     * The document as it is now, built and validated. Queued edits are built
     * first (a read of the workspace lock runs after every queued write); a file
     * the server does not know yet (a restored panel whose editor is closed) is
     * loaded from disk.
     */
    async document(uriText: string, token = CancellationToken.None): Promise<LangiumDocument | undefined> {
        const uri = URI.parse(uriText);
        const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = this.shared.workspace;
        if (!LangiumDocuments.hasDocument(uri)) {
            await WorkspaceLock.write((cancel) => DocumentBuilder.update([uri], [], cancel)).catch(() => undefined);
        }
        await WorkspaceLock.read(() => undefined);
        if (!LangiumDocuments.hasDocument(uri)) return undefined;
        try {
            await DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        } catch {
            return undefined;
        }
        return LangiumDocuments.getDocument(uri);
    }

    private clustersOf(document: LangiumDocument | undefined): readonly Cluster[] {
        const root = document?.parseResult.value;
        if (!document || !isModel(root) || !this.services.kafka.TopologyDocuments.isTopology(document)) return [];
        return root.clusters.filter((c) => c.name !== undefined);
    }

    private scenariosOf(cluster: Cluster): ScenarioRef[] {
        return cluster.scenarios.filter((s) => s.name !== undefined).map((s) => ({ name: s.name, line: lineOf(s) }));
    }

    async clusters(params: ClustersParams, token?: CancellationToken): Promise<ClustersResult> {
        const clusters = this.clustersOf(await this.document(params.uri, token));
        return { clusters: clusters.map((c) => ({ name: c.name, line: lineOf(c), scenarios: this.scenariosOf(c) })) };
    }

    async failoverView(params: FailoverViewParams, token?: CancellationToken): Promise<FailoverViewResult> {
        const started = performance.now();
        const locale = this.locale(params.locale);
        const messages = catalogue(locale).failover;
        const document = await this.document(params.uri, token);
        const cluster = this.clustersOf(document).find((c) => c.name === params.cluster);
        const base = { uri: params.uri, cluster: params.cluster, locale };
        const unchanged = { items: params.items, position: params.position ?? params.items.length, dropped: [], timeline: [] };
        if (!document) return { ...base, ...unchanged, problem: messages.documentNotFound(params.uri), scenarios: [], serverMs: performance.now() - started };
        if (!cluster) return { ...base, ...unchanged, problem: messages.clusterNotFound(params.cluster), scenarios: [], serverMs: performance.now() - started };
        const scenarios = this.scenariosOf(cluster);
        const model = this.services.kafka.ClusterFacts.get(cluster).model;
        if (!model.ok) {
            const problem = messages.notSimulated(describeBuildError(model.error, locale));
            return { ...base, ...unchanged, problem, scenarios, serverMs: performance.now() - started };
        }
        const run = describeTimeline(model.value, params.items, params.position, locale);
        const view = buildClusterView(model.value, run.state, locale, { last: run.last, lines: this.lines.get(cluster, () => sourceLines(cluster)) });
        const result: FailoverViewResult = {
            ...base,
            items: run.items,
            position: run.position,
            dropped: run.dropped,
            timeline: run.timeline,
            view,
            scenarios,
            serverMs: 0
        };
        const answer = params.patch ? this.answers.answer(result, params.patch.base) : result;
        return { ...answer, serverMs: performance.now() - started };
    }

    /**
     * Runs what a failover view's steps run, on a mid-sized cluster: the user's first step in a
     * large view then neither compiles that code nor runs it unoptimized (issue 14: the first step's
     * server time, cold, was 35–100 ms on 99 brokers × 500 topics, later ones ≈ 10 ms). Each answer
     * is one `turn` (the server runs each in a read of the workspace lock, so an edit waits for
     * one answer at most, ≈ 10 ms). Nothing is kept; the last answer is returned, for a test to see
     * that the whole path ran.
     */
    async warmUp(turn: (action: () => void) => Promise<void> = async (action) => action()): Promise<FailoverViewResult | undefined> {
        const model = buildCluster(WARM_UP_CLUSTER);
        if (!model.ok) return undefined;
        const answers = new ViewAnswers();
        const lines: SourceLines = { topics: new Map(), producers: new Map(), groups: new Map() };
        let last: FailoverViewResult | undefined;
        for (const items of WARM_UP_TIMELINES) {
            await turn(() => {
                const locale = this.locale();
                const run = describeTimeline(model.value, items, undefined, locale);
                const view = buildClusterView(model.value, run.state, locale, { last: run.last, lines });
                const result: FailoverViewResult = { uri: '', cluster: WARM_UP_CLUSTER.name, locale, items: run.items, position: run.position, dropped: run.dropped, timeline: run.timeline, view, scenarios: [], serverMs: 0 };
                last = answers.answer(result, last?.answerId);
            });
        }
        return last;
    }

    async scenarioSteps(params: ScenarioStepsParams, token?: CancellationToken): Promise<ScenarioStepsResult> {
        const messages = catalogue(this.locale()).failover;
        const cluster = this.clustersOf(await this.document(params.uri, token)).find((c) => c.name === params.cluster);
        if (!cluster) return { problem: messages.clusterNotFound(params.cluster) };
        const scenario = cluster.scenarios.find((s) => s.name === params.scenario);
        if (!scenario) return { problem: messages.scenarioNotFound(params.scenario) };
        return { items: translateScenario(scenario, this.services.kafka.ClusterFacts.get(cluster)).items };
    }

    /** Each scenario with its expectations, indexed as `scenarioSteps` gives the scenario's items. */
    async scenarioTests(params: ScenarioTestsParams, token?: CancellationToken): Promise<ScenarioTestsResult> {
        const clusters = this.clustersOf(await this.document(params.uri, token));
        return {
            scenarios: clusters.flatMap((cluster) => {
                const facts = this.services.kafka.ClusterFacts.get(cluster);
                return cluster.scenarios
                    .filter((s) => s.name !== undefined)
                    .map((scenario) => ({
                        cluster: cluster.name,
                        name: scenario.name,
                        line: lineOf(scenario),
                        expectations: translateScenario(scenario, facts).items.flatMap((item, index) =>
                            item.kind === 'expect' && item.line !== undefined ? [{ index, line: item.line, text: entryText(item) }] : []
                        )
                    }));
            })
        };
    }

    async saveScenario(params: SaveScenarioParams, token?: CancellationToken): Promise<SaveScenarioResult> {
        const messages = catalogue(this.locale()).failover;
        const document = await this.document(params.uri, token);
        const cluster = this.clustersOf(document).find((c) => c.name === params.cluster);
        if (!document || !cluster) return { problem: messages.clusterNotFound(params.cluster) };
        if (!params.items.some((i) => i.kind === 'step')) return { problem: messages.nothingToSave };
        if (cluster.scenarios.some((s) => s.name === params.name)) return { problem: messages.scenarioExists(params.name) };
        const insertion = scenarioInsertion(document.textDocument.getText(), cluster, params.name, params.items);
        if (!insertion) return { problem: messages.clusterNotClosed(params.cluster) };
        return {
            edit: { changes: { [params.uri]: [insertion.edit] } },
            text: insertion.text,
            line: insertion.line
        };
    }
}

/**
 * 12 brokers in 3 racks, 120 topics × 6 partitions, each topic on one block of three brokers:
 * a broker crash changes a quarter of the topics, so each step's answer is a patch, as in a large
 * view; and enough partitions that V8 optimizes the per-partition code before the user's first step.
 */
const WARM_UP_CLUSTER: ClusterSpec = {
    name: 'warm-up',
    brokers: Array.from({ length: 12 }, (_, i) => ({ id: i + 1, rack: `rack-${i % 3}` })),
    topics: Array.from({ length: 120 }, (_, i) => {
        const block = [1, 2, 3].map((b) => 3 * (i % 4) + b);
        const assignment = Array.from({ length: 6 }, (_, p) => [0, 1, 2].map((r) => block[(p + r) % 3]));
        return { name: `t-${i}`, partitions: 6, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: false, assignment };
    }),
    producers: [{ name: 'p', topics: ['t-0'], acks: 'all' }],
    groups: [{ name: 'g', topics: ['t-0'], members: ['m1', 'm2'], assignor: 'range' }]
};

/** No step, then a broker crash, back and forth: the view's first answer, then steps (patches). */
const crash: readonly TimelineItem[] = [{ kind: 'step', step: { kind: 'fail-broker', broker: 1 } }];
const WARM_UP_TIMELINES: readonly (readonly TimelineItem[])[] = [[], crash, [], crash, [], crash];

export function registerFailoverRequests(connection: Connection, shared: LangiumSharedServices, services: KafkaTopologyServices): void {
    const requests = new FailoverRequests(shared, services);
    connection.onRequest(ClustersRequest, (params, token) => requests.clusters(params, token));
    connection.onRequest(FailoverViewRequest, (params, token) => requests.failoverView(params, token));
    connection.onRequest(ScenarioStepsRequest, (params, token) => requests.scenarioSteps(params, token));
    connection.onRequest(ScenarioTestsRequest, (params, token) => requests.scenarioTests(params, token));
    connection.onRequest(SaveScenarioRequest, (params, token) => requests.saveScenario(params, token));
    // Once the workspace is loaded and between builds (a read of the lock waits for queued edits).
    void shared.workspace.WorkspaceManager.ready.then(() => {
        setTimeout(() => {
            // Only a warm-up: the first real step compiles what this did not.
            requests.warmUp((action) => shared.workspace.WorkspaceLock.read(action)).catch(() => undefined);
        }, 500);
    });
}
