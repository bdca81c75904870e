import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        setupFiles: ['./scripts/polyfills.cjs'],
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // LSP and CLI tests start processes; two cores, so keep files from piling up.
        maxWorkers: 2
    }
});
