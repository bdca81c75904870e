// Bundles the extension, the language server and the CLI as CommonJS for Node 20+
// (Langium is ESM-only; VS Code loads extensions as CommonJS), the web extension and its
// worker server for the browser (web-bundles.mjs), and the playground
// (playground-build.mjs). The Object.groupBy polyfill goes first in every bundle, before
// chevrotain's code runs.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { buildPlayground } from './playground-build.mjs';
import { webEntries } from './web-bundles.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const polyfill = readFileSync('scripts/polyfills.cjs', 'utf8');

mkdirSync('out', { recursive: true });
// The package is "type": "module"; the bundles are CommonJS.
writeFileSync('out/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !minify,
    minify,
    logLevel: 'warning',
    banner: { js: polyfill },
    define: {
        __COP_VERSION__: JSON.stringify(pkg.version),
        // https://github.com/OWNER/NAME, from package.json's repository (SARIF's help links).
        __COP_REPOSITORY__: JSON.stringify(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''))
    },
    // docs/diagnostics.md is bundled into the CLI as the help of its SARIF rules.
    loader: { '.md': 'text' },
    // vscode-languageserver and -client resolve `./node` subpaths through "main" fields.
    mainFields: ['module', 'main'],
    external: ['vscode']
};

/**
 * The CLI runs Langium's core only, which imports five names from
 * vscode-languageserver-protocol; loading that package defines the whole protocol (3 ms of
 * every `cop` run). Its imports from Langium's core are served by cli/langium-core-protocol.ts.
 * A Langium version that needs more names fails the build here ("No matching export").
 */
const langiumCoreProtocol = {
    name: 'langium-core-protocol',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args =>
            // Langium's core, and ours outside language/lsp/ (language/workspace/request-waits.ts).
            /[\\/]node_modules[\\/]langium[\\/]lib[\\/](?!lsp[\\/])|[\\/]language[\\/](?!lsp[\\/])/.test(args.importer)
                ? { path: resolve('cli/langium-core-protocol.ts') }
                : undefined
        );
    }
};

/**
 * tinyglobby's ES module build imports fdir's, which calls `createRequire(import.meta.url)`:
 * undefined in a CommonJS bundle, so `cop` failed as it started. Their CommonJS builds are
 * the same code without that.
 */
const commonJsGlob = {
    name: 'commonjs-glob',
    setup(build) {
        const require = createRequire(import.meta.url);
        build.onResolve({ filter: /^tinyglobby$/ }, () => ({ path: require.resolve('tinyglobby') }));
    }
};

/**
 * `cop mcp` runs the MCP server from its own bundle, out/cli-mcp.js: the SDK and its schema
 * libraries in the CLI bundle cost every other command about 10 ms of start-up. The CLI's
 * `import('../../mcp/run-mcp.js')` stays in the source (typed, and run as it is by tests)
 * and becomes `require('./cli-mcp.js')` of the bundle beside it.
 */
const mcpBundle = {
    name: 'mcp-bundle',
    setup(build) {
        build.onResolve({ filter: /[\\/]mcp[\\/]run-mcp\.js$/ }, () => ({ path: './cli-mcp.js', external: true }));
    }
};

/**
 * Chevrotain's lexer fills a 65,536-entry table (the lexer's index of characters beyond 255)
 * with a loop when the first lexer is made: 3–5 ms of every `cop` run and server start, since
 * the loop runs in V8's interpreter (cli/tiering.ts delays optimising). The same table is made
 * here from about 260 `fill` calls, as a `Uint16Array` (its values are at most 512). The build
 * fails if Chevrotain's source no longer has the loop, rather than bundling it unchanged.
 */
const chevrotainCharTable = {
    name: 'chevrotain-char-table',
    setup(build) {
        build.onLoad({ filter: /[\\/]node_modules[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, args => {
            const source = readFileSync(args.path, 'utf8');
            const loop = `        charCodeToOptimizedIdxMap = new Array(65536);
        for (let i = 0; i < 65536; i++) {
            charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
        }`;
            if (!source.includes(loop)) throw new Error(`${args.path}: the character table loop changed; update chevrotainCharTable in scripts/build.mjs.`);
            const fills = `        const table = new Uint16Array(65536);
        // i > 255: 255 + floor(i / 255), constant over each run of 255 characters.
        for (let run = 1; run * 255 < 65536; run++) table.fill(255 + run, run * 255, (run + 1) * 255);
        for (let i = 0; i < 256; i++) table[i] = i;
        charCodeToOptimizedIdxMap = table;`;
            return { contents: source.replace(loop, fills), loader: 'js' };
        });
    }
};

const entries = [
    { entryPoints: ['client/extension.ts'], outfile: 'out/extension.js' },
    { entryPoints: ['server/main.ts'], outfile: 'out/server.js', plugins: [chevrotainCharTable] },
    // out/cli.js (the `bin`) is a small loader that runs out/cli-main.js, the CLI itself,
    // through a V8 code cache (cli/code-cache.ts); the loader needs no polyfill.
    // No `import()` in the CLI bundle: cli/code-cache.ts runs it as a vm.Script, which has no
    // module loader; esbuild writes `require('./cli-mcp.js')` instead.
    // DuckDB is native code: never bundled, loaded by `cop measure` only (a dependency of the
    // package, so `npm install -g` brings it; the extension's .vsix never holds it).
    {
        entryPoints: ['cli/main.ts'],
        outfile: 'out/cli-main.js',
        plugins: [langiumCoreProtocol, commonJsGlob, mcpBundle, chevrotainCharTable],
        supported: { 'dynamic-import': false },
        external: ['vscode', '@duckdb/node-api']
    },
    {
        entryPoints: ['mcp/mcp-bundle.ts'],
        outfile: 'out/cli-mcp.js',
        plugins: [langiumCoreProtocol, commonJsGlob, chevrotainCharTable],
        supported: { 'dynamic-import': false }
    },
    { entryPoints: ['cli/bin.ts'], outfile: 'out/cli.js', banner: { js: '#!/usr/bin/env node' }, sourcemap: false },
    ...webEntries
];

const contexts = await Promise.all(entries.map(entry => esbuild.context({ ...common, ...entry })));
// The playground embeds its own minified language server: built once, also in watch mode.
await buildPlayground(common, pkg.version);
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
    console.log('watching for changes…');
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
    for (const bundle of ['out/cli-main.js', 'out/cli-mcp.js']) asciiOnly(bundle);
    stampBundleId('out/cli-main.js');
}

/**
 * Escapes the characters beyond ASCII that esbuild leaves in comments and regular
 * expressions (15 of them, from dependencies). A file of ASCII only is read into a one-byte
 * string on Node's fast path: reading the 2.8 MB CLI bundle took 10 ms instead of 1.5 ms,
 * and its string twice the memory. `\uXXXX` means the same character in a string, a
 * template, a regular expression (a surrogate pair stays a pair) and an identifier, and
 * nothing in a comment.
 */
function asciiOnly(file) {
    const text = readFileSync(file, 'utf8');
    const ascii = text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (ascii !== text) writeFileSync(file, ascii);
}

/**
 * Ends the CLI bundle with the hash of its content, which names its V8 code cache
 * (cli/code-cache.ts: `bundleIdOf`), so that a run need not hash the bundle itself. Watch
 * mode leaves it out; the loader then hashes the bundle.
 */
function stampBundleId(file) {
    const id = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 20);
    appendFileSync(file, `\n//# cop-bundle-id=${id}\n`);
}
