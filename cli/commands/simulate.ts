// kafka-topology simulate <file> [--cluster NAME] [--scenario NAME | --step "<step>"...] [--format text|json]
import type { Cluster } from '../../language-server/generated/ast.js';
import { translateScenario } from '../../language-server/model/scenario-items.js';
import {
    describeBuildError, describeObservation, describeStepError, healthOf, modelFeatureLevels, runScenario, parseStep, type PartitionHealth, type StepSnapshot,
    type ScenarioItem
} from '../../simulator/index.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { checkLocale, createServices, loadFiles } from '../workspace.js';

export const SIMULATE_HELP = `usage: kafka-topology simulate <file> [--cluster NAME] [--scenario NAME | --step "<step>"...]
                              [--format text|json] [--locale en|ko]

Runs failover steps on a cluster of the file from its healthy state and prints the
state after each one: quorum, brokers, every partition's leader and ISR, consumer groups.
--step takes scenario step syntax: "fail broker 1" (a crash), "stop broker 1" (a controlled
shutdown), "fail rack \\"az-1\\"", "fail controller 2", "fail member A-1 in order-service",
"recover ...", "elect-preferred". The cluster's kafka-version and features pick the Kafka
release modelled (default: the newest covered).
Exit code 1 when an expectation of the scenario fails or the model cannot be built.`;

export async function simulate(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, { ...COMMON_OPTIONS, cluster: { value: true }, scenario: { value: true }, step: { value: true, repeat: true } }, 'simulate');
    if (parsed.options.has('help')) {
        out(SIMULATE_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'simulate');
    const localeTag = option(parsed, 'locale');
    checkLocale(localeTag, 'simulate');
    if (parsed.positionals.length !== 1) throw new UsageError("simulate: name exactly one .kafka file (see 'kafka-topology simulate --help')");
    const scenarioName = option(parsed, 'scenario');
    const stepTexts = parsed.options.get('step') ?? [];
    if (scenarioName !== undefined && stepTexts.length > 0) throw new UsageError('simulate: give --scenario or --step, not both');

    const services = createServices(localeTag);
    const locale = services.KafkaTopology.kafka.Locale.current;
    const [file] = await loadFiles(services, parsed.positionals, 'simulate');
    const cluster = pickCluster(file.document.parseResult.value.clusters, option(parsed, 'cluster'), file.path);
    const facts = services.KafkaTopology.kafka.ClusterFacts.get(cluster);
    const model = facts.model;
    if (!model.ok) {
        process.stderr.write(`kafka-topology: cannot simulate cluster '${cluster.name}': ${describeBuildError(model.error, locale)}\n`);
        return 1;
    }

    let items: ScenarioItem[];
    if (scenarioName !== undefined) {
        const scenario = cluster.scenarios.find((s) => s.name === scenarioName);
        if (!scenario) throw new UsageError(`simulate: cluster '${cluster.name}' has no scenario '${scenarioName}' (${listNames(cluster.scenarios.map((s) => s.name))})`);
        items = translateScenario(scenario, facts).items;
    } else {
        items = stepTexts.map((text) => {
            const step = parseStep(text);
            if (!step.ok) throw new UsageError(`simulate: --step "${text}": ${step.error}`);
            return { kind: 'step', step: step.value, text: text.trim().replace(/\s+/g, ' ') };
        });
    }

    const run = runScenario(model.value, items);
    const stepError = run.outcomes.find((o) => o.kind === 'step' && o.error);
    if (stepError?.kind === 'step' && stepError.error) throw new UsageError(`simulate: ${stepError.text}: ${describeStepError(stepError.error, locale)}`);

    if (format === 'json') {
        const features = modelFeatureLevels(model.value.features);
        out(JSON.stringify({ cluster: cluster.name, kafkaVersion: model.value.release.version, features, steps: run.snapshots }, null, 2));
    } else {
        const levels = Object.entries(modelFeatureLevels(model.value.features)).map(([name, level]) => `${name}=${level}`).join(', ');
        out(`cluster ${cluster.name} (Kafka ${model.value.release.version}: ${levels})`);
        run.snapshots.forEach((snapshot) => renderSnapshot(snapshot, out));
        for (const outcome of run.outcomes) {
            if (outcome.kind === 'expect' && !outcome.passed) out(`✗ ${outcome.text}${outcome.line ? ` (line ${outcome.line})` : ''}: ${describeObservation(outcome.observation, locale)}`);
        }
    }
    return run.passed ? 0 : 1;
}

function pickCluster(clusters: readonly Cluster[], name: string | undefined, path: string): Cluster {
    if (name !== undefined) {
        const cluster = clusters.find((c) => c.name === name);
        if (!cluster) throw new UsageError(`simulate: ${path} has no cluster '${name}' (${listNames(clusters.map((c) => c.name))})`);
        return cluster;
    }
    if (clusters.length === 1) return clusters[0];
    if (clusters.length === 0) throw new UsageError(`simulate: ${path} declares no cluster`);
    throw new UsageError(`simulate: ${path} declares ${clusters.length} clusters; choose one with --cluster (${listNames(clusters.map((c) => c.name))})`);
}

function listNames(names: readonly string[]): string {
    return names.length === 0 ? 'there are none' : `one of: ${names.join(', ')}`;
}

const HEALTH_TEXT: Readonly<Record<PartitionHealth, string>> = { offline: 'OFFLINE', 'not-writable': 'not writable (acks=all)', 'under-replicated': 'under-replicated', healthy: 'ok' };

function renderSnapshot(s: StepSnapshot, out: (text: string) => void): void {
    out('');
    out(`── ${s.step} ──`);
    out(`quorum: ${s.quorum.alive}/${s.quorum.voters} voters alive, majority ${s.quorum.majority}: ${s.quorum.hasQuorum ? 'ok' : 'LOST'}`);
    out(`brokers: ${s.brokers.map((b) => `${b.id}${b.rack ? ` (${b.rack})` : ''} ${b.alive ? 'up' : 'DOWN'}`).join(' · ')}`);
    const width = Math.max(0, ...s.partitions.map((p) => `${p.topic} P${p.partition}`.length));
    for (const p of s.partitions) {
        const state = HEALTH_TEXT[healthOf(p)];
        const elr = p.elr.length > 0 ? `  ELR [${p.elr.join(',')}]` : '';
        const lastKnown = p.lastKnownElr.length > 0 ? `  last known ELR [${p.lastKnownElr.join(',')}]` : '';
        out(`  ${`${p.topic} P${p.partition}`.padEnd(width)}  replicas [${p.replicas.join(',')}]  leader ${p.leader ?? 'none'}  ISR [${p.isr.join(',')}]${elr}${lastKnown}  ${state}`);
    }
    for (const g of s.groups) {
        const members = Object.entries(g.assignment).map(([m, ps]) => `${m} → ${ps.length > 0 ? ps.join(', ') : 'idle'}`);
        out(`  group ${g.name}: ${members.join(' · ')}${g.stalled.length > 0 ? ` · stalled: ${g.stalled.join(', ')}` : ''}`);
    }
    if (s.dataLoss) out('  data loss: an unclean election happened');
    for (const e of s.expectations) out(`  ${e.passed ? '✓' : '✗'} expect ${e.text}${e.line ? ` (line ${e.line})` : ''}`);
}
