// One real cluster for one drill cluster and release, reused by its scenarios
// one after another: before each, every node is started again, the topics are
// deleted and created afresh with the model's replica lists.
import { startCluster, type KafkaCluster } from '../harness/cluster.js';
import type { KafkaRelease } from '../harness/releases.js';
import { awaitReplicationAtRest } from '../harness/at-rest.js';
import { probeTraffic, settle, type RealState } from '../harness/state.js';
import { actionOf, perform, type RealAction } from './actions.js';
import { compareFeatures, compareStep, type Diff } from './compare.js';
import { normaliseStep, type DrillCluster } from './load.js';
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
const MIN_OBSERVE_MS: Record<RealAction['kind'], number> = { kill: 4500, stop: 500, restart: 1500, 'elect-preferred': 500, none: 0, absent: 0 };

export class DrillSession {
    /** Topics the previous scenario created (deleted before the next one). */
    private previousTopics: readonly string[] = [];

    private constructor(readonly release: KafkaRelease, readonly cluster: KafkaCluster, readonly startMillis: number) {}

    /** A cluster shaped as `drill` declares it (brokers, racks, controllers, features); drills of the same shape share it. */
    static async open(drill: DrillCluster, release: KafkaRelease): Promise<DrillSession> {
        const started = Date.now();
        const cluster = await startCluster({
            version: release.version,
            brokers: drill.spec.brokers.map((b) => ({ id: b.id, rack: b.rack })),
            controllers: drill.spec.controllers,
            features: drill.features,
            // KAFKA_ORACLE_KEEP=1: the nodes' logs and data stay for a look after the run.
            keepDir: process.env.KAFKA_ORACLE_KEEP === '1'
        });
        if (process.env.KAFKA_ORACLE_KEEP === '1') console.log(`Kafka ${release.version} cluster for ${drill.name}: ${cluster.dir}`);
        return new DrillSession(release, cluster, Date.now() - started);
    }

    async run(drill: DrillCluster, scenario: string): Promise<DrillResult> {
        const started = Date.now();
        const model = simulate(drill.file, drill.name, scenario, this.release.line);
        const [initial, ...modelSteps] = model.steps;
        const topics = await this.reset(drill, initial);
        const probe = await this.cluster.probe();
        const realFeatures = (await probe.features()).finalized ?? {};
        const refusals = await this.tryUnmodelledTopics(drill, topics);
        const first = await this.observe(initial, initial, topics, 0, Date.now());
        const results: StepResult[] = [{ ...first, diffs: [...refusals, ...first.diffs] }];
        // The file's steps drive the real cluster; the model's snapshots are matched to them in
        // order, so a step the model leaves out shows as a difference instead of being skipped.
        let next = 0;
        let previous = initial;
        for (const text of drill.steps[scenario] ?? []) {
            const stepStarted = Date.now();
            const modelled = next < modelSteps.length && normaliseStep(modelSteps[next].step) === text ? modelSteps[next++] : undefined;
            const action = actionOf(text, drill.spec, this.cluster);
            // `fail broker 7` on a cluster without broker 7: the checker reports it, the model takes no step.
            if (action.kind === 'absent' && !modelled) continue;
            await perform(action, this.cluster);
            const result = await this.observe(modelled ?? { ...previous, step: text }, modelled, topics, MIN_OBSERVE_MS[action.kind], stepStarted);
            results.push(result);
            previous = modelled ?? previous;
        }
        if (next < modelSteps.length) throw new Error(`the model has steps the file does not: ${modelSteps.slice(next).map((s) => s.step).join(', ')}`);
        return {
            file: drill.file, cluster: drill.name, scenario, release: this.release,
            model: { kafkaVersion: model.kafkaVersion, features: model.features },
            realFeatures, featureDiffs: compareFeatures(model.features, realFeatures),
            steps: results, millis: Date.now() - started
        };
    }

    close(): Promise<void> {
        return this.cluster.close();
    }

    private async observe(model: ModelStep, modelled: ModelStep | undefined, topics: readonly string[], minMillis: number, started: number): Promise<StepResult> {
        const settled = await settle(this.cluster, topics, { minMillis });
        const probed = await probeTraffic(this.cluster, settled);
        // The next step must find the probe's records known as committed by every live in-sync replica.
        const lag = await awaitReplicationAtRest(this.cluster, probed);
        const real: RealState = lag === undefined ? probed : { ...probed, replicationLag: lag };
        const missing: Diff[] = modelled ? [] : [{ subject: 'step', field: 'modelled', model: 'no snapshot (state unchanged)', real: 'done' }];
        return { step: model.step, model, real, diffs: [...missing, ...compareStep(model, real)], millis: Date.now() - started };
    }

    /**
     * The topics the file declares but the model leaves out because Kafka would refuse them (an invalid
     * or colliding name, a duplicate): the real cluster must refuse them too. Those with a replication
     * factor the cluster cannot hold are left out here (an explicit replica list cannot say RF 5 on 4 brokers).
     */
    private async tryUnmodelledTopics(drill: DrillCluster, modelled: readonly string[]): Promise<Diff[]> {
        const probe = await this.cluster.probe();
        const brokers = drill.spec.brokers.map((b) => b.id);
        const diffs: Diff[] = [];
        for (const t of drill.spec.topics) {
            if (modelled.includes(t.name) || !(t.partitions > 0) || !(t.replicationFactor > 0) || t.replicationFactor > brokers.length) continue;
            const assignment = Array.from({ length: t.partitions }, () => brokers.slice(0, t.replicationFactor));
            const created = await probe.create([{ name: t.name, assignment, configs: {} }]);
            if (created.error === undefined) {
                diffs.push({ subject: t.name, field: 'created', model: 'refused (not modelled)', real: 'created' });
                await probe.delete([t.name]);
            } else if (/TimeoutException|Timed out/.test(created.error)) {
                throw new Error(`creating the unmodelled topic ${t.name} timed out: ${created.error}`);
            }
        }
        return diffs;
    }

    /** Every node running, the model's topics created afresh with its replica lists and the file's topic configs. */
    private async reset(drill: DrillCluster, initial: ModelStep): Promise<string[]> {
        const stopped = [...this.cluster.nodes.keys()].filter((id) => !this.cluster.isRunning(id));
        if (stopped.length > 0) {
            this.cluster.restart(...stopped);
            await this.cluster.waitUntilReady();
            // Brokers restarted after a quorum loss are listed by their old registrations until the
            // controller has fenced those and unfenced the new ones: a topic created meanwhile gets
            // a leader other than its first replica (seen on 4.4.0 after two-brokers-die).
            const state = await settle(this.cluster, []);
            if (!state.settled) throw new Error(`Kafka ${this.release.version}: the restarted brokers ${stopped.join(', ')} did not settle (unfenced, metadata caught up) within ${state.settleMillis} ms`);
        }
        const probe = await this.cluster.probe();
        const topics = [...new Set(initial.partitions.map((p) => p.topic))];
        const doomed = [...new Set([...this.previousTopics, ...drill.spec.topics.map((t) => t.name)])];
        await retrying('deleting the previous scenario\'s topics', () => probe.delete(doomed));
        const toCreate = topics.map((name) => {
            const spec = drill.spec.topics.find((t) => t.name === name);
            if (!spec) throw new Error(`the model has topic ${name} that the file does not declare`);
            const assignment = initial.partitions.filter((p) => p.topic === name).sort((a, b) => a.partition - b.partition).map((p) => [...p.replicas]);
            return {
                name, assignment,
                configs: { 'min.insync.replicas': String(spec.minInsyncReplicas), 'unclean.leader.election.enable': String(spec.uncleanLeaderElection) }
            };
        });
        // A topic deleted a moment ago may still be on its way out: creation is retried too.
        await retrying('creating the topics', () => probe.create(toCreate));
        this.previousTopics = topics;
        return topics;
    }
}

/** An Admin call retried on errors (a slow machine times out) for up to a minute. */
async function retrying(what: string, call: () => Promise<{ error?: string }>): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
        const result = await call();
        if (!result.error) return;
        if (Date.now() > deadline) throw new Error(`${what} failed: ${result.error}`);
        await new Promise((r) => setTimeout(r, 500));
    }
}
