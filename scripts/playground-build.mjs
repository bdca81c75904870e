// Builds out/playground/: one static page (index.html, playground.js, playground.css) that
// works from file:// with no server and no network. The language server (server/web-main.ts)
// and monaco's editor worker are bundled as classic scripts and embedded in playground.js
// as text, which the page starts as workers from blobs: file:// pages may not start
// workers from files. See docs/playground.md.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { browserOptions } from './web-bundles.mjs';

/**
 * The page's one policy: its own script and stylesheet (monaco also sets inline styles),
 * the codicon font as a data: URL, workers only from the page's blobs, frames only the
 * preview's srcdoc; nothing fetched, no forms, no <base>.
 */
export const PLAYGROUND_CSP = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    'worker-src blob:',
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'"
].join('; ');

const out = 'out/playground';

export async function buildPlayground(common, version) {
    const shared = {
        ...common,
        ...browserOptions,
        format: 'iife', // PLAYGROUND_DEBUG=1 npm run build: unminified, to read a stack trace.
        minify: !process.env.PLAYGROUND_DEBUG,
        sourcemap: false,
        external: [],
        logOverride: { 'empty-import-meta': 'silent' }
    };
    const asText = async entry => (await esbuild.build({ ...shared, entryPoints: [entry], write: false })).outputFiles[0].text;
    const [server, editorWorker] = await Promise.all([asText('server/web-main.ts'), asText('node_modules/monaco-editor/esm/vs/editor/editor.worker.js')]);
    const virtual = {
        'playground:server-worker': server,
        'playground:editor-worker': editorWorker,
        'playground:examples': JSON.stringify(exampleFiles())
    };
    const virtualModules = {
        name: 'playground-virtual-modules',
        setup(build) {
            build.onResolve({ filter: /^playground:/ }, args => ({ path: args.path, namespace: 'playground' }));
            build.onLoad({ filter: /.*/, namespace: 'playground' }, args =>
                args.path === 'playground:examples' ? { contents: virtual[args.path], loader: 'json' } : { contents: virtual[args.path], loader: 'text' }
            );
        }
    };
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    await esbuild.build({
        ...shared,
        entryPoints: { playground: 'playground/main.ts' },
        outdir: out,
        loader: { ...common.loader, '.ttf': 'dataurl' },
        plugins: [virtualModules]
    });
    const page = readFileSync('playground/index.html', 'utf8').replace('__PLAYGROUND_CSP__', PLAYGROUND_CSP).replace('__COP_VERSION__', version);
    writeFileSync(join(out, 'index.html'), page);
}

/** examples/ as `{ "support-community/actuals.csv": "…" }`: the plans and the files they name. */
function exampleFiles() {
    const files = {};
    for (const entry of readdirSync('examples', { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(cop|json|csv)$/.test(entry.name)) continue;
        const path = join(entry.parentPath, entry.name);
        files[relative('examples', path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
    return files;
}
