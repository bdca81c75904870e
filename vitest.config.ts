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
        maxWorkers: 2
    }
});
