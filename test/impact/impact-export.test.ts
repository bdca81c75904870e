import { describe, expect, test } from 'vitest';
import { buildImpactView, impactExport } from '../../language/impact/impact-view.js';
import { contractExample, evaluate } from './impact-helpers.js';

describe('export additions', () => {
    test("the contract's kpis and indicators figures, as of 2026-09-30", async () => {
        const { document, impact } = await evaluate(contractExample, '2026-09-30');
        const exported = impactExport(buildImpactView(document.parseResult.value, impact.model));
        expect(exported.kpis).toEqual([
            {
                name: 'SupportSavings',
                unit: 'USD',
                value: 11400,
                planned: 38000,
                low: 7500,
                high: 16500,
                status: 'off-track',
                drivers: [{ assumption: 'TicketCost', low: 7500, high: 16500 }]
            }
        ]);
        expect(exported.indicators.find(i => i.name === 'Deflected')).toEqual({
            name: 'Deflected',
            latest: { date: '2026-09', value: 300 },
            target: { op: '>=', value: 1000, by: '2027-06' },
            status: 'off-track'
        });
        // An indicator with a target and no actuals yet.
        expect(exported.indicators.find(i => i.name === 'TimeToRespond')).toEqual({
            name: 'TimeToRespond',
            latest: null,
            target: { op: '<=', value: 24, by: '2027-06' },
            status: 'no-data'
        });
        expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    });

    test('no data yet: value null, planned from targets, range and drivers around the planned value', async () => {
        const { document, impact } = await evaluate(contractExample.replace(/actual Deflected \{[^}]*\}/, ''), '2026-09-30');
        const [kpi] = impactExport(buildImpactView(document.parseResult.value, impact.model)).kpis;
        expect(kpi).toMatchObject({ value: null, planned: 38000, low: 25000, high: 55000, status: 'no-data' });
        expect(kpi.drivers).toEqual([{ assumption: 'TicketCost', low: 25000, high: 55000 }]);
    });

    test('drivers sorted by swing; a kpi of kpis; unary minus and division by a range through zero', async () => {
        const text = contractExample.replace(
            'kpi SupportSavings',
            `assumption Share "Share" { value 10% range 5%..20% source "Model" }
assumption Fee "Fee" { value 2 range 1..4 unit USD/request source "Price list" }
assumption Drift "Drift" { value 1 range -1..2 source "Guess" }
kpi Net "Net" { formula SupportSavings * Share - Deflected * Fee translates Deflection }
kpi Ratio "Ratio" { formula -Net / Drift translates Deflection }
kpi SupportSavings`
        );
        const { document, impact } = await evaluate(text, '2026-09-30');
        const view = buildImpactView(document.parseResult.value, impact.model);
        const net = view.kpis.find(k => k.name === 'Net')!;
        // 11400 × 0.1 − 300 × 2 = 540.
        expect(net.value).toBeCloseTo(540, 9);
        // Interval: [7500, 16500] × [0.05, 0.2] − 300 × [1, 4] = [375 − 1200, 3300 − 300].
        expect(net.low).toBeCloseTo(-825, 9);
        expect(net.high).toBeCloseTo(3000, 9);
        // Each assumption at its two ends, the others at their values, largest swing first:
        // Share 570−600 .. 2280−600 (1710); TicketCost 750−600 .. 1650−600 (900); Fee 1140−300 .. 1140−1200 (900).
        const rounded = net.drivers.map(d => [d.assumption, Math.round(d.low), Math.round(d.high)]);
        expect(rounded).toEqual([
            ['Share', -30, 1680],
            ['TicketCost', 150, 1050],
            ['Fee', 840, -60]
        ]);
        const ratio = view.kpis.find(k => k.name === 'Ratio')!;
        expect(ratio.value).toBeCloseTo(-540, 9);
        // Drift's range spans zero: the range is unbounded, exported as null.
        expect(ratio.low).toBeNull();
        expect(ratio.high).toBeNull();
    });
});
