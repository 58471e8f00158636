// A drill file as the product reads it: each cluster's brokers, racks, dedicated
// controllers, topic settings, declared release and feature overrides, and its
// scenario names. Loaded with the same Langium services the CLI uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isExpectStep, type Cluster } from '../../../language-server/generated/ast.js';
import type { ClusterSpec } from '../../../simulator/model.js';
import { createServices, loadFiles } from '../../../cli/workspace.js';
import { REPO } from '../../support/markers.js';

export interface DrillCluster {
    readonly file: string;
    readonly name: string;
    readonly spec: ClusterSpec;
    /** `kafka-version` of the file, when it declares one. */
    readonly kafkaVersion?: string;
    /** `features { … }` of the file. */
    readonly features: Readonly<Record<string, number>>;
    readonly scenarios: readonly string[];
    /** Each scenario's steps as written (expectations left out), normalised: `fail rack az-1`. */
    readonly steps: Readonly<Record<string, readonly string[]>>;
}

/** Step text compared without quotes, comments or extra blanks. */
export function normaliseStep(text: string): string {
    return text.replace(/\/\/.*$/gm, '').replace(/"/g, '').replace(/\s+/g, ' ').trim();
}

/** Whether the grammar knows `kafka-version` yet (the lead adds it; until then a drill runs release-agnostic). */
export const GRAMMAR_HAS_KAFKA_VERSION = readFileSync(join(REPO, 'grammar', 'kafka-topology.langium'), 'utf8').includes("'kafka-version'");

export async function loadDrillFile(path: string): Promise<DrillCluster[]> {
    const services = createServices('en');
    const [file] = await loadFiles(services, [path], 'drill');
    return file.document.parseResult.value.clusters.map((cluster) => {
        const facts = services.KafkaTopology.kafka.ClusterFacts.get(cluster);
        return {
            file: path,
            name: cluster.name,
            spec: facts.spec,
            kafkaVersion: declaredVersion(cluster),
            features: declaredFeatures(cluster),
            scenarios: cluster.scenarios.map((s) => s.name),
            steps: Object.fromEntries(cluster.scenarios.map((s) => [s.name, s.steps.filter((step) => !isExpectStep(step)).map((step) => normaliseStep(step.$cstNode?.text ?? ''))]))
        };
    });
}

function declaredVersion(cluster: Cluster): string | undefined {
    const version = cluster.versions.at(-1)?.version;
    return version === undefined ? undefined : String(version);
}

function declaredFeatures(cluster: Cluster): Record<string, number> {
    const features: Record<string, number> = {};
    for (const block of cluster.features) for (const entry of block.entries) features[entry.name] = entry.level;
    return features;
}
