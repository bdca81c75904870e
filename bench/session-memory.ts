/**
 * `npm run bench:memory`: the server's memory over a long editing session, which the main
 * bench's 40 edits do not show (V8 collects the old generation only now and then, so its
 * peak comes late). One plan is edited over and over, each edit awaited until its
 * diagnostics are published; the server's resident size is printed every tenth edit.
 * `--broken` makes every other edit leave a syntax error (the restore overlaps the line),
 * as half-typed text does. Not a test: it prints figures.
 *
 *   node scripts/run-ts.mjs bench/session-memory.ts --size 10000 --edits 200
 *   node scripts/run-ts.mjs bench/session-memory.ts --size 10000 --edits 80 --broken --server-args=--heap-growing-percent=0
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileUri, LspClient } from '../test/helpers/lsp-client.js';
import { commentedOut, generatePlan } from './generate-plan.js';

const { values } = parseArgs({
    options: {
        size: { type: 'string', default: '10000' },
        edits: { type: 'string', default: '200' },
        broken: { type: 'boolean', default: false },
        // Extra node options for the server, e.g. "--heap-growing-percent=0" (V8's own choice, to compare).
        'server-args': { type: 'string', default: '' }
    }
});
const folder = resolve('.cache/bench/session-memory');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const text = generatePlan(Number(values.size));
const file = join(folder, 'plan.cop');
writeFileSync(file, text);
const lines = text.split('\n');
// The first indicator's `data` line: commenting it out gives a warning four lines up.
const at = lines.findIndex(line => line.startsWith('    data '));
const original = lines[at];

const client = new LspClient([], values['server-args'].split(' ').filter(Boolean));
const memory = (label: string): void => {
    const status = readFileSync(`/proc/${client.pid}/status`, 'utf8');
    const mb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024);
    console.log(`${label.padEnd(10)} resident ${String(mb('VmRSS')).padStart(4)} MB, peak ${String(mb('VmHWM')).padStart(4)} MB`);
};
try {
    await client.initialize(folder);
    const uri = fileUri(file);
    await client.waitForDiagnostics(uri, () => true, 300_000);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true, 300_000);
    memory('opened');
    const warned = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]) =>
        diagnostics.some(d => d.code === 'indicator-without-data' && d.range.start.line === at - 4);
    for (let i = 1; i <= Number(values.edits); i++) {
        const commenting = i % 2 === 1;
        // The restore replaces the commented line; `--broken` leaves its last 3 characters behind.
        const end = commenting || values.broken ? original.length : commentedOut(original).length;
        await client.edit(uri, { start: { line: at, character: 0 }, end: { line: at, character: end } }, commenting ? commentedOut(original) : original);
        await client.waitForDiagnostics(uri, diagnostics => warned(diagnostics) === commenting, 120_000);
        if (i % 10 === 0) memory(`edit ${i}`);
    }
} finally {
    await client.shutdown();
}
