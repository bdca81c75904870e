import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { toPlanExport } from '../../language/export/export-json.js';
import { planExportSchema } from '../../language/export/export-schema.js';
import { viewModelOf } from '../helpers/view-model.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/part6-example.cop'), 'utf8');
const from = example.indexOf('decision Renewal');

describe('Part 6 while it is being typed', () => {
    test('every prefix of the decisions, reviews and stories checks, renders and exports without an internal error', async () => {
        // Cut inside each word of the Part 6 blocks: a half-typed line at every step.
        const cuts: number[] = [];
        for (let i = from; i <= example.length; i += 1) if (/[\s"{},]/.test(example[i] ?? ' ')) cuts.push(i);
        for (const cut of cuts.filter((_, index) => index % 6 === 0)) {
            const text = example.slice(0, cut);
            const model = await viewModelOf(text);
            const codes = model.diagnostics.items.map(d => d.code);
            expect(codes, text.slice(-60)).not.toContain('internal-error');
            expect(() => renderStandaloneHtml(model)).not.toThrow();
            expect(() => renderMarkdown(model)).not.toThrow();
            const exported = toPlanExport(model);
            expect(planExportSchema.safeParse(exported).success, text.slice(-60)).toBe(true);
        }
    }, 120_000);
});
