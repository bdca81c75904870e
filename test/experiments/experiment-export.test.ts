import { describe, expect, test } from 'vitest';
import { toPlanExport } from '../../language/export/export-json.js';
import { planExportSchema } from '../../language/export/export-schema.js';
import { runCliInProcess } from '../helpers/cli.js';
import { viewModelOf } from '../helpers/view-model.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const plan = `plan P "P" { purpose "p" }
outcome Deflection {}
indicator Visitors { unit visits data "d" }
actual Visitors { 2026-09 10000 }
experiment ForumFirst "Forum first" { metric Visitors treatment 412 of 2000 control 318 of 2000 }
experiment Broken { treatment 3 of 2 control 1 of 2 }
assumption Uplift { from ForumFirst unit requests/visit }
assumption Cost { value 38 range 25..55 unit USD/request source "Finance" }
kpi Savings {
    formula Visitors * Uplift * Cost
    unit USD
    deadweight 10%
    displacement 0%
    attribution 20%..40%
    translates Deflection
}
kpi Plain { formula Visitors }
`;

describe('export of experiments, adjustments and grades', () => {
    test('experiments, and per kpi gross, adjustments (fractions) and grade, within the schema', async () => {
        const exported = JSON.parse(JSON.stringify(toPlanExport(await viewModelOf(plan))));
        expect(planExportSchema.parse(exported)).toEqual(exported);
        expect(exported.experiments).toEqual([
            { name: 'ForumFirst', metric: 'Visitors', uplift: 0.047, low: 0.0231043893088, high: 0.0708956106912, relative: 0.295597484277, significant: true },
            { name: 'Broken', metric: null, uplift: null, low: null, high: null, relative: null, significant: false }
        ]);
        const savings = exported.kpis.find((k: { name: string }) => k.name === 'Savings');
        // gross 10000 × 0.047 × 38 = 17860; net × 0.9 × 1 × 0.7 = 11251.8
        expect(savings).toMatchObject({ gross: 17860, value: 11251.8, adjustments: { deadweight: 0.1, displacement: 0, attribution: 0.3 }, grade: 'estimate' });
        expect(savings.drivers.map((d: { assumption: string }) => d.assumption)).toEqual(['Uplift', 'Cost', 'Savings.attribution']); // swings of 1.02, 0.79 and 0.29 times the value;
        const plain = exported.kpis.find((k: { name: string }) => k.name === 'Plain');
        expect(plain).toMatchObject({ gross: 10000, value: 10000, adjustments: { deadweight: 0, displacement: 0, attribution: 0 }, grade: 'observational' });
    });

    test('cop export --format json carries them', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-exp-'));
        writeFileSync(join(folder, 'plan.cop'), plan);
        const result = await runCliInProcess(['export', 'plan.cop', '--format', 'json', '--as-of', '2026-09-30'], { cwd: folder });
        const exported = JSON.parse(result.stdout);
        expect(exported.experiments.map((e: { name: string }) => e.name)).toEqual(['ForumFirst', 'Broken']);
        expect(exported.kpis[0].grade).toBe('estimate');
        expect(exported.diagnostics.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['experiment-invalid', 'weak-evidence']));
    });

    test('cop export --format md shows the grade, gross to net, and the experiments with n per arm', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-exp-'));
        writeFileSync(join(folder, 'plan.cop'), plan);
        const result = await runCliInProcess(['export', 'plan.cop', '--format', 'md', '--as-of', '2026-09-30'], { cwd: folder });
        expect(result.stdout).toContain('| Kpi | Value | Planned | Range | Target | Status | Forecast | Evidence | Top driver |');
        expect(result.stdout).toContain('- **Savings**: gross 17,860 − deadweight 10% − displacement 0% − attribution 20%–40% = net 11,252');
        expect(result.stdout).toContain('| Forum first | 4.7% | 2.31% to 7.09% | 2,000 | 2,000 | yes |');
        expect(result.stdout).toContain('| Broken | none | — | 2 | 2 | — |');
    });
});
