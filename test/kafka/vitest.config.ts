// The real-Kafka oracle (npm run test:kafka): separate from the unit suite
// because it starts JVMs. Forks, not threads: each worker is a process, so its
// exit hooks and the brokers' stdin watchdog (NodeMain) see it die. Two files at
// a time on this 2-core machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/kafka/**/*.test.ts'],
        pool: 'forks',
        maxWorkers: 2,
        fileParallelism: true,
        testTimeout: 300_000,
        hookTimeout: 300_000,
        globalSetup: ['test/kafka/global-setup.ts']
    }
});
