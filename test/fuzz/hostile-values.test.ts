import { describe, expect, test } from 'vitest';
import { prng } from '../helpers/prng.js';
import { diagnosticsWith, evaluate } from '../impact/impact-helpers.js';
import { falseNumberIn, hostileValueMutations, hugeActualsCsv, impossibleDates, inexactNumbers } from './hostile-values.js';

const plan = `plan Fuzz "Fuzz" {
    purpose "x"
    actuals "actuals.csv"
}
outcome Served "Served" { measure Answered }
indicator Answered "Answered" {
    unit answers
    baseline 10
    target >= 80% by 2027-06
    data "Forum"
}
actual Answered {
    2026-07 20%
    2026-08 30%
}
`;

describe('hostile value generators', () => {
    test('every planted impossible date and inexact number is reported, the date with its row', async () => {
        const random = prng(1507);
        const csv = hugeActualsCsv(random, ['Answered'], 5_000);
        const { document } = await evaluate(plan, '2026-12-01', { 'actuals.csv': csv.text });
        const dates = diagnosticsWith(document, 'date-invalid').map(d => Number(String(d.message).match(/row (\d+)/)?.[1]));
        const numbers = diagnosticsWith(document, 'number-invalid').map(d => Number(String(d.message).match(/row (\d+)/)?.[1]));
        expect(dates).toEqual(csv.impossibleDateRows);
        expect(numbers).toEqual(csv.inexactNumberRows);
        expect(dates.length).toBeGreaterThan(0);
    });

    test('each mutation family leads to its diagnostic', async () => {
        const family = (name: string) => hostileValueMutations.find(mutation => mutation.name === name)!;
        const random = prng(99);
        for (let i = 0; i < 5; i++) {
            const dated = await evaluate(family('impossible-date').apply(plan, random), '2026-12-01', { 'actuals.csv': 'indicator,date,value\n' });
            expect(dated.codes).toContain('date-invalid');
            const numbered = await evaluate(family('inexact-number').apply(plan, random), '2026-12-01', { 'actuals.csv': 'indicator,date,value\n' });
            expect(numbered.codes).toContain('number-invalid');
            const mixed = await evaluate(family('percent-mix').apply(plan, random), '2026-12-01', { 'actuals.csv': 'indicator,date,value\n' });
            expect(mixed.codes).toContain('unit-mismatch');
        }
        const block = await evaluate(family('actual-block-of-impossible-dates').apply(plan, random), '2026-12-01', { 'actuals.csv': 'indicator,date,value\n' });
        expect(block.codes).toContain('date-invalid');
    });

    test('falseNumberIn finds what must never be shown, and nothing in plain numbers', () => {
        for (const bad of ['Infinity', 'value NaN', '0.30000000000000004', '0.8999999999999999', 'is -0 today', '(-0)'])
            expect(falseNumberIn(bad), bad).toBeDefined();
        for (const good of ['0.3', '-0.5', '2026-07', '1,000,000', '10^15', 'row 119999', '-05', impossibleDates.join(' '), inexactNumbers[0]])
            expect(falseNumberIn(good), good).toBeUndefined();
    });
});
