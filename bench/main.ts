// `npm run bench` (after a build): the figures the issues ask for, as medians of
// several runs. Not a test: nothing here fails on time. `--only simulator|language|failover|groups|layouts|memory`.
import { failoverBench } from './failover-bench.js';
import { groupsBench } from './groups-bench.js';
import { languageBench } from './language-bench.js';
import { layoutDependenceBench } from './layout-dependence-bench.js';
import { memoryBench } from './memory-bench.js';
import { simulatorBench } from './simulator-bench.js';
import { printTable, type Row } from './timing.js';

async function main(): Promise<void> {
    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
    const benches: Array<[string, string, (rows: Row[]) => void | Promise<void>]> = [
        ['simulator', 'The Kafka model (simulator/)', simulatorBench],
        ['language', 'The language (parser, linker, validators, CLI, LSP)', languageBench],
        ['failover', 'The failover view (server side)', failoverBench],
        ['groups', 'Placement and broker-side assignors (issue 12)', groupsBench],
        ['layouts', 'expectation-depends-on-placement (samples)', layoutDependenceBench],
        ['memory', 'Peak memory (issue 9)', memoryBench]
    ];
    for (const [name, title, bench] of benches) {
        if (only && only !== name) continue;
        const rows: Row[] = [];
        await bench(rows);
        printTable(title, rows);
    }
}

main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
