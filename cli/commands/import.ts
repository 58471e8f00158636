// kafka-topology import --bootstrap-server HOST:PORT[,…] [--command-config FILE] [--cluster NAME] [--include-internal] [--timeout 30s] [--out FILE]
import { writeFileSync } from 'node:fs';
import { formatKafkaText } from '../../interop/format-text.js';
import { ImportError, readCluster } from '../../interop/import-from-cluster.js';
import { renderImport } from '../../interop/import-render.js';
import { option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { createServices } from '../workspace.js';
import { CONNECTION_OPTIONS, connectionOptions } from './cluster-connection.js';

export const IMPORT_HELP = `usage: kafka-topology import --bootstrap-server HOST:PORT[,HOST:PORT…] [options]

Reads a live cluster through the Kafka protocol and writes it as a formatted
.kafka file: brokers and racks, the KRaft quorum, every topic with its replica
lists and topic-level configs, cluster-wide min.insync.replicas / unclean
election, consumer and share groups; the live state as a dated comment.

options:
  --command-config FILE   Kafka client properties (security.protocol, sasl.*, ssl.*)
  --cluster NAME          the cluster's name in the file (default: kafka)
  --include-internal      also internal topics (__consumer_offsets…)
  --timeout 30s           for the whole reading
  --out FILE              write there instead of standard output

Exit code 0: written; 2: unreachable, authentication or authorisation failure, timeout, usage.`;

export async function importCommand(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, { ...CONNECTION_OPTIONS, cluster: { value: true }, out: { value: true }, help: {} }, 'import');
    if (parsed.options.has('help')) {
        out(IMPORT_HELP);
        return 0;
    }
    if (parsed.positionals.length > 0) throw new UsageError(`import: unexpected argument '${parsed.positionals[0]}' (see 'kafka-topology import --help')`);
    const connection = connectionOptions(parsed, 'import');
    let live;
    try {
        live = await readCluster(connection);
    } catch (error) {
        if (error instanceof ImportError) throw new UsageError(`import: ${error.message}`);
        throw error;
    }
    const text = await formatKafkaText(createServices(undefined), renderImport(live, { cluster: option(parsed, 'cluster') ?? 'kafka', bootstrap: connection.bootstrap.join(',') }));
    const target = option(parsed, 'out');
    if (target === undefined) {
        process.stdout.write(text);
        return 0;
    }
    try {
        writeFileSync(target, text);
    } catch (error) {
        throw new UsageError(`import: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}`);
    }
    out(`wrote ${target}: ${live.brokers.length} broker(s), ${live.topics.length} topic(s), ${live.groups.length} group(s)`);
    return 0;
}
