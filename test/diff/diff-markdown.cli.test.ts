import { describe, expect, test } from 'vitest';
import { renderMarkdown, tagsOf, textOf } from '../helpers/commonmark.js';
import { diffPair, supportPlan } from './diff-plans.js';

describe('cop diff --format markdown: the pull-request comment', () => {
    test('headed by the marker, a summary line, policies, then per plan the kpi impact table and the changes, elements as Title (ID)', async () => {
        const after = supportPlan({ target: '>= 800 by 2027-06', retention: false }).replace('Retention, ', '');
        const result = await diffPair(supportPlan(), after, ['--format', 'markdown', '--fail-on', 'target-lowered,unsourced-assumption']);
        expect(result.code).toBe(1);
        const markdown = result.stdout;
        expect(markdown.split('\n')[0]).toBe('<!-- cop-diff -->');
        const html = renderMarkdown(markdown).commonmark;
        expect(html).toContain('<!-- cop-diff -->');
        expect(html).toContain('<strong>2 elements changed (2 lines), 0 added, 1 removed; 1 kpi moves; 1 policy failure.</strong>');
        expect(textOf(html)).toContain('❌ target-lowered: 1 change needs a sign-off');
        expect(textOf(html)).toContain('✅ unsourced-assumption: passes');
        expect(textOf(html)).toContain(
            'Support requests deflected (Deflected) (indicator in SupportCommunity): the target was lowered from >= 1000 by 2027-06 to >= 800 by 2027-06'
        );
        expect(html).toContain('<h3>Customer Support Community (SupportCommunity)</h3>');
        // GitHub renders tables (GFM); markdown-it's default preset does too.
        const gfm = renderMarkdown(markdown).linkified;
        const rows = [...gfm.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map(cell => textOf(cell[1])));
        expect(rows).toContainEqual(['KPI', 'Planned', 'Low', 'High']);
        expect(rows).toContainEqual(['Support cost avoidance (SupportSavings) USD', '38,000 → 30,400 (-7,600)', '7,500', '16,500']);
        expect(rows).toContainEqual(['changed', 'Support requests deflected (Deflected) · indicator', 'target', '>= 1000 by 2027-06', '>= 800 by 2027-06']);
        expect(rows).toContainEqual(['removed', 'Keep using the product (Retention) · value', '', '', '']);
    });

    test('plan texts are escaped: a title cannot make a link, an image, HTML or break the table', async () => {
        const hostile = supportPlan().replace(
            '"Support requests deflected" {\n    unit',
            '"[click](command:workbench.action.quit) <img src=x onerror=alert(1)> | cell" {\n    unit'
        );
        const html = renderMarkdown((await diffPair(supportPlan(), hostile, ['--format', 'markdown'])).stdout).linkified;
        expect(tagsOf(html).filter(tag => ['a', 'img', 'script'].includes(tag))).toEqual([]);
        const row = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].find(match => match[1].includes('click'))!;
        expect([...row[1].matchAll(/<td>/g)]).toHaveLength(5);
    });

    test('no change: the comment says so', async () => {
        const markdown = (await diffPair(supportPlan(), supportPlan(), ['--format', 'markdown'])).stdout;
        expect(markdown).toContain('**No change in meaning.**');
    });

    test('a 3,000-element diff stays under 60,000 characters, the rest counted', async () => {
        const indicators = (target: number) =>
            Array.from(
                { length: 3000 },
                (_, i) =>
                    `indicator Metric${i} "Metric number ${i} of the community dashboard" {\n    target >= ${target + i} by 2027-06\n    data "Export ${i}"\n}\n`
            ).join('\n');
        const head = 'plan Big "A big plan" {\n    purpose "p"\n}\n\n';
        const result = await diffPair(head + indicators(1000), head + indicators(900), ['--format', 'markdown', '--fail-on', 'target-lowered']);
        expect(result.code).toBe(1);
        expect(result.stdout.length).toBeLessThanOrEqual(60_000);
        expect(result.stdout.length).toBeGreaterThan(50_000);
        const omitted = /_(\d+) more rows not shown: the comment is kept under 60,000 characters/.exec(result.stdout);
        expect(omitted).not.toBeNull();
        const shown = result.stdout.split('\n').filter(line => line.startsWith('| changed |')).length;
        expect(shown + Number(omitted![1])).toBe(3000);
        expect(result.stdout).toContain('❌ `target-lowered`: 3000 changes need a sign-off');
        expect(result.stdout).toContain('  - … and 2975 more');
        expect(result.stdout).toContain('**0 elements changed'.replace('0', '3000'));
    });

    test('even a title longer than the limit cannot push the comment over 60,000 characters', async () => {
        const long = 'x'.repeat(70_000);
        const after = supportPlan({ target: '>= 10' }).replace('"Support requests deflected" {\n    unit', `"${long}" {\n    unit`);
        const result = await diffPair(supportPlan(), after, ['--format', 'markdown', '--fail-on', 'target-lowered']);
        expect(result.code).toBe(1);
        expect(result.stdout.length).toBeLessThanOrEqual(60_000);
        expect(result.stdout.startsWith('<!-- cop-diff -->\n')).toBe(true);
        expect(result.stdout).toMatch(/_The rest of this comment is cut: .+_\n$/);
    });
});
