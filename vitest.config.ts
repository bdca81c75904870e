import { defineConfig } from 'vitest/config';

export default defineConfig({
    // Markdown imported by the sources (docs/diagnostics.md, the help of SARIF rules) is text,
    // as esbuild's `.md` text loader makes it in the bundles (scripts/build.mjs).
    plugins: [
        {
            name: 'markdown-as-text',
            transform(code, id) {
                return id.endsWith('.md') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
            }
        }
    ],
    test: {
        setupFiles: ['./scripts/polyfills.cjs'],
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // LSP and CLI tests start processes; two cores, so keep files from piling up.
        maxWorkers: 2,
        // Each worker process runs test files one after another and keeps the modules it has
        // loaded (Langium, the language, DuckDB): loading them afresh for each of ~145 files
        // cost more than half the suite's time. Safe because no test leaves global state
        // behind: runs of `cop` in process restore the current folder (test/helpers/cli.ts),
        // and the one file that mocks modules (test/extension/activation.test.ts) mocks
        // `vscode`, which no other file loads. The pool stays `forks` (the default), where
        // a test may change the current folder and load DuckDB's native module.
        pool: 'forks',
        isolate: false
    }
});
