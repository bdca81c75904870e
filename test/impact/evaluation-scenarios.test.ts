import { describe, expect, test } from 'vitest';
import { GrammarUtils } from 'langium';
import type { Kpi } from '../../language/generated/ast.js';
import type { ImpactModel, KpiImpact } from '../../language/impact/impact-model.js';
import { contractExample, evaluate } from './impact-helpers.js';

/**
 * Kpis of kpis, each assumption pinned to the ends of its range: the evaluator reuses a kpi's
 * unpinned value where the pinned assumption does not reach it, and must give the values a
 * full evaluation of every formula gives.
 */
const chain = contractExample.replace(
    'kpi SupportSavings',
    `assumption Share "Share" { value 10% range 5%..20% source "Model" }
assumption Fee "Fee" { value 2 range 1..4 source "Price list" }
kpi Inner "Inner" { formula Deflected * Fee translates Deflection }
kpi Middle "Middle" { formula Inner + SupportSavings * Share translates Deflection }
kpi Outer "Outer" { formula Middle / 10 translates Deflection }
kpi LoopA "Loop A" { formula LoopB + Fee translates Deflection }
kpi LoopB "Loop B" { formula LoopA * 2 translates Deflection }
kpi AfterLoop "After the loop" { formula LoopA * Share translates Deflection }
kpi SupportSavings`
);

function kpiNamed(model: ImpactModel, name: string): KpiImpact {
    const found = [...model.kpis.entries()].find(([kpi]: [Kpi, KpiImpact]) => kpi.name === name);
    expect(found, name).toBeDefined();
    return found![1];
}

function drivers(impact: KpiImpact): [string, number, number][] {
    return impact.drivers.map(d => [d.assumption.name, Math.round(d.low * 1e6) / 1e6, Math.round(d.high * 1e6) / 1e6]);
}

describe('scenarios of a chain of kpis', () => {
    test('on the latest actuals: values, drivers in order of swing (first use breaks ties), series', async () => {
        const { impact } = await evaluate(chain, '2026-09-30');
        const { model } = impact;
        // Deflected 300, TicketCost 38: Inner 600, SupportSavings 11400, Middle 600 + 1140.
        expect(kpiNamed(model, 'Inner').value).toBe(600);
        expect(drivers(kpiNamed(model, 'Inner'))).toEqual([['Fee', 300, 1200]]);
        expect(kpiNamed(model, 'Middle').value).toBeCloseTo(1740, 9);
        // Share 600 + 570 .. 600 + 2280; Fee 300 + 1140 .. 1200 + 1140; TicketCost 600 + 750 .. 600 + 1650.
        expect(drivers(kpiNamed(model, 'Middle'))).toEqual([
            ['Share', 1170, 2880],
            ['Fee', 1440, 2340],
            ['TicketCost', 1350, 2250]
        ]);
        const outer = kpiNamed(model, 'Outer');
        expect(outer.value).toBeCloseTo(174, 9);
        expect(drivers(outer)).toEqual([
            ['Share', 117, 288],
            ['Fee', 144, 234],
            ['TicketCost', 135, 225]
        ]);
        // 5.8 × Deflected on each of its actual dates.
        expect(outer.series.map(p => Math.round(p.value * 1e6) / 1e6)).toEqual([121.8, 150.8, 174]);
        expect(outer.inputs.map(i => i.name)).toEqual(['Deflected']);
        expect(outer.range?.low).toBeCloseTo((300 * 1 + 300 * 25 * 0.05) / 10, 9);
        expect(outer.range?.high).toBeCloseTo((300 * 4 + 300 * 55 * 0.2) / 10, 9);
    });

    test('without actuals: drivers around the planned values', async () => {
        const { impact } = await evaluate(chain.replace(/actual Deflected \{[^}]*\}/, ''), '2026-09-30');
        const outer = kpiNamed(impact.model, 'Outer');
        expect(outer.value).toBeUndefined();
        // Deflected at its target 1000: (2000 + 38000 × 10 %) / 10.
        expect(outer.planned).toBeCloseTo(580, 9);
        expect(drivers(outer)).toEqual([
            ['Share', 390, 960],
            ['Fee', 480, 780],
            ['TicketCost', 450, 750]
        ]);
        expect(outer.series).toEqual([]);
    });

    test('a loop, and a kpi depending on one, have no value and no drivers', async () => {
        const { impact } = await evaluate(chain, '2026-09-30');
        const loopA = kpiNamed(impact.model, 'LoopA');
        expect(loopA.loop?.map(k => k.name)).toEqual(['LoopA', 'LoopB', 'LoopA']);
        const after = kpiNamed(impact.model, 'AfterLoop');
        expect(after.loop).toBeUndefined();
        expect(after.value).toBeUndefined();
        expect(after.planned).toBeUndefined();
        expect(after.range).toBeUndefined();
        expect(after.drivers).toEqual([]);
        expect(after.series).toEqual([]);
        // The rest of the plan is evaluated as without the loop.
        expect(kpiNamed(impact.model, 'Outer').value).toBeCloseTo(174, 9);
    });
});

describe('actuals on one day', () => {
    test('every repeat names the first actual of its day, in the order written', async () => {
        const text = contractExample.replace(
            /actual Deflected \{[^}]*\}/,
            `actual Deflected {
    2026-08 600
    2026-07 500
    2026-08-01 610
    2026-09 300
    2026-08 620
}`
        );
        const lineOf = (needle: string) => text.split('\n').findIndex(line => line.includes(needle)) + 1;
        const { document } = await evaluate(text, '2026-09-30');
        const found = (document.diagnostics ?? []).filter(d => d.code === 'actual-duplicate-date');
        expect(found.map(d => [d.range.start.line + 1, d.message])).toEqual([
            [
                lineOf('2026-08-01 610'),
                `Indicator \`Deflected\` ("Support requests deflected") has two actuals on 2026-08-01 (line ${lineOf('2026-08 600')} and line ${lineOf('2026-08-01 610')}). Keep one of them.`
            ],
            [
                lineOf('2026-08 620'),
                `Indicator \`Deflected\` ("Support requests deflected") has two actuals on 2026-08-01 (line ${lineOf('2026-08 600')} and line ${lineOf('2026-08 620')}). Keep one of them.`
            ]
        ]);
    });
});

describe('diagnostics on names', () => {
    test('statuses, stale data and missing targets sit where Langium puts `property: name`', async () => {
        const text = chain
            .replace('    target <= 24 by 2027-06\n', '')
            .replace('actual Deflected {', 'actual TimeToRespond {\n    2026-07 40\n}\n\nactual Deflected {');
        const { document } = await evaluate(text, '2027-08-01');
        const named = document.parseResult.value.elements.filter(element => element.$type === 'Indicator' || element.$type === 'Kpi');
        const found = (document.diagnostics ?? []).filter(d => ['off-track', 'stale-data', 'actual-without-target'].includes(String(d.code)));
        expect(new Set(found.map(d => d.code))).toEqual(new Set(['off-track', 'stale-data', 'actual-without-target']));
        for (const diagnostic of found) {
            const message = String(diagnostic.message);
            const node = named.find(element => message.includes(`\`${(element as { name: string }).name}\``))!;
            expect(diagnostic.range, message).toEqual(GrammarUtils.findNodeForProperty(node.$cstNode, 'name')!.range);
        }
    });
});
