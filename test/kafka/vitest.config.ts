// The real-Kafka oracle (npm run test:kafka): separate from the unit suite
// because it starts JVMs. Forks, not threads: each worker is a process, so its
// exit hooks and the brokers' stdin watchdog (NodeMain) see it die. One file at
// a time by default: on a 2-core machine two clusters starting together starve
// each other's KRaft timers (KAFKA_ORACLE_WORKERS=2 when the machine is idle).
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/kafka/**/*.test.ts'],
        pool: 'forks',
        maxWorkers: Number(process.env.KAFKA_ORACLE_WORKERS ?? 1),
        fileParallelism: true,
        // A narrowed run (KAFKA_DRILLS, KAFKA_RELEASES) may leave a drill shard with nothing to do.
        passWithNoTests: true,
        testTimeout: 600_000,
        // A cluster starts in a beforeAll, after waiting for its turn in the machine-wide
        // queue (harness/cluster-queue.ts: up to 25 min while another run's clusters run).
        hookTimeout: 1_800_000,
        globalSetup: ['test/kafka/global-setup.ts']
    }
});
