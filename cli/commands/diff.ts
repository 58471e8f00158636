// kafka-topology diff FILE --bootstrap-server HOST:PORT[,…] [--command-config FILE] [--cluster NAME] [--format text|json]
import { diffTopology, driftLine } from '../../interop/drift.js';
import { ImportError, readCluster } from '../../interop/import-from-cluster.js';
import { loadTopologies, pickCluster } from '../../interop/load-topology.js';
import { formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { createServices } from '../workspace.js';
import { CONNECTION_OPTIONS, connectionOptions } from './cluster-connection.js';
import { readText } from './read-text.js';

export const DIFF_HELP = `usage: kafka-topology diff FILE --bootstrap-server HOST:PORT[,HOST:PORT…] [options]

What differs between the file's cluster and the live one, kind by kind: topics,
partitions, replication factor, pinned replica lists, topic configs (in Kafka's
units), brokers and racks, groups.

options:
  --command-config FILE   Kafka client properties (security.protocol, sasl.*, ssl.*)
  --cluster NAME          the file's cluster (when it has several)
  --timeout 30s           for reading the cluster
  --format text|json      output format (default text)

Exit code 0: no drift; 1: drift; 2: error.`;

export async function diff(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, { ...CONNECTION_OPTIONS, cluster: { value: true }, format: { value: true }, help: {} }, 'diff');
    if (parsed.options.has('help')) {
        out(DIFF_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'diff');
    if (parsed.positionals.length !== 1) throw new UsageError("diff: name one .kafka file (see 'kafka-topology diff --help')");
    const [file] = parsed.positionals;
    const connection = connectionOptions(parsed, 'diff');
    const loaded = await loadTopologies(createServices(undefined), readText(file, 'diff'));
    if (loaded.syntaxErrors.length > 0) throw new UsageError(`diff: ${file} has syntax errors (line ${loaded.syntaxErrors[0]}); fix them first`);
    const topology = pickCluster(loaded.topologies, option(parsed, 'cluster'));
    if (typeof topology === 'string') throw new UsageError(`diff: ${topology}`);
    let live;
    try {
        live = await readCluster(connection);
    } catch (error) {
        if (error instanceof ImportError) throw new UsageError(`diff: ${error.message}`);
        throw error;
    }
    const drift = diffTopology(topology, live);
    if (format === 'json') out(JSON.stringify(drift, null, 2));
    else {
        for (const entry of drift) out(driftLine(entry));
        out(drift.length === 0 ? `no drift between ${file} (${topology.cluster}) and ${connection.bootstrap.join(',')}` : `${drift.length} difference(s).`);
    }
    return drift.length > 0 ? 1 : 0;
}
