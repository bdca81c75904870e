import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderHtmlBody } from '../../language/render/html/render-html.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { viewModelOf } from '../helpers/view-model.js';
import { contractExample } from '../impact/impact-helpers.js';

const fixture = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('one answer to "is it worth funding?" per page', () => {
    test('a plan with decisions: on the Decisions view, after the North Star, and nowhere else', async () => {
        const model = await viewModelOf(fixture('test/fixtures/part6-example.cop'));
        const html = renderHtmlBody(model);
        expect(count(html, />Is it worth funding\?</g)).toBe(1);
        const decisions = html.slice(html.indexOf('<section id="decisions">'), html.indexOf('</section>\n', html.indexOf('<section id="decisions">')));
        expect(decisions.indexOf('class="northstar')).toBeGreaterThan(0);
        expect(decisions.indexOf('id="funding"')).toBeGreaterThan(decisions.indexOf('class="northstar'));
        const md = renderMarkdown(model);
        expect(count(md, /Is it worth funding\?/g)).toBe(1);
        expect(md.indexOf('**North Star:**')).toBeLessThan(md.indexOf('## Is it worth funding?'));
        expect(md.indexOf('## Is it worth funding?')).toBeLessThan(md.indexOf('## Value matrix'));
    });

    test('a plan without decisions: first on the Impact tab', async () => {
        const support = fixture('examples/support-community/support-community.cop');
        const model = await viewModelOf(support);
        const html = renderHtmlBody(model);
        expect(html).not.toContain('<section id="decisions">');
        expect(count(html, />Is it worth funding\?</g)).toBe(1);
        const impact = html.slice(html.indexOf('<section id="impact">'));
        expect(impact.indexOf('id="funding"')).toBeGreaterThan(0);
        expect(impact.indexOf('id="funding"')).toBeLessThan(impact.indexOf('class="kpi-tiles"'));
        expect(count(renderMarkdown(model), /## Is it worth funding\?/g)).toBe(1);
    });

    test('the Markdown kpi table names its top driver by title too', async () => {
        const md = renderMarkdown(await viewModelOf(contractExample));
        expect(md).toMatch(/\| Fully loaded cost of one support ticket \([\d,]+ – [\d,]+\) \|/);
        expect(md).not.toContain('| TicketCost (');
    });
});
