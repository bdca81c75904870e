// Modules scripts/playground-build.mjs makes at build time (see there).

/** The text of the language server's web worker bundle (server/web-main.ts, minified). */
declare module 'playground:server-worker' {
    const source: string;
    export default source;
}

/** The text of monaco's editor worker bundle. */
declare module 'playground:editor-worker' {
    const source: string;
    export default source;
}

/** Every file of examples/ (plans, catalogs, actuals), by path relative to examples/. */
declare module 'playground:examples' {
    const files: Readonly<Record<string, string>>;
    export default files;
}

/** Stylesheets, which esbuild gathers into out/playground/playground.css. */
declare module '*.css';
