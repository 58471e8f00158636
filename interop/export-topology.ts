// One entry for every export format (INTEROP.md §4).
import { exportKafkaTopics } from './exports/kafka-topics.js';
import { exportStrimzi, type StrimziApi } from './exports/strimzi.js';
import { exportTerraform } from './exports/terraform.js';
import { pinnedAssignments, reassignmentJson } from './reassignment-plan.js';
import type { Topology } from './topology.js';

export const EXPORT_FORMATS = ['kafka-topics', 'reassignment', 'terraform', 'strimzi'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILE_NAMES: Readonly<Record<ExportFormat, (cluster: string) => string>> = {
    'kafka-topics': (c) => `${c}.topics.sh`,
    reassignment: (c) => `${c}.reassignment.json`,
    terraform: (c) => `${c}.tf`,
    strimzi: (c) => `${c}.kafkatopics.yaml`
};

export function exportTopology(topology: Topology, format: ExportFormat, options: { strimziApi?: StrimziApi } = {}): string {
    switch (format) {
        case 'kafka-topics':
            return exportKafkaTopics(topology);
        case 'reassignment':
            return reassignmentJson(pinnedAssignments(topology));
        case 'terraform':
            return exportTerraform(topology);
        case 'strimzi':
            return exportStrimzi(topology, options.strimziApi);
    }
}
