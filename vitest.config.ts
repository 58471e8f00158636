import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // test/kafka starts real brokers: its own config (npm run test:kafka).
        exclude: ['test/vscode/**', 'test/kafka/**', 'node_modules/**'],
        testTimeout: 30000,
        pool: 'threads'
    }
});
