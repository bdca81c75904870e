import { describe, expect, test } from 'vitest';
import { findTemplate, planNameFromFile, planTemplates, renderForFile } from '../../language/templates/index.js';
import { monthsAhead } from '../../language/templates/plan-template.js';
import { evaluate } from '../impact/impact-helpers.js';

describe('plan templates', () => {
    test('a plan name comes from the file name and is never a keyword', () => {
        expect(planNameFromFile('data-science.cop')).toBe('DataScience');
        expect(planNameFromFile('/home/me/plans/my_community v2.cop')).toBe('MyCommunityV2');
        expect(planNameFromFile('C:\\plans\\support.cop')).toBe('Support');
        expect(planNameFromFile('2027.cop')).toBe('Community2027');
        expect(planNameFromFile('data.cop')).toBe('Data'); // `data` is a keyword; `Data` is not
        expect(planNameFromFile('---.cop')).toBe('MyCommunity');
    });

    test('target dates are a year from the day the plan is made', () => {
        expect(monthsAhead(new Date(Date.UTC(2026, 10, 23)), 12)).toBe('2027-11');
        expect(monthsAhead(new Date(Date.UTC(2026, 0, 31)), 11)).toBe('2026-12');
        const kpi = findTemplate('kpi')!.render({ planName: 'P', fileStem: 'p', today: new Date(Date.UTC(2031, 1, 3)) });
        expect(kpi.plan).toContain('target >= 50000 by 2032-02');
        expect(kpi.plan).not.toMatch(/by 20(2[0-9]|30)-/);
    });

    test('a plan rendered for a file is named after it, and its companions beside it', () => {
        const rendered = renderForFile(findTemplate('kpi')!, '/work/plans/customer-support.cop', new Date());
        expect(rendered.plan).toMatch(/^plan CustomerSupport "/m);
        expect(rendered.companions.map(companion => companion.path)).toEqual(['customer-support-actuals.csv']);
        expect(rendered.plan).toContain('actuals "customer-support-actuals.csv"');
    });

    for (const template of planTemplates) {
        test(`${template.name}: in memory too, no errors and every warning on a TODO line`, async () => {
            const today = new Date();
            const { plan, companions } = template.render({ planName: 'Sample', fileStem: 'sample', today });
            // The companion files lie beside the plan, in memory as a browser worker would have them.
            const files = Object.fromEntries(companions.map(companion => [companion.path, companion.text]));
            const { document } = await evaluate(plan, today.toISOString().slice(0, 10), files);
            const diagnostics = document.diagnostics ?? [];
            expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
            const lines = plan.split('\n');
            const warnings = diagnostics.filter(d => d.severity === 2);
            expect(warnings.length).toBeGreaterThan(0);
            for (const warning of warnings) expect(lines[warning.range.start.line]).toMatch(/\/\/ TODO/);
            // Canonical layout: `{` on the header line, 4-space indent, one statement a line.
            for (const line of lines) expect(line).toMatch(/^(|\/\/.*|\w.*\{( \/\/.*)?|\}| {4}\S.*)$/);
        });
    }
});
