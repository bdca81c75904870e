import { defineConfig } from 'vitest/config';

// The end-to-end suite: the packaged extension in a real VS Code (code-server) driven by
// headless Chromium. Separate from `npm test` because it needs scripts/e2e-setup.sh's
// toolchain and takes a minute or two; `npm run test:e2e` runs it (and .ci/run does).
export default defineConfig({
    test: {
        setupFiles: ['./scripts/polyfills.cjs'],
        include: ['test/e2e/**/*.e2e.ts'],
        // Each step waits for conditions with its own (shorter) limits; these are the backstop.
        testTimeout: 120_000,
        hookTimeout: 240_000,
        fileParallelism: false,
        // One line per step, with the reason of any skipped step.
        reporters: ['verbose', './test/helpers/closing-line-reporter.ts'],
        maxWorkers: 1
    }
});
