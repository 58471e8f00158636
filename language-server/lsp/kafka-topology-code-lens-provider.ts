import { DocumentState, GrammarUtils, interruptAndCheck, URI, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CancellationToken, CodeLens, CodeLensParams, Command, Range } from 'vscode-languageserver';
import { isModel, type Cluster, type GroupDeclaration, type Model, type Topic } from '../generated/ast.js';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { RUN_SCENARIO_COMMAND, SIMULATE_FAILOVER_COMMAND, type RunScenarioArgs, type SimulateFailoverArgs } from '../protocol.js';
import type { ClusterFacts } from '../model/cluster-facts.js';
import { describeBuildError, formatTopicPartition, type TopicPartition } from '../../simulator/index.js';
import { catalogue, type HintTexts } from '../messages/index.js';
import { internalErrorLog } from '../validation/internal-errors.js';
import { guardedRequest } from './guarded-request.js';

/** What an unresolved fault-tolerance lens carries to `codeLens/resolve`. */
export interface ToleranceLensData {
    readonly uri: string;
    /** Index of the cluster in the file. */
    readonly cluster: number;
    readonly topic: string;
}

const MAX_MEMBERS = 12;
const MAX_PARTITIONS = 6;

/**
 * Code lenses: "▶ Simulate failover" above each cluster, "▶ Run scenario" above
 * each scenario, the fault tolerance above each topic and the assignment above
 * each consumer group (the last two only while `kafkaTopology.analysis.enabled`
 * lets the simulator run). The fault tolerance runs the simulator's failure-set
 * analysis, so once `enableResolve` is wired it is left to `codeLens/resolve`,
 * which the editor sends only for lenses in view.
 */
export class KafkaTopologyCodeLensProvider implements CodeLensProvider {
    private lazy = false;

    constructor(private readonly services: KafkaTopologyServices) {}

    /** Leave the fault tolerance to `resolveCodeLens` (see code-lens-resolve.ts). */
    enableResolve(): void {
        this.lazy = true;
    }

    /** Whether the server answers `codeLens/resolve` (advertised by KafkaTopologyLanguageServer). */
    get resolves(): boolean {
        return this.lazy;
    }

    async provideCodeLens(document: LangiumDocument, params: CodeLensParams, cancelToken?: CancellationToken): Promise<CodeLens[] | undefined> {
        return guardedRequest(internalErrorLog(this.services.shared), 'code lenses', [], () => this.lenses(document, params, cancelToken));
    }

    /** Fills in a fault-tolerance lens from the document as it is now. */
    async resolveCodeLens(lens: CodeLens, cancelToken?: CancellationToken): Promise<CodeLens> {
        return guardedRequest(internalErrorLog(this.services.shared), 'code lens', lens, () => this.resolve(lens, cancelToken));
    }

    protected async lenses(document: LangiumDocument, _params: CodeLensParams, cancelToken?: CancellationToken): Promise<CodeLens[]> {
        const model = document.parseResult.value;
        if (!isModel(model) || !this.services.kafka.TopologyDocuments.isTopology(document)) return [];
        const texts = catalogue(this.services.kafka.Locale.current).hints;
        const uri = document.uri.toString();
        const lenses: CodeLens[] = [];
        for (const [index, cluster] of model.clusters.entries()) {
            if (cluster.name === undefined) continue;
            const facts = this.services.kafka.ClusterFacts.get(cluster);
            const at = (node: AstNode, keyword: string) => GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range;
            push(lenses, at(cluster, 'cluster'), command(texts.simulateFailover, SIMULATE_FAILOVER_COMMAND, { uri, cluster: cluster.name } satisfies SimulateFailoverArgs));
            for (const scenario of cluster.scenarios) {
                if (scenario.name === undefined) continue;
                const args: RunScenarioArgs = { uri, cluster: cluster.name, scenario: scenario.name };
                push(lenses, at(scenario, 'scenario'), command(texts.runScenario, RUN_SCENARIO_COMMAND, args));
            }
            if (!this.services.kafka.Settings.current.analysis) continue;
            for (const topic of cluster.topics) {
                const range = at(topic, 'topic');
                if (!range || topic.name === undefined) continue;
                if (this.lazy) {
                    lenses.push({ range, data: { uri, cluster: index, topic: topic.name } satisfies ToleranceLensData });
                } else {
                    if (cancelToken) await interruptAndCheck(cancelToken);
                    lenses.push({ range, command: display(this.toleranceTitle(facts, topic, texts)) });
                }
            }
            for (const group of cluster.groups) {
                push(lenses, at(group, 'consumer-group'), display(this.assignmentTitle(facts, group, texts)));
            }
            for (const group of cluster.shareGroups) {
                push(lenses, at(group, 'share-group'), display(this.assignmentTitle(facts, group, texts)));
            }
        }
        return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
    }

    protected async resolve(lens: CodeLens, cancelToken?: CancellationToken): Promise<CodeLens> {
        const data = lens.data as ToleranceLensData | undefined;
        const shared = this.services.shared;
        if (lens.command || !data) return lens;
        const uri = URI.parse(data.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, uri, cancelToken);
        const model = shared.workspace.LangiumDocuments.getDocument(uri)?.parseResult.value as Model | undefined;
        const cluster: Cluster | undefined = model?.clusters?.[data.cluster];
        const topic = cluster?.topics.find((t) => t.name === data.topic);
        const title = cluster && topic ? this.toleranceTitle(this.services.kafka.ClusterFacts.get(cluster), topic, catalogue(this.services.kafka.Locale.current).hints) : '';
        return { ...lens, command: display(title) };
    }

    protected toleranceTitle(facts: ClusterFacts, topic: Topic, texts: HintTexts): string {
        if (facts.topicNamed(topic.name) !== topic) return texts.duplicateTopic;
        const model = facts.model;
        if (!model.ok) return texts.clusterNotModelled(describeBuildError(model.error, this.services.kafka.Locale.current));
        if (!model.value.topicIndex.has(topic.name)) {
            const skipped = model.value.skippedTopics.find((s) => s.topic === topic.name);
            return skipped ? texts.notModelled(skipped.error) : '';
        }
        const tolerance = facts.faultToleranceOf(topic.name);
        return tolerance ? texts.tolerance(tolerance) : '';
    }

    protected assignmentTitle(facts: ClusterFacts, group: GroupDeclaration, texts: HintTexts): string {
        const assignment = facts.assignmentOf(group);
        if (!assignment) return texts.noAssignment;
        const topics = new Set(facts.groupSpec(group).topics.filter((t) => facts.topicNamed(t) !== undefined));
        const spell = (tp: TopicPartition) => (topics.size === 1 ? `P${tp.partition}` : formatTopicPartition(tp));
        const members = [...assignment.perMember];
        const shown = members.slice(0, MAX_MEMBERS).map(([member, partitions]) => {
            if (partitions.length === 0) return `${member}: ${texts.idle}`;
            const listed = partitions.slice(0, MAX_PARTITIONS).map(spell);
            if (partitions.length > MAX_PARTITIONS) listed.push(texts.more(partitions.length - MAX_PARTITIONS, 'partitions'));
            return `${member}: ${listed.join(', ')}`;
        });
        if (members.length > MAX_MEMBERS) shown.push(texts.more(members.length - MAX_MEMBERS, 'members'));
        return shown.join(' · ');
    }
}

function command(title: string, id: string, args: object): Command {
    return { title, command: id, arguments: [args] };
}

/** A lens that only shows text (an empty command id makes it unclickable in VS Code). */
function display(title: string): Command {
    return { title, command: '' };
}

function push(lenses: CodeLens[], range: Range | undefined, cmd: Command): void {
    if (range) lenses.push({ range, command: cmd });
}

