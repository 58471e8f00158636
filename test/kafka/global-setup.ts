// Before the oracle: every selected release's jars (downloaded once, then cached)
// and the harness's Java helpers compiled against them, so that no test file
// spends its time budget on Maven. After: any JVM a dead worker left behind.
import { writeFileSync } from 'node:fs';
import { clearResults, renderReport, RESULTS_DIR } from './drill/report.js';
import { ensureJars } from './harness/jars.js';
import { harnessClasses } from './harness/java.js';
import { killRecorded } from './harness/processes.js';
import { selectedReleases } from './harness/releases.js';

export async function setup(): Promise<void> {
    clearResults();
    for (const release of selectedReleases()) {
        const jars = await ensureJars(release.version);
        if (jars.download) console.log(`Kafka ${release.version}: jars downloaded in ${jars.download.seconds} s (${jars.download.megabytes} MB)`);
        await harnessClasses(release.version);
    }
}

export function teardown(): void {
    const killed = killRecorded();
    if (killed > 0) console.warn(`killed ${killed} Kafka JVM(s) left behind by a test worker`);
    const report = process.env.KAFKA_ORACLE_REPORT ?? `${RESULTS_DIR}/report.md`;
    writeFileSync(report, renderReport() + '\n');
    console.log(`drill × release report: ${report}`);
}
