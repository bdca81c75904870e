import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { StdioSession } from './mcp-client.js';
import { startStdio, textOf } from './mcp-client.js';

const repo = resolve(import.meta.dirname, '../..');
const examplePlans = [
    'examples/customer-community.cop',
    'examples/development-sector.cop',
    'examples/learning-community.cop',
    'examples/support-community/support-community.cop',
    'examples/flawed/first-draft.cop'
];

interface CheckOutput {
    files: Array<{ file: string; diagnostics: Array<{ line: number; column: number; code: string; message: string; severity: string; fix?: string }> }>;
    summary: { errors: number; warnings: number };
}

interface Edit {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    newText: string;
}

/** The text with 1-based edits applied, last first so earlier offsets stay valid. */
function applyEdits(text: string, edits: readonly Edit[]): string {
    const starts = [0, ...[...text.matchAll(/\n/g)].map(match => (match.index ?? 0) + 1)];
    const offset = (line: number, column: number) => starts[line - 1] + column - 1;
    return [...edits]
        .sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column))
        .reduce((result, edit) => result.slice(0, offset(edit.line, edit.column)) + edit.newText + result.slice(offset(edit.endLine, edit.endColumn)), text);
}

// One server for the file: each call is a fresh workspace, as in `cop check`.
let session: StdioSession;
beforeAll(async () => {
    session = await startStdio({ cwd: repo });
}, 60_000);
afterAll(() => session?.close());

describe('cop mcp over stdio (the SDK client)', () => {
    test('lists the tools, each with an input and an output schema', async () => {
        const { tools } = await session.client.listTools();
        expect(tools.map(tool => tool.name).sort()).toEqual(['catalog_search', 'check', 'diff', 'evaluate', 'explain', 'format']);
        for (const tool of tools) {
            expect(tool.inputSchema.type).toBe('object');
            expect(tool.outputSchema?.type).toBe('object');
            expect(tool.description?.length).toBeGreaterThan(40);
        }
    });

    test.each(examplePlans)(
        'check reports on %s what `cop check` reports',
        async plan => {
            const result = await session.call('check', { paths: [plan] });
            expect(result.isError).toBeFalsy();
            const output = result.structuredContent as unknown as CheckOutput;
            const cli = JSON.parse(runCli(['check', '--format', 'json', plan], { cwd: repo }).stdout) as {
                diagnostics: Array<{ line: number; column: number; code: string; message: string }>;
            };
            const shape = (d: { line: number; column: number; code: string; message: string }) => `${d.line}:${d.column} ${d.code} ${d.message}`;
            expect(output.files.map(file => file.file)).toEqual([plan]);
            expect(output.files[0].diagnostics.map(shape)).toEqual(cli.diagnostics.map(shape));
            for (const d of output.files[0].diagnostics) {
                if (d.code !== 'syntax-error') expect(d.fix, d.code).toBeTruthy();
            }
        },
        60_000
    );

    test('check takes a plan as text, with the fix of each code', async () => {
        const text = 'plan Demo "Demo" { purpose "Show the code" }\n\nmembers Staff "Project staff" {\n    short Answers "Quick answers"\n}\n';
        const result = await session.call('check', { text, filename: 'drafts/demo.cop' });
        const output = result.structuredContent as unknown as CheckOutput;
        expect(output.files[0].file).toBe('drafts/demo.cop');
        const gap = output.files[0].diagnostics.find(d => d.code === 'matrix-gap');
        expect(gap).toMatchObject({ line: 3, severity: 'warning' });
        expect(gap?.fix).toContain('`long`');
        expect(textOf(result)).toContain('drafts/demo.cop:3:');
    });

    test("check offers the editor's quick fixes as edits, and applying one fixes the plan", async () => {
        const text = 'plan Demo "Demo" { purpose "Show the code" }\n\nmembers Staff "Project staff" {\n    short Answers "Quick answers"\n}\n';
        const output = (await session.call('check', { text })).structuredContent as unknown as CheckOutput;
        const gap = output.files[0].diagnostics.find(d => d.code === 'matrix-gap') as { quickFixes?: Array<{ title: string; edits: Edit[] }> } | undefined;
        expect(gap?.quickFixes?.[0].title).toBeTruthy();
        const fixed = applyEdits(text, gap?.quickFixes?.[0].edits ?? []);
        expect(fixed).not.toBe(text);
        const again = (await session.call('check', { text: fixed })).structuredContent as unknown as CheckOutput;
        expect(again.files[0].diagnostics.map(d => d.code)).not.toContain('matrix-gap');
    });

    test('check of a folder reports every plan in it', async () => {
        const result = await session.call('check', { paths: ['examples/flawed', 'examples/customer-community.cop'] });
        const output = result.structuredContent as unknown as CheckOutput;
        expect(output.files.map(file => file.file).sort()).toEqual(['examples/customer-community.cop', 'examples/flawed/first-draft.cop']);
        expect(output.summary.warnings).toBeGreaterThan(0);
    });

    test('check wants exactly one of text and paths', async () => {
        expect(textOf(await session.call('check', {}))).toContain('Give the plan to read');
        expect(textOf(await session.call('check', { text: 'plan A "A" {}', paths: ['examples'] }))).toContain('not both');
        expect(textOf(await session.call('check', { text: 'plan A "A" {}', filename: 'a.txt' }))).toContain('does not end in .cop');
        expect(textOf(await session.call('check', { text: 'plan A "A" {}', asOf: '2026-02-31' }))).toContain('is not a date');
    });

    test('explain gives the page of a code, and lists the codes for an unknown one', async () => {
        const result = await session.call('explain', { code: 'value-without-outcome' });
        expect(result.structuredContent).toMatchObject({ code: 'value-without-outcome', severity: 'warning' });
        const help = result.structuredContent as { meaning: string; fix: string; example: string; fixedExample: string; markdown: string };
        expect(help.meaning).toContain('no\noutcome delivers');
        expect(help.fix).toContain('delivers');
        expect(help.example).toContain('members Staff');
        expect(help.fixedExample).toContain('outcome Helped');
        expect(readFileSync(resolve(repo, 'docs/diagnostics.md'), 'utf8')).toContain(help.markdown);
        const unknown = await session.call('explain', { code: 'no-such-code' });
        expect(unknown.isError).toBe(true);
        expect(textOf(unknown)).toContain('matrix-gap');
    });

    test('evaluate gives the kpis and statuses `cop export` computes, as of a date', async () => {
        const plan = 'examples/support-community/support-community.cop';
        const result = await session.call('evaluate', { path: plan, asOf: '2026-06-30' });
        expect(result.isError).toBeFalsy();
        const output = result.structuredContent as { asOf: string; plan: string; kpis: unknown[]; indicators: Array<{ status?: string | null }> };
        const exported = JSON.parse(runCli(['export', plan, '--format', 'json', '--as-of', '2026-06-30'], { cwd: repo }).stdout) as {
            kpis: unknown[];
            indicators: unknown[];
            plan: { name: string };
        };
        expect(output.asOf).toBe('2026-06-30');
        expect(output.plan).toBe(exported.plan.name);
        expect(output.kpis.length).toBeGreaterThan(0);
        expect(output.kpis).toEqual(exported.kpis);
        expect(output.indicators).toEqual(exported.indicators);
        expect(textOf(result)).toMatch(/kpi \w+: /);
    }, 60_000);

    test('evaluate reads one plan: a folder is refused', async () => {
        const result = await session.call('evaluate', { path: 'examples' });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('is a folder');
    });

    test('evaluate takes a plan as text too', async () => {
        const text = readFileSync(resolve(repo, 'examples/customer-community.cop'), 'utf8');
        const result = await session.call('evaluate', { text, filename: 'examples/customer-copy.cop' });
        expect(result.isError).toBeFalsy();
        expect((result.structuredContent as { file: string }).file).toBe('examples/customer-copy.cop');
    });

    test('catalog_search finds indicators and examples by words, with their context', async () => {
        const result = await session.call('catalog_search', { query: 'time to respond', limit: 5 });
        const hits = (result.structuredContent as { hits: Array<{ kind: string; title?: string; unit?: string; cycles?: string[] }> }).hits;
        expect(hits[0]).toMatchObject({ kind: 'indicator', title: 'Time to respond to questions', unit: 'hours' });
        expect(hits[0].cycles).toContain('immediate');
        const values = await session.call('catalog_search', { query: 'problem solving', kinds: ['value'] });
        const valueHits = (values.structuredContent as { hits: Array<{ kind: string; side: string }> }).hits;
        expect(valueHits.length).toBeGreaterThan(0);
        expect(valueHits.every(hit => hit.kind === 'value' && hit.side)).toBe(true);
        const none = await session.call('catalog_search', { query: 'zzqqxx' });
        expect((none.structuredContent as { hits: unknown[] }).hits).toEqual([]);
        expect(textOf(none)).toContain('No catalog entry');
    });

    test('format returns what `cop fmt` writes, and refuses a plan with a syntax error', async () => {
        const messy = 'plan Demo "Demo" {\npurpose "Show"\n}\nmembers Staff "Staff" {\n  short Answers "Quick answers"\n      long Skills "Skills"\n}\n';
        const result = await session.call('format', { text: messy });
        const output = result.structuredContent as { text: string; changed: boolean };
        expect(output.changed).toBe(true);
        expect(output.text).toContain('\n    short Answers "Quick answers"\n    long Skills "Skills"\n');
        const again = await session.call('format', { text: output.text });
        expect(again.structuredContent).toEqual({ text: output.text, changed: false });
        const broken = await session.call('format', { text: 'plan Demo "Demo" {\n    purpose 12\n}\n' });
        expect(broken.isError).toBe(true);
        expect(textOf(broken)).toMatch(/syntax error at line 2, column \d+/);
        const unclosed = await session.call('format', { text: 'plan Demo "Demo" {\n    purpose\n' });
        expect(textOf(unclosed)).toContain('syntax error at the end of the plan');
    });

    test('resources: the language reference, the diagnostics page and the built-in catalog', async () => {
        const { resources } = await session.client.listResources();
        expect(resources.map(resource => resource.uri).sort()).toEqual(['cop://catalog/builtin.json', 'cop://docs/diagnostics.md', 'cop://docs/language.md']);
        const reference = await session.client.readResource({ uri: 'cop://docs/language.md' });
        expect(reference.contents[0]).toMatchObject({ mimeType: 'text/markdown', text: readFileSync(resolve(repo, 'docs/language.md'), 'utf8') });
        const catalog = await session.client.readResource({ uri: 'cop://catalog/builtin.json' });
        const content = catalog.contents[0];
        expect(content.mimeType).toBe('application/json');
        expect('text' in content && JSON.parse(content.text)).toMatchObject({ version: 1, indicators: expect.any(Array) });
    });

    test('the draft_plan prompt asks for a plan of the community, checked with the check tool', async () => {
        const { prompts } = await session.client.listPrompts();
        expect(prompts.map(prompt => prompt.name)).toEqual(['draft_plan']);
        const prompt = await session.client.getPrompt({
            name: 'draft_plan',
            arguments: { description: 'Nurses sharing wound-care practice across three hospitals', filename: 'plans/wound-care.cop' }
        });
        const message = prompt.messages[0].content;
        expect(message.type).toBe('text');
        const text = message.type === 'text' ? message.text : '';
        expect(text).toContain('Nurses sharing wound-care practice');
        expect(text).toContain('check tool');
        expect(text).toContain('plan WoundCare');
    });
});
