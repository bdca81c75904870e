import { describe, expect, test } from 'vitest';
import { evaluate } from '../impact/impact-helpers.js';
import { validate } from '../helpers/services.js';
import { codeCases } from './cases.js';

describe.each(codeCases.map(c => [c.code, c] as const))('%s', (code, c) => {
    test('reported on its line with its severity, in plain words', async () => {
        const document = await validate(c.plan);
        const found = (document.diagnostics ?? []).filter(d => d.code === code);
        expect(found).toHaveLength(1);
        expect(found[0].range.start.line + 1).toBe(c.line);
        expect(found[0].severity).toBe({ error: 1, warning: 2, information: 3 }[c.severity]);
        for (const words of c.says) expect(found[0].message).toContain(words);
    });

    test('not reported once fixed', async () => {
        const document = await validate(c.fixed);
        expect((document.diagnostics ?? []).map(d => d.code)).not.toContain(code);
    });
});

describe('boundaries', () => {
    const decision = (due: string) => `plan P { purpose "p" }
indicator Replies { data "d" }
actual Replies { 2026-01 30 }
decision Budget { owner "o" due ${due} uses Replies threshold Replies >= 40 }
`;
    test('decision-at-risk: due 90 days after the check date is reported, 91 days is not', async () => {
        // 2026-03-01 + 90 days = 2026-05-30.
        expect((await evaluate(decision('2026-05-30'), '2026-03-01')).codes).toContain('decision-at-risk');
        expect((await evaluate(decision('2026-05-31'), '2026-03-01')).codes).not.toContain('decision-at-risk');
    });

    test('action-overdue: not on its due date, from the day after', async () => {
        const plan = `plan P { purpose "p" }\nreview R { date 2026-01-01 win "w" worry "x" experiment "e" action "a" owner "o" due 2026-11-30 }\n`;
        expect((await evaluate(plan, '2026-11-30')).codes).not.toContain('action-overdue');
        expect((await evaluate(plan, '2026-12-01')).codes).toContain('action-overdue');
    });

    test('no vanity-metric without decisions, and a metric through an objective informs', async () => {
        const plan = `plan P { purpose "p" }\nindicator Views { data "d" target >= 10 }\n`;
        expect((await validate(plan)).diagnostics?.map(d => d.code)).not.toContain('vanity-metric');
        const viaObjective = plan + 'objective O { key Views >= 10 }\ndecision D { owner "o" due 2099-01 uses O }\n';
        expect((await validate(viaObjective)).diagnostics?.map(d => d.code)).not.toContain('vanity-metric');
    });

    test('a kpi North Star that translates nothing; an assumption cost without a unit', async () => {
        const plan = `plan P { purpose "p" northstar K cost C }\nkpi K { formula 1 }\nassumption C { value 1 source "s" }\n`;
        const messages = (await validate(plan)).diagnostics!.map(d => `${d.code} ${d.message}`);
        expect(messages).toContainEqual(expect.stringContaining('northstar-unlinked The North Star `K` is tied to no outcome'));
        expect(messages).toContainEqual(expect.stringContaining('cost-invalid The cost `C` has no unit'));
    });

    test('a date that does not exist in a decision or an action is date-invalid', async () => {
        const plan = `plan P { purpose "p" }\ndecision D { owner "o" due 2027-13 }\nreview R { date 2026-02-30 win "w" worry "x" experiment "e" action "a" owner "o" due 2026-04-31 }\n`;
        expect((await validate(plan)).diagnostics!.filter(d => d.code === 'date-invalid')).toHaveLength(3);
    });
});
