import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';

const root = resolve(import.meta.dirname, '../..');
const snippets = JSON.parse(readFileSync(resolve(root, 'snippets/cop.json'), 'utf8')) as Record<
    string,
    { prefix: string; body: string[]; description: string }
>;

/** Element kinds and the AST type their snippet must produce. */
const kinds: Record<string, string> = {
    plan: 'Plan',
    members: 'Row',
    organization: 'Row',
    shared: 'Shared',
    input: 'Input',
    output: 'Output',
    outcome: 'Outcome',
    indicator: 'Indicator',
    cycle: 'Cycle',
    assumption: 'Assumption',
    kpi: 'Kpi',
    actual: 'Actual',
    story: 'Story',
    objective: 'Objective',
    experiment: 'Experiment',
    decision: 'Decision',
    review: 'Review'
};

/** What VS Code inserts when every placeholder keeps its default and every choice its first option. */
const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '09', CURRENT_DATE: '14' };

function expand(body: string): string {
    let text = body;
    for (let previous = ''; previous !== text; ) {
        previous = text;
        text = text
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
            .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
            .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => variables[name] ?? `<${name}>`)
            .replace(/\$([A-Z_]+)/g, (_, name: string) => variables[name] ?? `<${name}>`);
    }
    return text.replace(/\$\d+/g, '');
}

describe('snippets', () => {
    const { Cop } = createTestServices();
    const parse = parseHelper<PlanFile>(Cop);

    test('there is one snippet per element kind, and the extension contributes them for .cop files', () => {
        expect(
            Object.values(snippets)
                .map(snippet => snippet.prefix)
                .sort()
        ).toEqual(Object.keys(kinds).sort());
        const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
        expect(pkg.contributes.snippets).toContainEqual({ language: 'cop', path: './snippets/cop.json' });
    });

    for (const [name, snippet] of Object.entries(snippets)) {
        test(`"${name}" parses without syntax errors once filled in, as a ${kinds[snippet.prefix]}`, async () => {
            const text = expand(snippet.body.join('\n'));
            expect(text).not.toMatch(/[$<>]\w|\{\d/); // every placeholder and variable was filled
            const document = await parse(text);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
            const elements = document.parseResult.value.elements;
            expect(elements.map(element => element.$type)).toEqual([kinds[snippet.prefix]]);
            // Already in the formatter's layout: formatting it changes nothing.
            const formatted = formatPlanDocument(document);
            expect(formatted.ok && formatted.text.trimEnd()).toBe(text.trimEnd());
        });

        test(`"${name}" follows the canonical layout`, () => {
            const lines = expand(snippet.body.join('\n'))
                .split('\n')
                .filter(line => line !== '');
            expect(lines[0]).toMatch(new RegExp(`^${snippet.prefix} .*\\{$`)); // `{` on the header line
            expect(lines.at(-1)).toBe('}');
            for (const line of lines.slice(1, -1)) {
                expect(line).toMatch(/^ {4}\S/); // 4-space indent, no tabs
                expect(line).not.toMatch(/[{}]\s*$|;/); // one statement a line, no nested blocks
            }
        });
    }
});
