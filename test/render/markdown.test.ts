import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../language/render/markdown/escape-markdown.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { viewModelOf } from '../helpers/view-model.js';

describe('Markdown export', () => {
    test('plan text cannot become HTML, links, emphasis or extra table cells', async () => {
        const model = await viewModelOf(readFileSync(resolve(import.meta.dirname, '../fixtures/preview/hostile.cop'), 'utf8'));
        const markdown = renderMarkdown(model);
        // Only our own `<br>` between values of one cell is markup.
        expect(markdown.replace(/<br>/g, '')).not.toMatch(/<[a-z/!]/i);
        expect(markdown).not.toMatch(/\]\(/);
        const rows = markdown.split('\n').filter(line => line.startsWith('| **'));
        expect(rows).toHaveLength(2);
        for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    });

    test('escaping keeps the text readable', () => {
        expect(escapeMarkdown('R&D <team> | *core* [beta] `x`_y_ ~z~')).toBe('R&amp;D &lt;team&gt; \\| \\*core\\* \\[beta\\] \\`x\\`\\_y\\_ \\~z\\~');
        expect(escapeMarkdown('two\nlines')).toBe('two lines');
        expect(escapeMarkdown('Analytics & Insights 2027-06 (80%)')).toBe('Analytics &amp; Insights 2027-06 (80%)');
    });
});
