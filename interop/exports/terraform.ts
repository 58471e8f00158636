// `export --to terraform`: one `kafka_topic` resource per topic for the
// Mongey/kafka provider (name, partitions, replication_factor, config as strings).
import { compare } from '../reassignment-plan.js';
import type { Topology } from '../topology.js';
import { commentBlock } from './kafka-topics.js';
import { notCarried } from './not-carried.js';

/** An HCL string literal (JSON escapes are HCL's; `${` and `%{` would start a template). */
export function hclString(text: string): string {
    return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** Resource names: letters, digits, `_`, `-`, not starting with a digit or `-`; unique. */
export function hclIdentifiers(names: readonly string[]): Map<string, string> {
    const used = new Set<string>();
    const result = new Map<string, string>();
    for (const name of names) {
        let base = name.replace(/[^A-Za-z0-9_-]/g, '_');
        if (!/^[A-Za-z_]/.test(base)) base = `topic_${base}`;
        let id = base;
        for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
        used.add(id);
        result.set(name, id);
    }
    return result;
}

export function exportTerraform(topology: Topology): string {
    const topics = [...topology.topics].sort((a, b) => compare(a.name, b.name));
    const ids = hclIdentifiers(topics.map((t) => t.name));
    const lines = [
        `# Topics of cluster ${topology.cluster}, written by 'kafka-topology export --to terraform' (provider Mongey/kafka).`,
        ...commentBlock('Not carried by this format:', notCarried(topology, { assignments: false })),
        '',
        'terraform {',
        '  required_providers {',
        '    kafka = {',
        '      source = "Mongey/kafka"',
        '    }',
        '  }',
        '}'
    ];
    for (const topic of topics) {
        lines.push('', `resource "kafka_topic" ${hclString(ids.get(topic.name)!)} {`);
        lines.push(`  name               = ${hclString(topic.name)}`);
        lines.push(`  partitions         = ${topic.partitions}`);
        lines.push(`  replication_factor = ${topic.replicationFactor}`);
        const entries = Object.entries(topic.configs);
        if (entries.length > 0) {
            lines.push('  config = {');
            const width = Math.max(...entries.map(([k]) => hclString(k).length));
            for (const [key, value] of entries) lines.push(`    ${hclString(key).padEnd(width)} = ${hclString(value)}`);
            lines.push('  }');
        }
        lines.push('}');
    }
    return lines.join('\n') + '\n';
}
