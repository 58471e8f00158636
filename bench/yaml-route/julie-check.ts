// The YAML route's check: js-yaml parses, ajv validates against the schema, and a
// reference pass makes the checks a schema cannot: RF ≤ brokers, min ISR ≤ RF,
// partitions ≥ 1, references resolve, names unique. The same rules the language
// applies where YAML can express them (no defaults, racks, placement or scenarios).
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { JULIE_SCHEMA } from './julie-schema.js';
import type { JulieTopology } from './julie-topology.js';

export interface YamlProblem {
    readonly path: string;
    readonly message: string;
}

export type YamlChecker = (text: string) => YamlProblem[];

/** Compiles the schema once (as a long-running tool would) and returns the check. */
export function createYamlChecker(): YamlChecker {
    const validate = new Ajv({ allErrors: true }).compile(JULIE_SCHEMA);
    return (text) => {
        let document: unknown;
        try {
            document = load(text);
        } catch (error) {
            return [{ path: '', message: (error as Error).message }];
        }
        if (!validate(document)) return (validate.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message ?? 'invalid' }));
        return referencePass(document);
    };
}

function referencePass(topology: JulieTopology): YamlProblem[] {
    const problems: YamlProblem[] = [];
    const brokerIds = new Set<number>();
    topology.brokers.forEach((broker, i) => {
        if (brokerIds.has(broker.id)) problems.push({ path: `/brokers/${i}`, message: `duplicate broker id ${broker.id}` });
        brokerIds.add(broker.id);
    });
    const topics = new Set<string>();
    const principals = new Set<string>();
    const groups = new Set<string>();
    topology.projects.forEach((project, p) => {
        project.topics.forEach((topic, t) => {
            const path = `/projects/${p}/topics/${t}`;
            if (topics.has(topic.name)) problems.push({ path, message: `duplicate topic '${topic.name}'` });
            topics.add(topic.name);
            const partitions = Number(topic.config['num.partitions']);
            const rf = Number(topic.config['replication.factor']);
            const minIsr = Number(topic.config['min.insync.replicas'] ?? '1');
            if (partitions < 1) problems.push({ path, message: `partitions ${partitions} < 1` });
            if (rf < 1 || rf > brokerIds.size) problems.push({ path, message: `replication factor ${rf} outside 1..${brokerIds.size} brokers` });
            if (minIsr > rf) problems.push({ path, message: `min.insync.replicas ${minIsr} > replication factor ${rf}` });
        });
    });
    topology.projects.forEach((project, p) => {
        for (const [kind, clients] of [['producers', project.producers ?? []], ['consumers', project.consumers ?? []]] as const) {
            clients.forEach((client, c) => {
                const path = `/projects/${p}/${kind}/${c}`;
                const key = `${kind}:${client.principal}`;
                if (principals.has(key)) problems.push({ path, message: `duplicate principal '${client.principal}'` });
                principals.add(key);
                if (client.group !== undefined) {
                    if (groups.has(client.group)) problems.push({ path, message: `duplicate group '${client.group}'` });
                    groups.add(client.group);
                }
                for (const topic of client.topics) if (!topics.has(topic)) problems.push({ path, message: `unknown topic '${topic}'` });
            });
        }
    });
    return problems;
}
