// One real cluster for one drill cluster and release, reused by its scenarios
// one after another: before each, every node is started again, the topics are
// deleted and created afresh with the model's replica lists.
import { startCluster, type KafkaCluster } from '../harness/cluster.js';
import type { KafkaRelease } from '../harness/releases.js';
import { probeTraffic, settle, type RealState } from '../harness/state.js';
import { actionOf, perform, type RealAction } from './actions.js';
import { compareFeatures, compareStep, type Diff } from './compare.js';
import type { DrillCluster } from './load.js';
import { simulate, type ModelRun, type ModelStep } from './simulate.js';

export interface StepResult {
    readonly step: string;
    readonly model: ModelStep;
    readonly real: RealState;
    readonly diffs: readonly Diff[];
    readonly millis: number;
}

export interface DrillResult {
    readonly file: string;
    readonly cluster: string;
    readonly scenario: string;
    readonly release: KafkaRelease;
    readonly model: Pick<ModelRun, 'kafkaVersion' | 'features'>;
    readonly realFeatures: Readonly<Record<string, number>>;
    readonly featureDiffs: readonly Diff[];
    readonly steps: readonly StepResult[];
    readonly millis: number;
}

/** How long a settle observes at least after each kind of action (a crash is seen after the session timeout). */
const MIN_OBSERVE_MS: Record<RealAction['kind'], number> = { kill: 3500, stop: 500, restart: 1500, 'elect-preferred': 500, none: 0 };

export class DrillSession {
    private constructor(readonly drill: DrillCluster, readonly release: KafkaRelease, readonly cluster: KafkaCluster, readonly startMillis: number) {}

    static async open(drill: DrillCluster, release: KafkaRelease): Promise<DrillSession> {
        const started = Date.now();
        const cluster = await startCluster({
            version: release.version,
            brokers: drill.spec.brokers.map((b) => ({ id: b.id, rack: b.rack })),
            controllers: drill.spec.controllers,
            features: drill.features
        });
        return new DrillSession(drill, release, cluster, Date.now() - started);
    }

    async run(scenario: string): Promise<DrillResult> {
        const started = Date.now();
        const model = simulate(this.drill.file, this.drill.name, scenario, this.release.line);
        const [initial, ...steps] = model.steps;
        const topics = await this.reset(initial);
        const probe = await this.cluster.probe();
        const realFeatures = (await probe.features()).finalized ?? {};
        const results: StepResult[] = [await this.observe(initial, topics, 0, Date.now())];
        for (const step of steps) {
            const stepStarted = Date.now();
            const action = actionOf(step.step, this.drill.spec, this.cluster);
            await perform(action, this.cluster);
            results.push(await this.observe(step, topics, MIN_OBSERVE_MS[action.kind], stepStarted));
        }
        return {
            file: this.drill.file, cluster: this.drill.name, scenario, release: this.release,
            model: { kafkaVersion: model.kafkaVersion, features: model.features },
            realFeatures, featureDiffs: compareFeatures(model.features, realFeatures),
            steps: results, millis: Date.now() - started
        };
    }

    close(): Promise<void> {
        return this.cluster.close();
    }

    private async observe(model: ModelStep, topics: readonly string[], minMillis: number, started: number): Promise<StepResult> {
        const settled = await settle(this.cluster, topics, { minMillis });
        const real = await probeTraffic(this.cluster, settled);
        return { step: model.step, model, real, diffs: compareStep(model, real), millis: Date.now() - started };
    }

    /** Every node running, the model's topics created afresh with its replica lists and the file's topic configs. */
    private async reset(initial: ModelStep): Promise<string[]> {
        const stopped = [...this.cluster.nodes.keys()].filter((id) => !this.cluster.isRunning(id));
        if (stopped.length > 0) {
            this.cluster.restart(...stopped);
            await this.cluster.waitUntilReady();
        }
        const probe = await this.cluster.probe();
        const topics = [...new Set(initial.partitions.map((p) => p.topic))];
        const deleted = await probe.delete(this.drill.spec.topics.map((t) => t.name));
        if (deleted.error) throw new Error(`deleting the previous scenario's topics failed: ${deleted.error}`);
        const toCreate = topics.map((name) => {
            const spec = this.drill.spec.topics.find((t) => t.name === name);
            if (!spec) throw new Error(`the model has topic ${name} that the file does not declare`);
            const assignment = initial.partitions.filter((p) => p.topic === name).sort((a, b) => a.partition - b.partition).map((p) => [...p.replicas]);
            return {
                name, assignment,
                configs: { 'min.insync.replicas': String(spec.minInsyncReplicas), 'unclean.leader.election.enable': String(spec.uncleanLeaderElection) }
            };
        });
        for (let attempt = 0; ; attempt++) {
            const created = await probe.create(toCreate);
            if (!created.error) break;
            // A topic deleted a moment ago may still be on its way out.
            if (attempt >= 20 || !/TopicExists|marked for deletion/i.test(created.error)) throw new Error(`creating the topics failed: ${created.error}`);
            await new Promise((r) => setTimeout(r, 500));
        }
        return topics;
    }
}
