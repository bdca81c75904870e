import { describe, expect, test } from 'vitest';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import { diagnosticsWith, evaluate } from '../impact/impact-helpers.js';

const base = `plan P { purpose "p" }
outcome O {}
indicator Deflected { unit requests data "d" }
`;

async function check(body: string) {
    const { document } = await evaluate(base + body, '2026-09-30');
    const at = (code: string) => diagnosticsWith(document, code).map(d => [d.range.start.line + 1, d.message]);
    const severity = (code: string) => diagnosticsWith(document, code).map(d => d.severity);
    return { at, severity };
}

describe('Part 3 diagnostics', () => {
    test("severities are the contract's", () => {
        expect(
            Object.fromEntries(
                ['experiment-invalid', 'experiment-inconclusive', 'assumption-conflict', 'adjustment-out-of-range', 'impact-unadjusted', 'weak-evidence'].map(
                    code => [code, diagnosticRules[code as keyof typeof diagnosticRules].severity]
                )
            )
        ).toEqual({
            'experiment-invalid': 'error',
            'experiment-inconclusive': 'warning',
            'assumption-conflict': 'error',
            'adjustment-out-of-range': 'error',
            'impact-unadjusted': 'warning',
            'weak-evidence': 'information'
        });
    });

    test('experiment-invalid: one per problem, each on its line, in plain words', async () => {
        const { at, severity } = await check(`experiment Bad {
    treatment 2500 of 2000
    control mean 1 sd -1 n 0
    start 2026-08-01
    end 2026-07-01
}
experiment Empty { treatment 0 of 0 }
`);
        const found = at('experiment-invalid');
        expect(found.map(([line]) => line)).toEqual([5, 6, 6, 6, 8, 10, 10]);
        expect(found[0][1]).toContain('the treatment arm has 2,500 successes of 2,000 trials');
        expect(found[1][1]).toContain('the control arm has `n 0`');
        expect(found[2][1]).toContain('negative standard deviation');
        expect(found[3][1]).toContain('write both arms the same way');
        expect(found[4][1]).toContain('ends on 2026-07-01, before it starts on 2026-08-01');
        expect(found[5][1]).toContain('no `control` arm');
        expect(found[6][1]).toContain('the treatment arm has 0 trials');
        expect(severity('experiment-invalid')[0]).toBe(1);
    });

    test('a sound experiment, and an inconclusive one nothing uses, report nothing', async () => {
        const { at } = await check(`experiment Good { metric Deflected treatment 412 of 2000 control 318 of 2000 start 2026-07-01 end 2026-08-31 }
experiment Flat { treatment 105 of 1000 control 100 of 1000 }
experiment Means { treatment mean 4.2 sd 0 n 300 control mean 3.9 sd 1.0 n 310 }
assumption U { from Good }
`);
        expect(at('experiment-invalid')).toEqual([]);
        expect(at('experiment-inconclusive')).toEqual([]);
        expect(at('assumption-conflict')).toEqual([]);
        expect(at('assumption-unsourced')).toEqual([]); // the experiment is where it comes from
    });

    test('experiment-inconclusive on the `from` line of each assumption using it', async () => {
        const { at } = await check(`experiment Flat { treatment 105 of 1000 control 100 of 1000 }
assumption U {
    from Flat
}
`);
        expect(at('experiment-inconclusive')).toEqual([[6, expect.stringContaining('whose uplift 0.5% (95% interval -2.16% to 3.16%) includes 0')]]);
    });

    test('assumption-conflict on the `value` and the `range` line', async () => {
        const { at } = await check(`experiment Good { treatment 412 of 2000 control 318 of 2000 }
assumption U {
    from Good
    value 3
    range 1..4
}
`);
        expect(at('assumption-conflict').map(([line]) => line)).toEqual([7, 8]);
    });

    test('adjustment-out-of-range: outside 0 %..100 %, reversed, not a percentage; the ends are fine', async () => {
        const { at } = await check(`kpi K {
    formula Deflected
    deadweight 120%
    displacement -5%
    attribution 40%..20%
}
kpi Fraction { formula Deflected deadweight 0.1 }
kpi Ends { formula Deflected deadweight 0% displacement 100% attribution 0%..100% }
`);
        const found = at('adjustment-out-of-range');
        expect(found.map(([line]) => line)).toEqual([6, 7, 8, 10]);
        expect(found[2][1]).toContain('Write the low end first: `attribution 20%..40%`');
        expect(found[3][1]).toContain('not a percentage');
    });

    test('impact-unadjusted: a kpi in a currency without adjustments; not for other units or adjusted kpis', async () => {
        const { at } = await check(`kpi InEur { formula Deflected unit EUR }
kpi InJpy { formula Deflected unit JPY }
kpi Adjusted { formula Deflected unit USD displacement 0% }
kpi Price { formula Deflected unit USD/request }
kpi Hours { formula Deflected unit hours }
kpi Bare { formula Deflected }
`);
        expect(at('impact-unadjusted').map(([line]) => line)).toEqual([4, 5]);
    });

    test('impact-unadjusted: not for a kpi reaching an influence, directly or through another kpi', async () => {
        const { at } = await check(`source Crm { file "crm.csv" time at person who event kind consent ok }
event touch { source Crm }
event renewal { source Crm }
influence Influenced { source Crm touches touch conversion renewal value amount window 90 days model first 1 unit USD }
kpi Direct { formula Influenced * 1 unit USD }
kpi Through { formula Direct * 2 unit USD }
kpi Alone { formula Deflected unit USD }
`);
        expect(at('impact-unadjusted').map(([line]) => line)).toEqual([10]);
    });

    test('weak-evidence: a kpi translating an outcome graded estimate, naming why', async () => {
        const { at, severity } = await check(`assumption Guess { value 2 source "s" }
assumption Measured { value 2 source "s" evidence observational }
kpi Weak { formula Deflected * Guess translates O }
kpi Declared { formula Deflected evidence estimate translates O }
kpi Fine { formula Deflected * Measured translates O }
kpi Untranslated { formula Deflected * Guess }
kpi Observed { formula Deflected translates O }
`);
        expect(at('weak-evidence')).toEqual([
            [6, expect.stringContaining('assumption `Guess`')],
            [7, expect.stringContaining('its own `evidence estimate` line')]
        ]);
        expect(severity('weak-evidence')).toEqual([3, 3]);
    });
});
