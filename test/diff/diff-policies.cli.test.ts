import { describe, expect, test } from 'vitest';
import { diffJson, diffPair, supportPlan } from './diff-plans.js';

const all = ['--fail-on', 'target-lowered,value-removed,unsourced-assumption'];

async function lowered(before: string, after: string | undefined): Promise<{ code: number; reasons: string[] }> {
    const old = supportPlan({ target: before });
    const current = after === undefined ? old.replace(/\n {4}target [^\n]*/, '') : supportPlan({ target: after });
    const { code, json } = await diffJson(old, current, ['--fail-on', 'target-lowered']);
    return { code, reasons: json.policies[0].matches.map(match => match.reason) };
}

describe('cop diff --fail-on', () => {
    test('target-lowered: a lower >=, a higher <=, a later or removed by, any = change, a removed target, a loosened operator', async () => {
        expect(await lowered('>= 1000 by 2027-06', '>= 800 by 2027-06')).toEqual({
            code: 1,
            reasons: ['the target was lowered from >= 1000 by 2027-06 to >= 800 by 2027-06']
        });
        expect((await lowered('>= 1000 by 2027-06', '>= 1000 by 2027-12')).reasons).toEqual([
            "the target's date was moved later from >= 1000 by 2027-06 to >= 1000 by 2027-12"
        ]);
        expect((await lowered('>= 1000 by 2027-06', '>= 1000')).reasons).toEqual(["the target's date was removed (from >= 1000 by 2027-06 to >= 1000)"]);
        expect((await lowered('<= 24', '<= 48')).code).toBe(1);
        expect((await lowered('= 10', '= 12')).code).toBe(1);
        expect((await lowered('> 100', '>= 100')).code).toBe(1);
        expect((await lowered('>= 100', '<= 100')).code).toBe(1);
        expect((await lowered('>= 80%', '>= 0.5')).code).toBe(1);
        expect(await lowered('>= 1000 by 2027-06', undefined)).toEqual({ code: 1, reasons: ['the target >= 1000 by 2027-06 was removed'] });
    });

    test('target-lowered: a harder or an equal target passes (exit 0)', async () => {
        expect(await lowered('>= 1000 by 2027-06', '>= 1200 by 2027-06')).toEqual({ code: 0, reasons: [] });
        expect((await lowered('>= 1000 by 2027-06', '>= 1000 by 2027-03')).code).toBe(0);
        expect((await lowered('>= 1000', '>= 1000 by 2027-03')).code).toBe(0);
        expect((await lowered('<= 48', '<= 24')).code).toBe(0);
        expect((await lowered('>= 100', '> 100')).code).toBe(0);
        expect((await lowered('>= 80%', '>= 0.8')).code).toBe(0);
    });

    test('target-lowered covers the key results of an objective, matched by subject, and a removed indicator that had a target', async () => {
        const objective = (key: string) =>
            supportPlan({ extra: `\nobjective Faster "Faster help" {\n    key SupportSavings >= 50000 by 2027-06\n    key ${key}\n}\n` });
        const result = await diffJson(objective('Deflected >= 1000'), objective('Deflected >= 900'), ['--fail-on', 'target-lowered']);
        expect(result.code).toBe(1);
        expect(result.json.policies[0].matches).toMatchObject([
            { element: 'Faster', field: 'key', reason: 'key result Deflected: the target was lowered from >= 1000 to >= 900' }
        ]);
        const extra = '\nindicator Spare "Spare" {\n    target >= 5\n    data "x"\n}\n';
        const removed = await diffJson(supportPlan({ extra }), supportPlan(), ['--fail-on', 'target-lowered']);
        expect(removed.json.policies[0].matches).toMatchObject([{ element: 'Spare', field: 'target', reason: 'the target >= 5 was removed' }]);
    });

    test('value-removed: a matrix value or a shared value removed; an added one passes', async () => {
        const noShared = supportPlan()
            .replace(/shared Sweet[\s\S]*?\n}\n/, '')
            .replace('delivers Sweet, ', 'delivers ');
        const { code, json } = await diffJson(supportPlan(), noShared, ['--fail-on', 'value-removed']);
        expect(code).toBe(1);
        expect(json.policies[0].matches).toMatchObject([{ element: 'Sweet', reason: 'a shared value was removed' }]);
        expect((await diffJson(noShared, supportPlan(), ['--fail-on', 'value-removed'])).code).toBe(0);
    });

    test('unsourced-assumption: an assumption added or changed without source or from; a sourced change passes', async () => {
        const changed = await diffJson(supportPlan(), supportPlan({ source: false, value: '40 range 25..55' }), ['--fail-on', 'unsourced-assumption']);
        expect(changed.code).toBe(1);
        expect(changed.json.policies[0].matches).toMatchObject([
            { element: 'TicketCost', reason: 'the assumption was changed without a `source` or `from` line' }
        ]);
        const added = await diffJson(supportPlan(), supportPlan({ extra: '\nassumption Hours "Hours" {\n    value 3\n}\n' }), [
            '--fail-on',
            'unsourced-assumption'
        ]);
        expect(added.json.policies[0].matches).toMatchObject([{ element: 'Hours', reason: 'the assumption was added without a `source` or `from` line' }]);
        expect((await diffJson(supportPlan(), supportPlan({ value: '40 range 25..55' }), ['--fail-on', 'unsourced-assumption'])).code).toBe(0);
        // Not asked for: no exit 1.
        expect((await diffJson(supportPlan(), supportPlan({ source: false }), ['--fail-on', 'value-removed'])).code).toBe(0);
    });

    test('every rule at once, and the text output names file, line and reason', async () => {
        const result = await diffPair(supportPlan(), supportPlan({ target: '>= 10', retention: false, source: false }).replace('Retention, ', ''), all);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(
            'FAIL target-lowered: 1 change\n  new.cop:23: indicator Support requests deflected (Deflected): the target was lowered from >= 1000 by 2027-06 to >= 10'
        );
        expect(result.stdout).toContain('FAIL value-removed: 1 change');
        expect(result.stdout).toContain('FAIL unsourced-assumption: 1 change');
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect(result.stdout).not.toMatch(/\x1b\[/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect((await diffPair(supportPlan(), supportPlan(), [...all, '--color'])).stdout).toMatch(/\x1b\[32mpass\x1b\[39m target-lowered/);
    });
});

describe('cop diff --format text', () => {
    test('colour only on a terminal or with --color (NO_COLOR and --no-color win), and plan texts never reach the terminal raw', async () => {
        const hostile = supportPlan().replace('"Support requests deflected" {\n    unit', '"Deflected \u001b[2J\u001b]0;pwned\u0007" {\n    unit');
        const result = await diffPair(supportPlan(), hostile, ['--color']);
        expect(result.stdout).toContain('title: ');
        expect(result.stdout).toContain('Deflected \\x1b[2J\\x1b]0;pwned\\x07');
        expect(result.stdout).not.toContain('\u001b[2J');
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect(result.stdout).toMatch(/\x1b\[33m {2}~ indicator/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect((await diffPair(supportPlan(), hostile, ['--color', '--no-color'])).stdout).not.toMatch(/\x1b\[/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect((await diffPair(supportPlan(), hostile, [])).stdout).not.toMatch(/\x1b\[/);
    });
});

describe('cop diff: usage errors exit 2', () => {
    test('an unknown rule, a missing file, a file against a folder, one argument, an unknown format', async () => {
        const unknown = await diffPair(supportPlan(), supportPlan(), ['--fail-on', 'target-lowered,budget-cut']);
        expect(unknown).toMatchObject({ code: 2, stdout: '' });
        expect(unknown.stderr).toBe(
            'cop diff: --fail-on names an unknown rule "budget-cut"; the rules are target-lowered, value-removed, unsourced-assumption.\n'
        );
        const missing = await diffPair(supportPlan(), supportPlan(), []);
        const folder = missing.folder;
        const run = (args: string[]) => diffPairIn(folder, args);
        expect(await run(['old.cop', 'nope.cop'])).toMatchObject({ code: 2, stderr: 'nope.cop: no such file or folder\n' });
        expect((await run(['old.cop', '.'])).stderr).toMatch(/old\.cop is a file and \. a folder/);
        expect((await run(['old.cop'])).code).toBe(2);
        expect((await run(['old.cop', 'new.cop', '--format', 'yaml'])).stderr).toMatch(/unknown format "yaml"/);
    });

    test('a plan that does not parse, on either side: FILE:LINE:COL: message, never compared as empty', async () => {
        const broken = supportPlan().replace('unit requests', 'unit requests {');
        for (const [before, after, file] of [
            [broken, supportPlan(), 'old.cop'],
            [supportPlan(), broken, 'new.cop']
        ]) {
            const result = await diffPair(before, after, ['--format', 'json']);
            expect(result.code).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:25:19: .+\\ncop diff: a plan does not parse; fix it first`));
        }
    });
});

import { runCliInProcess } from '../helpers/cli.js';
function diffPairIn(folder: string, args: string[]) {
    return runCliInProcess(['diff', ...args], { cwd: folder });
}
