// Markdown files imported by the CLI are bundled as their text (scripts/build.mjs).
declare module '*.md' {
    const text: string;
    export default text;
}
