import { describe, expect, test } from 'vitest';
import { diagnosticsWith, evaluate } from './impact-helpers.js';

/** A small plan whose impact layer is clean as of 2026-09-30; each test changes one line. */
const base = `plan Support "Support community" {
    purpose "Peers answer each other"
}
members Customers "Customers" {
    short QuickFix "Quick fixes"
    long Confidence "Confidence"
}
organization Desk "Support desk" {
    short LowerCost "Lower cost"
    long Retention "Retention"
}
shared Sweet "Fewer tickets" {
    member QuickFix, Confidence
    organization LowerCost, Retention
}
input Experts "Expert time" { measure Deflected }
output Answers "Answers" { from Experts measure Deflected }
outcome Deflection "Requests deflected" {
    from Answers
    delivers Sweet
    measure Deflected
}
indicator Deflected "Support requests deflected" {
    unit requests
    target >= 1000 by 2027-06
    data "Helpdesk export"
    cadence monthly
}
assumption TicketCost "Cost of a ticket" {
    value 38 range 25..55
    unit USD/request
    source "Finance, FY2026 budget" evidence observational
}
kpi Savings "Support cost avoidance" {
    formula Deflected * TicketCost
    unit USD displacement 0%
    target >= 10000 by 2027-06
    translates Deflection
}
actual Deflected {
    2026-07 210
    2026-08 600 "relaunch"
}
story Renewal "A renewal saved" {
    date 2026-09-14
    tags Deflected, Savings
    text "The admin found the fix in a thread."
}
`;

const AS_OF = '2026-09-30';
const part2 = [
    'formula-invalid',
    'unit-mismatch',
    'assumption-out-of-range',
    'assumption-unsourced',
    'kpi-without-outcome',
    'actual-without-target',
    'actual-duplicate-date',
    'actuals-invalid',
    'stale-data',
    'off-track',
    'story-untagged'
];

function variant(from: string, to: string): string {
    if (!base.includes(from)) throw new Error(`base plan lacks ${from}`);
    return base.replace(from, to);
}

async function codesOf(text: string, asOf = AS_OF, files: Record<string, string> = {}) {
    return (await evaluate(text, asOf, files)).codes;
}

describe('Part 2 diagnostics: each triggered, and a near-identical plan not triggering it', () => {
    test('the base plan has no Part 2 diagnostic and no other problem', async () => {
        const { codes } = await evaluate(base, AS_OF);
        expect(codes).toEqual([]);
    });

    test('formula-invalid: division by a literal zero (error), not by two', async () => {
        const { document } = await evaluate(variant('formula Deflected * TicketCost', 'formula Deflected * TicketCost / 0'), AS_OF);
        const found = diagnosticsWith(document, 'formula-invalid');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toContain('divides by zero');
        expect(await codesOf(variant('formula Deflected * TicketCost', 'formula Deflected * TicketCost / 2'))).not.toContain('formula-invalid');
    });

    test('formula-invalid: a kpi that refers to itself through another kpi', async () => {
        const loop = base + `kpi A "A" { formula B * 2 translates Deflection }\nkpi B "B" { formula A + 1 translates Deflection }\n`;
        const { document } = await evaluate(loop, AS_OF);
        const messages = diagnosticsWith(document, 'formula-invalid').map(d => d.message);
        expect(messages).toHaveLength(2);
        expect(messages[0]).toContain('A → B → A');
        const chain = base + `kpi A "A" { formula B * 2 translates Deflection }\nkpi B "B" { formula Savings + 1 unit USD translates Deflection }\n`;
        expect(await codesOf(chain)).not.toContain('formula-invalid');
    });

    test('formula-invalid: a formula that does not parse, without false unit warnings', async () => {
        for (const broken of ['Deflected * * TicketCost', '(Deflected * TicketCost', 'Deflected TicketCost', '* TicketCost']) {
            const { document, codes } = await evaluate(variant('formula Deflected * TicketCost', `formula ${broken}`), AS_OF);
            const found = diagnosticsWith(document, 'formula-invalid');
            expect(found, broken).toHaveLength(1);
            expect(found[0].message).toContain('does not parse');
            expect(found[0].range.start.line).toBe(base.split('\n').findIndex(line => line.includes('formula')));
            expect(codes).toContain('syntax-error');
            expect(codes, broken).not.toContain('unit-mismatch');
        }
        expect(await codesOf(variant('formula Deflected * TicketCost', 'formula (Deflected) * (TicketCost)'))).toEqual([]);
    });

    test('formula-invalid: a kpi without a formula', async () => {
        expect(await codesOf(variant('formula Deflected * TicketCost\n', ''))).toContain('formula-invalid');
    });

    test('unit-mismatch: adding requests to USD, not USD to USD', async () => {
        const { document } = await evaluate(variant('formula Deflected * TicketCost', 'formula Deflected * TicketCost + Deflected'), AS_OF);
        const found = diagnosticsWith(document, 'unit-mismatch');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toContain('adds `request` to `USD`');
        expect(await codesOf(variant('formula Deflected * TicketCost', 'formula Deflected * TicketCost + Deflected * TicketCost'))).not.toContain(
            'unit-mismatch'
        );
    });

    test("unit-mismatch: the formula's unit differs from the kpi's unit", async () => {
        const { document } = await evaluate(variant('unit USD displacement', 'unit EUR displacement'), AS_OF);
        expect(diagnosticsWith(document, 'unit-mismatch')[0]?.message).toContain('gives `USD`, but its unit is `EUR`');
        // Plural and singular are one unit: `USDs`… is silly, but `requests` vs `request` is not.
        expect(await codesOf(variant('unit USD/request', 'unit USD/requests'))).not.toContain('unit-mismatch');
    });

    test('assumption-out-of-range: value outside the range, and a reversed range', async () => {
        const outside = await evaluate(variant('value 38 range 25..55', 'value 60 range 25..55'), AS_OF);
        expect(diagnosticsWith(outside.document, 'assumption-out-of-range')).toHaveLength(1);
        expect(diagnosticsWith(outside.document, 'assumption-out-of-range')[0].severity).toBe(1);
        expect(await codesOf(variant('value 38 range 25..55', 'value 55 range 25..55'))).not.toContain('assumption-out-of-range');
        const reversed = await evaluate(variant('value 38 range 25..55', 'value 38 range 55..25'), AS_OF);
        expect(diagnosticsWith(reversed.document, 'assumption-out-of-range')[0]?.message).toContain('reversed');
    });

    test('assumption-unsourced', async () => {
        const { document } = await evaluate(variant('source "Finance, FY2026 budget"', ''), AS_OF);
        expect(diagnosticsWith(document, 'assumption-unsourced')).toHaveLength(1);
        expect(diagnosticsWith(document, 'assumption-unsourced')[0].severity).toBe(2);
    });

    test('kpi-without-outcome', async () => {
        const { document } = await evaluate(variant('translates Deflection', ''), AS_OF);
        expect(diagnosticsWith(document, 'kpi-without-outcome')).toHaveLength(1);
    });

    test('actual-without-target (hint), not when the indicator has a target', async () => {
        const { document } = await evaluate(variant('target >= 1000 by 2027-06\n', ''), AS_OF);
        const found = diagnosticsWith(document, 'actual-without-target');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(4);
    });

    test('actual-duplicate-date: 2026-08 and 2026-08-01 are one date; 2026-08-02 is another', async () => {
        const { document } = await evaluate(variant('2026-08 600 "relaunch"', '2026-08 600 "relaunch"\n    2026-08-01 610'), AS_OF);
        const found = diagnosticsWith(document, 'actual-duplicate-date');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(1);
        expect(found[0].range.start.line).toBe(base.split('\n').findIndex(line => line.includes('2026-08 600')) + 1);
        expect(await codesOf(variant('2026-08 600 "relaunch"', '2026-08 600 "relaunch"\n    2026-08-02 610'))).not.toContain('actual-duplicate-date');
    });

    test('stale-data: more than two monthly periods after the latest actual, not exactly two', async () => {
        const { document } = await evaluate(base, '2026-10-02');
        expect(diagnosticsWith(document, 'stale-data')).toHaveLength(1);
        expect(diagnosticsWith(document, 'stale-data')[0].message).toContain('2026-08');
        expect(await codesOf(base, '2026-10-01')).not.toContain('stale-data');
    });

    test('off-track: an indicator below 75 % of its expected progress; on track is quiet', async () => {
        const { document } = await evaluate(variant('2026-08 600', '2026-08 220'), AS_OF);
        const found = diagnosticsWith(document, 'off-track');
        expect(found.map(d => d.message).join()).toContain('Deflected');
        expect(found[0].severity).toBe(2);
    });

    test('off-track: a kpi that missed its target after its by date', async () => {
        const { document } = await evaluate(variant('target >= 10000 by 2027-06', 'target >= 100000 by 2026-09'), AS_OF);
        const messages = diagnosticsWith(document, 'off-track').map(d => d.message);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain('Savings');
        expect(messages[0]).toContain('missed');
    });

    test('story-untagged', async () => {
        const { document } = await evaluate(variant('tags Deflected, Savings', ''), AS_OF);
        expect(diagnosticsWith(document, 'story-untagged')).toHaveLength(1);
    });

    test('the base plan stays clean of every Part 2 code at its check date', async () => {
        expect((await codesOf(base)).filter(code => part2.includes(code))).toEqual([]);
    });
});

describe('actuals files', () => {
    const withFile = variant('purpose "Peers answer each other"', 'purpose "Peers answer each other"\n    actuals "data/actuals.csv"');

    test('rows of the file are merged with inline actuals', async () => {
        const csv = 'indicator,date,value,note\nDeflected,2026-09,700,"after the ""relaunch"""\n';
        const { impact, codes } = await evaluate(withFile, AS_OF, { 'data/actuals.csv': csv });
        expect(codes).toEqual([]);
        const deflected = [...impact.model.indicators.values()][0];
        expect(deflected.entries.map(e => e.value)).toEqual([210, 600, 700]);
        expect(deflected.latest?.note).toBe('after the "relaunch"');
    });

    test('a missing file is actuals-invalid on the actuals line', async () => {
        const { document } = await evaluate(withFile, AS_OF, {});
        const found = diagnosticsWith(document, 'actuals-invalid');
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('data/actuals.csv');
        expect(found[0].message).toContain('no such file');
        expect(found[0].range.start.line).toBe(2);
    });

    test('bad rows name their row and column; good rows still count', async () => {
        const csv = [
            'indicator,date,value',
            'Deflected,2026-09,700',
            'Deflected,2026-13,710',
            'Deflected,2026-10,seven',
            'Deflected,July,720',
            'Nobody,2026-10,1',
            ''
        ].join('\n');
        const { document, impact } = await evaluate(withFile, AS_OF, { 'data/actuals.csv': csv });
        const messages = diagnosticsWith(document, 'actuals-invalid').map(d => d.message);
        expect(messages).toHaveLength(3);
        expect(messages[0]).toContain('row 4, column 3');
        expect(messages[1]).toContain('row 5, column 2');
        expect(messages[1]).toContain('"July" is not a date');
        expect(messages[2]).toContain('row 6, column 1');
        expect(messages[2]).toContain('`Nobody`');
        // A date of the right shape that does not exist is date-invalid (Part 7), not malformed.
        const impossible = diagnosticsWith(document, 'date-invalid').map(d => d.message);
        expect(impossible).toEqual([
            'Actuals file "data/actuals.csv", row 3, column 2: 2026-13 is not a date: there is no month 13; months run from 01 to 12. The row is not used until the date is fixed.'
        ]);
        expect([...impact.model.indicators.values()][0].entries.map(e => e.value)).toEqual([210, 600, 700]);
    });

    test('a header without value, and a quote never closed', async () => {
        const noValue = await evaluate(withFile, AS_OF, { 'data/actuals.csv': 'indicator,date\nDeflected,2026-09\n' });
        expect(diagnosticsWith(noValue.document, 'actuals-invalid')[0].message).toContain('row 1');
        expect(diagnosticsWith(noValue.document, 'actuals-invalid')[0].message).toContain('`value`');
        const unclosed = await evaluate(withFile, AS_OF, { 'data/actuals.csv': 'indicator,date,value,note\nDeflected,2026-09,700,"oops\n' });
        expect(diagnosticsWith(unclosed.document, 'actuals-invalid')[0].message).toMatch(/row \d+.*never closed/);
    });

    test('a row repeating an inline date is actual-duplicate-date naming the row', async () => {
        const { document } = await evaluate(withFile, AS_OF, { 'data/actuals.csv': 'indicator,date,value\nDeflected,2026-08-01,601\n' });
        const found = diagnosticsWith(document, 'actual-duplicate-date');
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('"data/actuals.csv" row 2');
    });
});
