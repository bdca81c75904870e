// `npm run langium:generate`: langium-cli's generator (language/generated/, the TextMate
// grammar), printing everything it prints except the warnings for single-valued lines of a
// block ("Found multiple assignments to 'unit' …"): lines come in any order, so the grammar
// lets a line repeat, and a repeat is our `repeated-line` error. Each left-out warning is
// checked to be such a line by the code test/langium/grammar-warnings.test.ts uses
// (scripts/grammar-repeats.ts); any other warning or error is printed as langium-cli prints
// it. Why Langium cannot be told the repeat is intended: docs/langium-upgrade.md.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { filterGeneratorOutput } from './langium-generate-filter.mjs';
import { ensureLookaheadTable } from './lookahead-placeholder.mjs';

const require = createRequire(import.meta.url);
require('./polyfills.cjs');
const { generate } = await import('langium-cli');

/** langium-cli prints through the console: held back until the intended repeats are known. */
const held = [];
const print = { log: console.log, warn: console.warn, error: console.error };
for (const level of ['log', 'warn', 'error']) {
    console[level] = (...parts) => held.push({ level, text: parts.join(' ') });
}
let success;
try {
    success = await generate({ file: 'langium-config.json', mode: 'production' });
} finally {
    Object.assign(console, print);
}

let intended = [];
let unsorted;
try {
    // The sorting loads the parser, which on a fresh clone has no recorded table yet.
    ensureLookaheadTable();
    intended = await intendedRepeats();
} catch (error) {
    // The generated code the check's list is built on may be missing (a grammar with errors).
    unsorted = error instanceof Error ? error.message.split('\n')[0] : String(error);
}
const { kept, left } = filterGeneratorOutput(
    held.map(line => line.text),
    intended
);
// `kept` is `held` in order, less the lines left out.
let next = 0;
for (const line of held) {
    if (kept[next] === line.text) {
        print[line.level](line.text);
        next++;
    }
}
if (left > 0) {
    console.log(
        `${left} warnings "Found multiple assignments" not printed: each is a single-valued line of a block, which may repeat (lines come in any order) and is then the repeated-line error; see docs/langium-upgrade.md, "Marking a repeatable single-valued line as intended".`
    );
}
if (unsorted) console.warn(`The grammar's warnings could not be sorted (${unsorted}); all are printed above.`);
process.exitCode = success ? 0 : 1;

/** How langium-cli prints each intended repeat (`:LINE:COLUMN - message`), from scripts/grammar-repeats.ts. */
async function intendedRepeats() {
    const outfile = resolve('.cache/run/grammar-repeats.mjs');
    await esbuild.build({
        entryPoints: ['scripts/grammar-repeats.ts'],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        packages: 'external',
        logLevel: 'silent',
        plugins: [
            {
                // The module finds the grammar from its own folder, not the bundle's.
                name: 'source-dirname',
                setup(build) {
                    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
                        contents: (await readFile(path, 'utf8')).replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
                        loader: 'ts'
                    }));
                }
            }
        ]
    });
    const { grammarDiagnostics, printedAs, sortGrammarDiagnostics } = await import(outfile);
    const { document, diagnostics } = await grammarDiagnostics();
    return sortGrammarDiagnostics(document, diagnostics).intended.map(printedAs);
}
