import { describe, expect, test } from 'vitest';
import { toPlanExport } from '../../language/export/export-json.js';
import { planExportSchema } from '../../language/export/export-schema.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { contractExample, evaluate } from '../impact/impact-helpers.js';

async function exportOf(text: string, asOf: string) {
    const { document, services } = await evaluate(text, asOf);
    return toPlanExport(await withImpact(buildViewModel(document, services), document, services));
}

describe('export: forecasts and the audit fields', () => {
    test('the contract example as of 2026-09-30: series, forecast, formula, assumptions, stories, objectives', async () => {
        const exported = await exportOf(contractExample, '2026-09-30');
        expect(planExportSchema.parse(exported)).toEqual(JSON.parse(JSON.stringify(exported)));
        const deflected = exported.indicators.find(i => i.name === 'Deflected')!;
        expect(deflected.series).toEqual([
            { date: '2026-07', value: 210 },
            { date: '2026-08', value: 260 },
            { date: '2026-09', value: 300 }
        ]);
        // Days 0, 31, 62 from 2026-07-01: slope 2790 / 1922 = 45/31 a day; on 2027-06-01 (day 335)
        // 770/3 + 45/31 × 304 = 697.957…; short of 1000 by 302.043….
        expect(deflected.forecast).toEqual({ projected: 697.956989247, by: '2027-06', shortfall: 302.043010753 });
        const [kpi] = exported.kpis;
        expect(kpi.formula).toBe('Deflected * TicketCost');
        expect(kpi.series).toEqual([
            { date: '2026-07-01', value: 7980 },
            { date: '2026-08-01', value: 9880 },
            { date: '2026-09-01', value: 11400 }
        ]);
        expect(kpi.forecast).toEqual({ projected: 26522.3655914, by: '2027-06', shortfall: 23477.6344086 });
        expect(exported.assumptions).toEqual([
            {
                name: 'TicketCost',
                title: 'Fully loaded cost of one support ticket',
                value: 38,
                low: 25,
                high: 55,
                unit: 'USD/request',
                source: 'Finance, FY2026 support budget',
                grade: 'estimate',
                from: null
            }
        ]);
        expect(exported.stories).toEqual([
            {
                name: 'RenewalSaved',
                title: 'A peer answer that saved a renewal',
                date: '2026-09-14',
                tags: ['Deflected', 'SupportSavings'],
                text: "A customer's admin found the fix in a thread and renewed the next week."
            }
        ]);
        // TimeToRespond has no actuals (no score); SupportSavings: (11400 − 7980) / (50000 − 7980).
        expect(exported.objectives).toEqual([
            {
                name: 'FasterHelp',
                title: 'Members get help within a day',
                score: 0.0813898143741,
                keys: [
                    { subject: 'TimeToRespond', op: '<=', value: 24, by: '2027-06', score: null },
                    { subject: 'SupportSavings', op: '>=', value: 50000, by: '2027-06', score: 0.0813898143741 }
                ]
            }
        ]);
    });

    test('no forecast with two points; percentages export as written; an objective with no scored key scores null', async () => {
        const text = contractExample
            .replace('    2026-09 300 "forum relaunch"\n', '')
            .replace(
                'kpi SupportSavings',
                `indicator Share "Share answered" { data "Forum" target >= 80% by 2027-06 }
actual Share { 2026-07 40% 2026-08 50% 2026-09 57% }
assumption Uptake "Uptake" { value 5% range 2%..10% source "Survey" }
kpi SupportSavings`
            )
            .replace('key SupportSavings >= 50000 by 2027-06', 'key Share >= 90% by 2027-06');
        const exported = await exportOf(text, '2026-09-30');
        expect(planExportSchema.safeParse(exported).success).toBe(true);
        expect(exported.indicators.find(i => i.name === 'Deflected')!.forecast).toBeUndefined();
        expect(exported.kpis[0].forecast).toBeUndefined();
        const share = exported.indicators.find(i => i.name === 'Share')!;
        expect(share.series).toEqual([
            { date: '2026-07', value: 40, percent: true },
            { date: '2026-08', value: 50, percent: true },
            { date: '2026-09', value: 57, percent: true }
        ]);
        // 40, 50, 57 on days 0, 31, 62: slope 17/62 points a day; day 335: 49 + 17/62 × 304 = 132.35… (%), past 80.
        expect(share.forecast).toEqual({ projected: 132.35483871, by: '2027-06', shortfall: 0, percent: true });
        expect(exported.assumptions.find(a => a.name === 'Uptake')).toMatchObject({ value: 5, low: 2, high: 10, percent: true, grade: 'estimate' });
        // Share: (0.57 − 0.40) / (0.90 − 0.40) = 0.34; TimeToRespond unscored: the mean is 0.34.
        expect(exported.objectives[0].keys[1]).toEqual({ subject: 'Share', op: '>=', value: 90, percent: true, by: '2027-06', score: 0.34 });
        expect(exported.objectives[0].score).toBe(0.34);
        const unscored = await exportOf(contractExample.replace('    key SupportSavings >= 50000 by 2027-06\n', ''), '2026-09-30');
        expect(unscored.objectives[0].score).toBeNull();
    });

    test('a formula exports in canonical text whatever its layout; a decreasing key result scores from the baseline', async () => {
        const text = contractExample
            .replace(
                'formula Deflected * TicketCost',
                `formula ( Deflected+TimeToRespond*-1 )*TicketCost   // gross
        / 1`
            )
            .replace('unit USD\n', '')
            .replace('actual Deflected {', 'actual TimeToRespond {\n    2026-08 40\n    2026-09 36\n}\nactual Deflected {');
        const exported = await exportOf(text, '2026-09-30');
        expect(exported.kpis[0].formula).toBe('(Deflected + TimeToRespond * -1) * TicketCost / 1');
        // TimeToRespond from its baseline 48 towards <= 24: 36 is half of the way.
        expect(exported.objectives[0].keys[0]).toEqual({ subject: 'TimeToRespond', op: '<=', value: 24, by: '2027-06', score: 0.5 });
    });
});
