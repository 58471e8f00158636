// kafka-topology export FILE --to kafka-topics|reassignment|terraform|strimzi [--cluster NAME] [--out DIR|FILE] [--strimzi-api v1|v1beta2]
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILE_NAMES, EXPORT_FORMATS, exportTopology, type ExportFormat } from '../../interop/export-topology.js';
import { loadTopologies, pickCluster } from '../../interop/load-topology.js';
import { option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { createServices } from '../workspace.js';
import { readText } from './read-text.js';

export const EXPORT_HELP = `usage: kafka-topology export FILE --to FORMAT [--cluster NAME] [--out DIR|FILE] [--strimzi-api v1|v1beta2]

Writes a cluster's topics for the tools that create them (INTEROP.md §4):
  kafka-topics   a POSIX shell script of kafka-topics.sh --create --if-not-exists
  reassignment   kafka-reassign-partitions.sh --execute input for the pinned assignments
  terraform      Mongey/kafka kafka_topic resources
  strimzi        Strimzi KafkaTopic resources (kafka.strimzi.io/v1, or v1beta2)
Without --out the export goes to standard output; --out DIR writes <cluster>.<ext> into DIR.
Exit code 0: written; 2: usage or I/O error.`;

export async function exportCommand(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, { to: { value: true }, cluster: { value: true }, out: { value: true }, 'strimzi-api': { value: true }, help: {} }, 'export');
    if (parsed.options.has('help')) {
        out(EXPORT_HELP);
        return 0;
    }
    const to = option(parsed, 'to');
    if (to === undefined) throw new UsageError(`export: --to is required (${EXPORT_FORMATS.join(', ')})`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(to)) throw new UsageError(`export: --to must be one of ${EXPORT_FORMATS.join(', ')}, not '${to}'`);
    const api = option(parsed, 'strimzi-api') ?? 'v1';
    if (api !== 'v1' && api !== 'v1beta2') throw new UsageError(`export: --strimzi-api must be v1 or v1beta2, not '${api}'`);
    if (parsed.positionals.length !== 1) throw new UsageError("export: name one .kafka file (see 'kafka-topology export --help')");
    const [file] = parsed.positionals;
    const loaded = await loadTopologies(createServices(undefined), readText(file, 'export'));
    if (loaded.syntaxErrors.length > 0) throw new UsageError(`export: ${file} has syntax errors (line ${loaded.syntaxErrors[0]}); fix them first`);
    const topology = pickCluster(loaded.topologies, option(parsed, 'cluster'));
    if (typeof topology === 'string') throw new UsageError(`export: ${topology}`);
    const text = exportTopology(topology, to as ExportFormat, { strimziApi: api });
    const target = option(parsed, 'out');
    if (target === undefined) {
        process.stdout.write(text);
        return 0;
    }
    let path = target;
    try {
        if (isDirectory(target) || target.endsWith('/')) {
            mkdirSync(target, { recursive: true });
            path = join(target, EXPORT_FILE_NAMES[to as ExportFormat](topology.cluster.replace(/[^A-Za-z0-9._-]/g, '_')));
        }
        writeFileSync(path, text, to === 'kafka-topics' ? { mode: 0o755 } : {});
    } catch (error) {
        throw new UsageError(`export: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}`);
    }
    out(`wrote ${path}`);
    return 0;
}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
