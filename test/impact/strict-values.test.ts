import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { diagnosticsWith, evaluate } from './impact-helpers.js';

/** A clean plan as of 2026-09-30; each test changes one line and looks where it is reported. */
const base = `plan Support "Support community" {
    purpose "Peers answer each other"
    actuals "data/actuals.csv"
}
outcome Deflection "Requests deflected" { measure Deflected }
indicator Deflected "Support requests deflected" {
    unit requests
    baseline 100
    target >= 1000 by 2027-06
    data "Helpdesk export"
    cadence monthly
}
assumption TicketCost "Cost of a ticket" {
    value 38 range 25..55
    unit USD/request
    source "Finance, FY2026 budget"
}
kpi Savings "Support cost avoidance" {
    formula Deflected * TicketCost * 1
    unit USD
    target >= 10000 by 2027-06
    translates Deflection
}
actual Deflected {
    2026-07 210
    2026-08 600 "relaunch"
}
story Renewal "A renewal saved" {
    date 2026-09-14
    tags Deflected
    text "The admin found the fix in a thread."
}
objective Grow "Grow" {
    key Deflected >= 800 by 2027-01
}
`;
const AS_OF = '2026-09-30';
const csv = 'indicator,date,value\nDeflected,2026-09,700\n';

function variant(from: string, to: string): string {
    if (!base.includes(from)) throw new Error(`base plan lacks ${from}`);
    return base.replace(from, to);
}

/** `line:column message` of each diagnostic with the code (1-based), for readable assertions. */
async function found(text: string, code: string, files: Record<string, string> = { 'data/actuals.csv': csv }) {
    const result = await evaluate(text, AS_OF, files);
    return { ...result, at: diagnosticsWith(result.document, code).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`) };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(line => line.includes(needle)) + 1;

describe('date-invalid: where every DATE of the grammar is written', () => {
    test('the base plan has no problem', async () => {
        const { codes } = await evaluate(base, AS_OF, { 'data/actuals.csv': csv });
        for (const code of ['date-invalid', 'number-invalid', 'unit-mismatch', 'actuals-invalid', 'off-track']) expect(codes).not.toContain(code);
    });

    test('an actual on 2026-11-31 is reported on its date and not used (it used to vanish)', async () => {
        const text = variant('    2026-08 600 "relaunch"\n', '    2026-08 600 "relaunch"\n    2026-09-31 120\n');
        const { at, impact, document } = await found(text, 'date-invalid');
        expect(at).toEqual([
            `${lineOf(text, '2026-09-31')}:5 2026-09-31 is not a date: September 2026 has 30 days. This actual is not used until it is fixed.`
        ]);
        expect(document.diagnostics!.find(d => d.code === 'date-invalid')!.severity).toBe(1);
        expect([...impact.model.indicators.values()][0].entries.map(e => e.value)).toEqual([210, 600, 700]);
    });

    test.each([
        [
            'target >= 1000 by 2027-06',
            'target >= 1000 by 2027-13',
            'there is no month 13; months run from 01 to 12. The target of this indicator is not judged'
        ],
        ['target >= 10000 by 2027-06', 'target >= 10000 by 2027-02-29', 'February 2027 has 28 days. The target of this kpi is not judged'],
        ['date 2026-09-14', 'date 2026-09-00', 'there is no day 00; days start at 01. The story has no date'],
        ['key Deflected >= 800 by 2027-01', 'key Deflected >= 800 by 2027-00', 'there is no month 00; months run from 01 to 12. This key result is not judged'],
        ['2026-07 210', '2026-02-30 210', 'February 2026 has 28 days. This actual is not used']
    ])('%s → %s', async (from, to, words) => {
        const text = variant(from, to);
        const { at } = await found(text, 'date-invalid');
        expect(at).toHaveLength(1);
        const bad = to.match(/\d{4}-\d{2}(-\d{2})?/)![0];
        expect(at[0]).toBe(`${lineOf(text, to)}:${text.split('\n')[lineOf(text, to) - 1].indexOf(bad) + 1} ${bad} is not a date: ${words} until it is fixed.`);
    });

    test('a target with an impossible date is not judged, and not exported as if it were a date', async () => {
        const text = variant('target >= 1000 by 2027-06', 'target >= 1000 by 2027-13');
        const { impact } = await found(text, 'date-invalid');
        const indicator = [...impact.model.indicators.values()][0];
        expect(indicator.goal).toBeUndefined();
        expect(indicator.judgement).toBeUndefined();
    });

    test('a leap day is a date; years 0-99 are not read as 1900-1999', async () => {
        expect((await found(variant('date 2026-09-14', 'date 2028-02-29'), 'date-invalid')).at).toEqual([]);
        expect((await found(variant('2026-07 210', '0099-02-29 210'), 'date-invalid')).at).toHaveLength(1); // 1999 is no leap year either, 0099 neither
        expect((await found(variant('2026-07 210', '0096-02-29 210'), 'date-invalid')).at).toEqual([]); // 0096 is a leap year, 1996 too
        expect((await found(variant('2026-07 210', '1900-02-29 210'), 'date-invalid')).at).toHaveLength(1);
    });

    test('in an actuals file: named by file, row and column, the row not used', async () => {
        const file = 'indicator,date,value\nDeflected,2026-09,700\nDeflected,2026-11-31,800\n';
        const { at, impact } = await found(base, 'date-invalid', { 'data/actuals.csv': file });
        expect(at).toEqual([
            `3:13 Actuals file "data/actuals.csv", row 3, column 2: 2026-11-31 is not a date: November 2026 has 30 days. The row is not used until the date is fixed.`
        ]);
        expect([...impact.model.indicators.values()][0].entries.map(e => e.value)).toEqual([210, 600, 700]);
    });
});

describe('number-invalid: more than 15 significant digits, or above 10^15', () => {
    const huge = '9'.repeat(401);
    test.each([
        ['baseline 100', `baseline ${huge}`, 'The baseline is not used'],
        ['target >= 1000 by', 'target >= 1000000000000001 by', 'The target of this indicator is not judged'],
        ['value 38 range', 'value 38.0000000000000001 range', 'The kpis that use this assumption have no value'],
        ['range 25..55', 'range 25..10000000000000000', 'The kpis that use this assumption have no value'],
        ['formula Deflected * TicketCost * 1', 'formula Deflected * TicketCost * 1.00000000000000001', 'The kpi has no value'],
        ['2026-07 210', '2026-07 12345678901234567', 'This actual is not used'],
        ['key Deflected >= 800', 'key Deflected >= -80000000000000000', 'This key result is not judged']
    ])('%s → …', async (from, to, effect) => {
        const text = variant(from, to);
        const { at } = await found(text, 'number-invalid');
        expect(at).toHaveLength(1);
        expect(at[0]).toMatch(
            new RegExp(`^${lineOf(text, to)}:\\d+ .*(significant digits|larger than 1,000,000,000,000,000).*${effect} until it is fixed\\.$`)
        );
    });

    test('a 401-digit number is quoted short in the message', async () => {
        const { at } = await found(variant('baseline 100', `baseline ${huge}`), 'number-invalid');
        expect(at[0]).toContain('999999999999…999999 (401 digits) is larger than 1,000,000,000,000,000 (10^15)');
        expect(at[0].length).toBeLessThan(300);
    });

    test('10^15 itself, 15 digits, and zeros that carry no precision are fine', async () => {
        for (const number of ['1000000000000000', '999999999999999', '0.000000000000000000001', '1.50000000000000000000', '123456789012345']) {
            expect((await found(variant('baseline 100', `baseline ${number}`), 'number-invalid')).at, number).toEqual([]);
        }
    });

    test('in an actuals file: named by file, row and column, the row not used', async () => {
        const file = 'indicator,date,value\nDeflected,2026-09,700\nDeflected,2026-09-15,1e400\nDeflected,2026-09-20,99999999999999999\n';
        const { at, codes } = await found(base, 'number-invalid', { 'data/actuals.csv': file });
        expect(at).toEqual([
            '3:13 Actuals file "data/actuals.csv", row 4, column 3: 99999999999999999 is larger than 1,000,000,000,000,000 (10^15), the largest number cop computes with exactly; write it in a larger unit (thousands, millions). The row is not used until the number is fixed.'
        ]);
        expect(codes).toContain('actuals-invalid'); // 1e400 is not a number as the language writes them at all
    });
});

describe('unit-mismatch for percentages', () => {
    const percentTarget = variant('target >= 1000 by 2027-06', 'target >= 80% by 2027-06')
        .replace('    baseline 100\n', '')
        .replace('key Deflected >= 800', 'key Deflected >= 70%');

    test('a target in % over plain actuals: on each plain actual, and no status rather than "met"', async () => {
        const { at, impact, codes } = await found(percentTarget, 'unit-mismatch', {});
        expect(at).toEqual([
            `${lineOf(percentTarget, '2026-07 210')}:13 Indicator \`Deflected\` ("Support requests deflected") mixes percentages and plain numbers: the target is a percentage (80%) but the actual of 2026-07 is a plain number (210). Write that actual as a percentage, or the target without \`%\`, so both are measured alike. Until then the indicator has no status.`,
            `${lineOf(percentTarget, '2026-08 600')}:13 Indicator \`Deflected\` ("Support requests deflected") mixes percentages and plain numbers: the target is a percentage (80%) but the actual of 2026-08 is a plain number (600). Write that actual as a percentage, or the target without \`%\`, so both are measured alike. Until then the indicator has no status.`
        ]);
        expect(at.every(message => !message.includes('no unit'))).toBe(true);
        const indicator = [...impact.model.indicators.values()][0];
        expect(indicator.judgement).toBeUndefined();
        expect(codes).not.toContain('off-track');
    });

    test('a share written 0.26 under a % target gets the percentage it probably means as an example', async () => {
        const text = percentTarget.replace('2026-07 210', '2026-07 0.26');
        const { at } = await found(text, 'unit-mismatch', {});
        expect(at[0]).toContain('Write that actual as a percentage (`26%` if 0.26 is a share)');
    });

    test('the reverse: a plain target, actuals in % from the file; a % baseline', async () => {
        const text = variant('baseline 100', 'baseline 10%');
        const { at } = await found(text, 'unit-mismatch', { 'data/actuals.csv': 'indicator,date,value\nDeflected,2026-09,26%\n' });
        expect(at).toEqual([
            `${lineOf(text, 'baseline 10%')}:14 Indicator \`Deflected\` ("Support requests deflected") mixes percentages and plain numbers: the target is a plain number (1000) but the baseline is a percentage (10%). Write the baseline without \`%\`, or the target with \`%\`, so both are measured alike. Until then the indicator has no status.`,
            `3:13 Indicator \`Deflected\` ("Support requests deflected") mixes percentages and plain numbers: the target is a plain number (1000) but the actual of 2026-09 ("data/actuals.csv" row 2) is a percentage (26%). Write that actual without \`%\`, or the target with \`%\`, so both are measured alike. Until then the indicator has no status.`
        ]);
    });

    test('without a target, the baseline is the reference; a key result in % over plain actuals', async () => {
        const text = variant('    target >= 1000 by 2027-06\n', '').replace('key Deflected >= 800', 'key Deflected >= 80%');
        const { at, impact } = await found(text, 'unit-mismatch');
        expect(at).toHaveLength(1);
        expect(at[0]).toContain(`${lineOf(text, 'key Deflected')}:`);
        expect(at[0]).toContain('Key result `Deflected >= 80%` is a percentage, but for indicator `Deflected` the baseline is a plain number (100)');
        expect([...impact.model.keyResults.values()][0].judgement).toBeUndefined();
    });

    test('all in %, or none: no unit-mismatch', async () => {
        const allPercent = percentTarget.replace('2026-07 210', '2026-07 21%').replace('2026-08 600', '2026-08 60%');
        expect((await found(allPercent, 'unit-mismatch', {})).at).toEqual([]);
        expect((await found(base, 'unit-mismatch')).at).toEqual([]);
    });
});

describe('strict values in cop export --format json', () => {
    test('an inexact baseline and a target with an impossible date are left out, never null; the errors are listed', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-strict-'));
        const file = join(folder, 'plan.cop');
        writeFileSync(
            file,
            variant('baseline 100', `baseline ${'9'.repeat(401)}`)
                .replace('target >= 1000 by 2027-06', 'target >= 10 by 2027-13')
                .replace('    actuals "data/actuals.csv"\n', '')
        );
        const result = await runCliInProcess(['export', file, '--format', 'json', '--as-of', AS_OF]);
        expect(result.code).toBe(1); // a plan with errors exports, and exits 1
        const exported = JSON.parse(result.stdout);
        const indicator = exported.indicators.find((i: { name: string }) => i.name === 'Deflected');
        expect(indicator.baseline).toBeUndefined();
        expect(indicator.target).toBeUndefined();
        expect(indicator.status).toBeNull();
        expect(indicator.latest).toEqual({ date: '2026-08', value: 600 });
        expect(result.stdout).not.toMatch(/"(baseline|value)": null|Infinity|2027-13"/);
        expect(
            exported.diagnostics
                .filter((d: { severity: string }) => d.severity === 'error')
                .map((d: { code: string }) => d.code)
                .sort()
        ).toEqual(['date-invalid', 'number-invalid']);
    });
});
