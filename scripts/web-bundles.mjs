// The browser bundles (scripts/build.mjs runs them with the others): the web extension for
// vscode.dev and github.dev, its language server as a classic web worker, and the
// playground (scripts/playground-build.mjs). `platform: 'browser'` and no Node built-ins:
// test/web/web-bundles.test.ts fails on any `require` of one.

/** esbuild options every browser bundle shares, on top of build.mjs's `common`. */
export const browserOptions = {
    platform: 'browser',
    target: 'es2022',
    // vscode-languageserver/-client and vscode-jsonrpc pick their browser builds by condition.
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser'],
    // csv-parse's Node build uses Node's global Buffer; its browser build brings its own.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' }
};

export const webEntries = [
    // VS Code for the Web loads a web extension as CommonJS, with `vscode` provided.
    { ...browserOptions, entryPoints: ['client/web-extension.ts'], outfile: 'out/web/extension.js', format: 'cjs', external: ['vscode'] },
    // A classic (not module) worker: `new Worker(url)` without `{ type: 'module' }`.
    { ...browserOptions, entryPoints: ['server/web-main.ts'], outfile: 'out/web/server.js', format: 'iife' }
];
