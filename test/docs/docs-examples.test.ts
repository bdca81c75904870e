import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { readCodeSections } from './diagnostics-page.js';

const root = resolve(import.meta.dirname, '../..');
const docs = join(root, 'docs');
const pages = readdirSync(docs).filter(name => name.endsWith('.md'));

/** Every ```cop block of docs/, named PAGE-N.cop. */
function copBlocks(): Record<string, string> {
    const blocks: Record<string, string> = {};
    for (const page of pages) {
        const text = readFileSync(join(docs, page), 'utf8');
        [...text.matchAll(/^```cop[^\n]*\n([\s\S]*?)^```$/gm)].forEach((match, n) => {
            blocks[`${page}-${n}.cop`] = match[1];
        });
    }
    return blocks;
}

describe('docs/', () => {
    test('every plan shown in the docs parses, but for the example of syntax-error', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-doc-blocks-'));
        const blocks = copBlocks();
        expect(Object.keys(blocks).length).toBeGreaterThan(50);
        for (const [name, text] of Object.entries(blocks)) writeFileSync(join(folder, name), text);
        // Syntax errors are per file, so one run over all of them tells them apart.
        const result = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: folder });
        const errors = JSON.parse(result.stdout)
            .diagnostics.filter((d: { code: string }) => d.code === 'syntax-error')
            .map((d: { file: string; line: number; message: string }) => `${d.file}:${d.line} ${d.message}`);
        const syntaxErrorExample = readCodeSections().find(section => section.code === 'syntax-error')!.plan;
        const expected = Object.entries(blocks)
            .filter(([, text]) => text === syntaxErrorExample)
            .map(([name]) => name);
        expect(expected.length).toBe(1);
        expect(errors.map((e: string) => e.split(':')[0])).toEqual(expected);
    });

    test('the language reference names every keyword of the grammar', async () => {
        const grammar = readFileSync(join(root, 'language/cop.langium'), 'utf8');
        const keywordRule = /^Keyword returns string:([\s\S]*?);/m.exec(grammar)![1];
        const keywords = [...keywordRule.matchAll(/'([a-z]+)'/g)].map(match => match[1]);
        expect(keywords.length).toBeGreaterThan(40);
        const reference = readFileSync(join(docs, 'language.md'), 'utf8');
        expect(keywords.filter(keyword => !new RegExp(`\`[^\`]*\\b${keyword}\\b[^\`]*\``).test(reference))).toEqual([]);
    });

    test('the export page describes every field of schemas/export.schema.json', async () => {
        const schema = JSON.parse(readFileSync(join(root, 'schemas/export.schema.json'), 'utf8'));
        const names = new Set<string>();
        const walk = (node: unknown): void => {
            if (!node || typeof node !== 'object') return;
            const properties = (node as { properties?: Record<string, unknown> }).properties;
            for (const [name, child] of Object.entries(properties ?? {})) {
                names.add(name);
                walk(child);
            }
            for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
        };
        walk(schema);
        expect(names.size).toBeGreaterThan(40);
        const page = readFileSync(join(docs, 'export-json.md'), 'utf8');
        // Each name in code: `name`, `values[]`, `{ date, value, percent }`.
        expect([...names].filter(name => !new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(page))).toEqual([]);
    });

    test('points to nothing outside the repository', async () => {
        for (const page of pages) {
            const text = readFileSync(join(docs, page), 'utf8');
            expect(text, page).not.toMatch(/\.\.\/shared|shared\/design|language contract/);
            for (const [, target] of text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)) {
                if (/^[a-z]+:/.test(target)) continue;
                expect(() => readFileSync(resolve(docs, target)), `${page} links to ${target}`).not.toThrow();
            }
        }
    });
});
