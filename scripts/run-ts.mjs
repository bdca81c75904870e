// Runs a TypeScript script of the project (the benchmark, the fuzz runner) under plain Node 20,
// which cannot run TypeScript itself: esbuild bundles the script's own files into
// .cache/run/ (dependencies stay imports from node_modules) and Node runs the bundle with the
// Object.groupBy polyfill loaded first. Arguments after the script pass through.
//   node scripts/run-ts.mjs bench/run-bench.ts --sizes 100,1000
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
    console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS...]');
    process.exit(2);
}
const outfile = resolve('.cache/run', basename(entry).replace(/\.ts$/, '.mjs'));

// Bundled code keeps the meaning of `import.meta.dirname` as the folder of its source file
// (helpers locate out/server.js and out/cli.js from there).
const sourceDirname = {
    name: 'source-dirname',
    setup(build) {
        build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
            contents: (await readFile(path, 'utf8')).replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
            loader: 'ts'
        }));
    }
};

await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    // docs/diagnostics.md is text to the CLI (SARIF help), as in the bundles (scripts/build.mjs).
    loader: { '.md': 'text' },
    plugins: [sourceDirname]
});

const result = spawnSync(process.execPath, ['--require', resolve('scripts/polyfills.cjs'), '--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
