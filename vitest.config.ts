import { defineConfig } from 'vitest/config';

/**
 * Files that run in a process of their own, as every file once did: the parser's comparison
 * with Langium's (test/parser/parser-builder.test.ts) recurses close to the stack's limit on
 * some broken plans, and once overflowed in a worker that had run other files first (a
 * worker's compiled code differs from a fresh process's); the fuzz suites drive a server and
 * `cop` for many seconds and are kept as they are run by `npm run fuzz`.
 */
const ownProcess = ['test/parser/**/*.test.ts', 'test/fuzz/**/*.test.ts'];

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
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // LSP and CLI tests start processes; two cores, so keep files from piling up.
        maxWorkers: 2,
        // vitest's summary, then the plain closing line CI reads (test/helpers/closing-line-reporter.ts).
        reporters: ['default', './test/helpers/closing-line-reporter.ts'],
        // The pool stays `forks` (the default), where a test may change the current folder
        // (runs of `cop` in process, test/helpers/cli.ts) and load DuckDB's native module.
        pool: 'forks',
        projects: [
            {
                extends: true,
                test: {
                    name: 'shared',
                    include: ['test/**/*.test.ts'],
                    exclude: ownProcess,
                    // A worker runs test files one after another and keeps the modules it has
                    // loaded (Langium, the language, DuckDB): loading them afresh for each of
                    // ~145 files cost about half the suite's time. Safe because no test leaves
                    // global state behind: runs of `cop` in process restore the current folder,
                    // and the one file that mocks modules (test/extension/activation.test.ts)
                    // mocks `vscode`, which no other file loads.
                    isolate: false
                }
            },
            { extends: true, test: { name: 'own process', include: ownProcess, isolate: true } }
        ]
    }
});
