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
        hookTimeout: 600_000,
        globalSetup: ['test/kafka/global-setup.ts']
    }
});
