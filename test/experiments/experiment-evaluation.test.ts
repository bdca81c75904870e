import { describe, expect, test } from 'vitest';
import type { Experiment, Kpi } from '../../language/generated/ast.js';
import type { KpiImpact } from '../../language/impact/impact-model.js';
import { evaluate } from '../impact/impact-helpers.js';

/** Hand-computed figures (z = 1.959964) are in the comments next to each expectation. */
const plan = (body: string) => `plan P { purpose "p" }
indicator Visitors { unit visits }
actual Visitors { 2026-09 10000 }
${body}
`;

async function model(body: string) {
    const { impact } = await evaluate(plan(body), '2026-09-30');
    const kpi = (name: string): KpiImpact => [...impact.model.kpis.entries()].find(([k]: [Kpi, KpiImpact]) => k.name === name)![1];
    const experiment = (name: string) => [...impact.model.experiments.entries()].find(([e]: [Experiment, unknown]) => e.name === name)![1];
    return { kpi, experiment, model: impact.model };
}

describe('uplift of an experiment', () => {
    test('proportions: 412 of 2000 against 318 of 2000', async () => {
        const { experiment } = await model('experiment E { metric Visitors treatment 412 of 2000 control 318 of 2000 }');
        const uplift = experiment('E')!;
        // p_t = 0.206, p_c = 0.159, uplift 0.047; se = √(0.206·0.794/2000 + 0.159·0.841/2000) = 0.0121918
        expect(uplift.uplift).toBeCloseTo(0.047, 12);
        expect(uplift.low).toBeCloseTo(0.0231044, 6);
        expect(uplift.high).toBeCloseTo(0.0708956, 6);
        expect(uplift.relative).toBeCloseTo(0.2955975, 6); // 0.047 / 0.159
        expect(uplift.significant).toBe(true);
    });

    test('means: mean 4.2 sd 1.1 n 300 against mean 3.9 sd 1.0 n 310', async () => {
        const { experiment } = await model('experiment E { treatment mean 4.2 sd 1.1 n 300 control mean 3.9 sd 1.0 n 310 }');
        const uplift = experiment('E')!;
        // uplift 0.3; se = √(1.21/300 + 1/310) = 0.0852006
        expect(uplift.uplift).toBeCloseTo(0.3, 12);
        expect(uplift.low).toBeCloseTo(0.1330099, 6);
        expect(uplift.high).toBeCloseTo(0.4669901, 6);
        expect(uplift.relative).toBeCloseTo(0.0769231, 6); // 0.3 / 3.9
        expect(uplift.significant).toBe(true);
    });

    test('an interval that includes 0 is not significant; a control at 0 has no relative uplift', async () => {
        const { experiment } = await model(`experiment E { treatment 105 of 1000 control 100 of 1000 }
experiment Z { treatment mean 1 sd 1 n 100 control mean 0 sd 1 n 100 }`);
        const uplift = experiment('E')!;
        // uplift 0.005; se = √(0.105·0.895/1000 + 0.1·0.9/1000) = 0.0135637
        expect(uplift.low).toBeCloseTo(-0.0215844, 6);
        expect(uplift.high).toBeCloseTo(0.0315844, 6);
        expect(uplift.significant).toBe(false);
        expect(experiment('Z')!.relative).toBeUndefined();
    });

    test('an experiment with a problem has no uplift', async () => {
        const { experiment } = await model('experiment E { treatment 2500 of 2000 control 1 of 2000 }');
        expect(experiment('E')).toBeUndefined();
    });

    test('an assumption from an experiment takes its uplift as value and its interval as range', async () => {
        const { kpi } = await model(`experiment E { treatment 412 of 2000 control 318 of 2000 }
assumption Uplift { from E }
kpi Prevented { formula Visitors * Uplift }`);
        const prevented = kpi('Prevented');
        expect(prevented.value).toBeCloseTo(470, 9); // 10000 × 0.047
        expect(prevented.range!.low).toBeCloseTo(231.044, 2);
        expect(prevented.range!.high).toBeCloseTo(708.956, 2);
        expect(prevented.drivers.map(d => d.assumption.name)).toEqual(['Uplift']);
        expect(prevented.grade).toBe('experiment');
    });
});

describe('adjustments: net = gross × (1 − deadweight)(1 − displacement)(1 − attribution)', () => {
    const savings = `assumption Cost { value 38 range 25..55 unit USD/visit }
kpi Savings { formula Visitors * Cost unit USD deadweight 10% displacement 0% attribution 20%..40% }`;

    test('a point share and a ranged share (at its midpoint)', async () => {
        const { kpi } = await model(savings);
        const impact = kpi('Savings');
        expect(impact.gross).toBe(380000); // 10000 × 38
        expect(impact.value).toBeCloseTo(239400, 6); // 380000 × 0.9 × 1 × 0.7
        expect(impact.planned).toBeUndefined(); // Visitors has no target
        // [250000, 550000] × [0.9 × 0.6, 0.9 × 0.8]
        expect(impact.range!.low).toBeCloseTo(135000, 6);
        expect(impact.range!.high).toBeCloseTo(396000, 6);
        expect(impact.adjustments.deadweight?.point).toBe(0.1);
        expect(impact.adjustments.displacement?.point).toBe(0);
        expect(impact.adjustments.attribution?.point).toBeCloseTo(0.3, 12);
        expect(impact.series.map(p => p.value)[0]).toBeCloseTo(239400, 6);
    });

    test('each ranged share is a driver named KPI.attribution, sorted with the assumptions by swing', async () => {
        const { kpi } = await model(savings);
        const drivers = kpi('Savings').drivers.map(d => [d.assumption.name, Math.round(d.low), Math.round(d.high)]);
        expect(drivers).toEqual([
            ['Cost', 157500, 346500], // 250000 × 0.63, 550000 × 0.63
            ['Savings.attribution', 273600, 205200] // 380000 × 0.9 × 0.8, × 0.6
        ]);
    });

    test("a kpi in another kpi's formula enters with its net value, and its shares drive it too", async () => {
        const { kpi } = await model(`${savings}\nkpi Double { formula Savings * 2 }`);
        const double = kpi('Double');
        expect(double.value).toBeCloseTo(478800, 6);
        expect(double.gross).toBeCloseTo(478800, 6);
        expect(double.range!.low).toBeCloseTo(270000, 6);
        expect(double.drivers.map(d => [d.assumption.name, Math.round(d.low), Math.round(d.high)])).toEqual([
            ['Cost', 315000, 693000],
            ['Savings.attribution', 547200, 410400]
        ]);
    });

    test('shares at 0 % and 100 %', async () => {
        const { kpi } = await model(`kpi All { formula Visitors deadweight 100% }
kpi None { formula Visitors deadweight 0% attribution 0% }
kpi Wide { formula Visitors attribution 0%..100% }`);
        expect(kpi('All').value).toBe(0);
        expect(kpi('All').gross).toBe(10000);
        expect(kpi('None').value).toBe(10000);
        expect(kpi('Wide').value).toBe(5000);
        expect(kpi('Wide').range).toEqual({ low: 0, high: 10000 });
        expect(kpi('Wide').drivers.map(d => [d.assumption.name, d.low, d.high])).toEqual([['Wide.attribution', 10000, 0]]);
    });

    test('a reversed range or a share outside 0 %..100 % counts as 0 % until corrected', async () => {
        const { kpi } = await model(`kpi Reversed { formula Visitors attribution 40%..20% }
kpi Over { formula Visitors deadweight 120% }`);
        expect(kpi('Reversed').value).toBe(10000);
        expect(kpi('Reversed').drivers).toEqual([]);
        expect(kpi('Over').value).toBe(10000);
    });
});

describe('evidence grades', () => {
    test('the weakest evidence reached, through other kpis', async () => {
        const { kpi } = await model(`experiment E { treatment 412 of 2000 control 318 of 2000 }
assumption A { from E evidence estimate }
assumption B { value 2 evidence quasi-experiment }
assumption C { value 3 }
kpi K1 { formula Visitors * A }
kpi K2 { formula K1 * B }
kpi K3 { formula Visitors * 2 }
kpi K4 { formula K3 evidence estimate }
kpi K5 { formula K4 + K1 }
kpi K6 { formula K3 + K1 }
kpi K7 { formula K2 * C evidence experiment }
kpi K8 { formula K3 evidence quasi-experiment }`);
        expect(kpi('K1').grade).toBe('experiment'); // `from` wins over the assumption's own line
        expect(kpi('K2').grade).toBe('quasi-experiment');
        expect(kpi('K3').grade).toBe('observational'); // no assumption, no evidence line
        expect(kpi('K4').grade).toBe('estimate');
        expect(kpi('K5').grade).toBe('estimate'); // K4's line, reached through it
        expect(kpi('K6').grade).toBe('experiment'); // K3's default does not weaken it
        expect(kpi('K7').grade).toBe('estimate'); // C has no evidence: an estimate
        expect(kpi('K8').grade).toBe('quasi-experiment');
    });
});
