import { describe, expect, test } from 'vitest';
import type { DiagnosticCode } from '../../language/diagnostics/codes.js';
import { severityOf } from '../../language/diagnostics/codes.js';
import { codesOf, linesWith, validate } from '../helpers/services.js';
import { cleanPlan, lineOf, variant } from './plan-fixture.js';

// The clean fixture has no diagnostics at all: each case below is that plan with one fault,
// so the clean plan is checked once here rather than once per code.
describe('the clean fixture', () => {
    test('has no diagnostics at all', async () => {
        expect(codesOf(await validate(cleanPlan))).toEqual([]);
    });
});

/**
 * Each diagnostic code of the contract: a plan that triggers it, on the expected line, with
 * its severity (the near-identical clean plan triggers nothing: above).
 */
const cases: Array<{ code: string; plan: string; line: string; severity: number }> = [
    {
        code: 'outcome-without-value',
        plan:
            variant('    delivers Sweet, Growth, Capacity\n', '').replace('outcome Faster', 'outcome Faster') +
            `
outcome Other "Other" {
    from Answers
    delivers Sweet, Growth, Capacity
    measure Responses
}
`,
        line: 'outcome Faster',
        severity: 2
    },
    { code: 'value-without-outcome', plan: variant('delivers Sweet, Growth, Capacity', 'delivers Sweet, Capacity'), line: 'long Growth', severity: 2 },
    {
        code: 'no-shared-value',
        plan: variant('shared Sweet "Problems solved faster" {\n    member Help\n    organization Speed\n}\n', '').replace(
            'delivers Sweet,',
            'delivers Help, Speed,'
        ),
        line: 'plan Cop',
        severity: 2
    },
    {
        code: 'shared-value-one-sided',
        plan: variant('    organization Speed\n', '').replace('delivers Sweet,', 'delivers Sweet, Speed,'),
        line: 'shared Sweet',
        severity: 2
    },
    {
        code: 'shared-value-wrong-side',
        plan: variant('    member Help\n    organization Speed', '    member Help, Speed\n    organization Speed'),
        line: 'member Help, Speed',
        severity: 1
    },
    {
        code: 'matrix-gap',
        plan: variant('    long Growth "Professional development"\n', '').replace('delivers Sweet, Growth,', 'delivers Sweet,'),
        line: 'members Analysts',
        severity: 2
    },
    { code: 'output-without-input', plan: variant('    from Hours\n', ''), line: 'output Answers', severity: 2 },
    { code: 'outcome-without-output', plan: variant('    from Answers\n    delivers', '    delivers'), line: 'outcome Faster', severity: 2 },
    { code: 'circular-chain', plan: variant('    from Answers\n    delivers', '    from Answers, Faster\n    delivers'), line: 'outcome Faster', severity: 1 },
    {
        code: 'unmeasured',
        plan: variant('    measure HoursWorked\n', '')
            .replace('indicator HoursWorked', 'indicator HoursWorked')
            .replace('    measure Responses\n}\n\noutcome', '    measure Responses, HoursWorked\n}\n\noutcome'),
        line: 'input Hours',
        severity: 2
    },
    { code: 'indicator-without-data', plan: variant('    data "Timesheets"\n', ''), line: 'indicator HoursWorked', severity: 2 },
    { code: 'indicator-unused', plan: cleanPlan + '\nindicator Spare "Spare" {\n    data "Nowhere"\n}\n', line: 'indicator Spare', severity: 4 },
    {
        code: 'qualitative-target',
        plan: variant('indicator Responses "Responses to questions" {\n', 'indicator Responses "Responses to questions" {\n    qualitative\n'),
        line: 'target >= 100',
        severity: 2
    },
    { code: 'cycle-incomplete', plan: variant('    condition "Committed time of experts"\n', ''), line: 'cycle immediate', severity: 2 },
    {
        code: 'duplicate-cycle',
        plan: cleanPlan + '\ncycle immediate {\n    aspiration "a"\n    condition "c"\n    track Responses\n    data "d"\n}\n',
        line: '\ncycle immediate {\n    aspiration "a"',
        severity: 1
    },
    { code: 'duplicate-name', plan: cleanPlan + '\nindicator Help "Help again" {\n    data "x"\n}\n', line: 'indicator Help', severity: 1 },
    {
        code: 'missing-plan',
        plan: variant('plan Cop "A community" {\n    purpose "Help analysts solve hard problems faster"\n}\n', ''),
        line: 'members Analysts',
        severity: 1
    },
    { code: 'repeated-line', plan: variant('    unit hours\n', '    unit hours\n    unit days\n'), line: 'unit days', severity: 1 }
];

describe.each(cases)('$code', ({ code, plan, line, severity }) => {
    test('is reported on the element at fault, with its severity', async () => {
        const document = await validate(plan);
        const expectedLine = lineOf(plan, line.startsWith('\n') ? line : line) + (line.startsWith('\n') ? 1 : 0);
        expect(linesWith(document, code)).toEqual([expectedLine]);
        const diagnostic = document.diagnostics!.find(d => d.code === code)!;
        expect(diagnostic.severity).toBe(severity);
        // The contract's severity is the one the code table gives (and SARIF and docs read).
        expect(['error', 'warning', 'information', 'hint'][severity - 1]).toBe(severityOf(code as DiagnosticCode));
        expect(String(diagnostic.message).length).toBeGreaterThan(20);
    });
});
