// kafka-topology: check | simulate | partition | assign | place | import | diff | plan | export. Thin entry point:
// dispatch, print, exit 0/1/2; usage errors are one line on stderr, never a stack trace.
import { format } from 'node:util';
import { assign, ASSIGN_HELP } from './commands/assign.js';
import { check, CHECK_HELP } from './commands/check.js';
import { diff, DIFF_HELP } from './commands/diff.js';
import { exportCommand, EXPORT_HELP } from './commands/export.js';
import { importCommand, IMPORT_HELP } from './commands/import.js';
import { partition, PARTITION_HELP } from './commands/partition.js';
import { place, PLACE_HELP } from './commands/place.js';
import { plan, PLAN_HELP } from './commands/plan.js';
import { simulate, SIMULATE_HELP } from './commands/simulate.js';
import { UsageError } from './usage-error.js';

declare const KAFKA_TOPOLOGY_VERSION: string | undefined;

const HELP = `usage: kafka-topology <command> [options]

commands:
  check <file|dir>...      validate .kafka files and run their scenarios
  simulate <file>          run failover steps or a scenario on a cluster
  partition <key>...       the partition Kafka's partitioner picks for keys
  assign                   a consumer group's assignment by a Kafka assignor
  place                    the replica lists Kafka's placer gives a new topic
  import                   read a live cluster into a .kafka file
  diff <file>              the file against a live cluster
  plan <old> <new>         what a change does to a running cluster (or <file> --base REF)
  export <file> --to F     kafka-topics script, reassignment, terraform, strimzi

'kafka-topology <command> --help' describes a command.`;

const COMMANDS: Readonly<Record<string, { run: (args: string[], out: (text: string) => void) => number | Promise<number>; help: string }>> = {
    check: { run: check, help: CHECK_HELP },
    simulate: { run: simulate, help: SIMULATE_HELP },
    partition: { run: partition, help: PARTITION_HELP },
    assign: { run: assign, help: ASSIGN_HELP },
    place: { run: place, help: PLACE_HELP },
    import: { run: importCommand, help: IMPORT_HELP },
    diff: { run: diff, help: DIFF_HELP },
    plan: { run: plan, help: PLAN_HELP },
    export: { run: exportCommand, help: EXPORT_HELP }
};

async function main(argv: string[]): Promise<number> {
    const out = (text: string) => process.stdout.write(text + '\n');
    const [name, ...args] = argv;
    if (name === undefined) throw new UsageError("no command given (check, simulate, partition, assign, place, import, diff, plan, export; see 'kafka-topology --help')");
    if (name === '--help' || name === '-h' || name === 'help') {
        out(HELP);
        return 0;
    }
    if (name === '--version') {
        out(typeof KAFKA_TOPOLOGY_VERSION === 'string' ? KAFKA_TOPOLOGY_VERSION : 'dev');
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command '${name}' (check, simulate, partition, assign, place, import, diff, plan, export; see 'kafka-topology --help')`);
    return command.run(args, out);
}

// Langium reports a failure inside one of its phases on console.error with a
// stack trace and carries on; a CLI user gets its first line, never the trace.
console.error = (...args: unknown[]) => {
    process.stderr.write(`kafka-topology: ${format(...args).split('\n')[0]}\n`);
};

// `kafka-topology check . | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
});

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
        process.stderr.write(`kafka-topology: ${message}\n`);
        process.exitCode = 2;
    }
);
