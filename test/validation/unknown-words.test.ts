import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { validate } from '../helpers/services.js';
import { editDistance, nearestWord } from '../../language/model/nearest-word.js';

/** A real plan with no syntax errors: typos are put into it line by line. */
const example = readFileSync(join(import.meta.dirname, '../../examples/customer-community.cop'), 'utf8');
const lines = example.split('\n');

function edit(lineNumber: number, from: RegExp, to: string): string {
    const copy = [...lines];
    expect(copy[lineNumber - 1]).toMatch(from);
    copy[lineNumber - 1] = copy[lineNumber - 1].replace(from, to);
    return copy.join('\n');
}

/** The text with lines `first`..`last` (1-based) blanked: the same line numbers, without the block. */
function blanked(first: number, last: number): string {
    return lines.map((line, index) => (index + 1 >= first && index + 1 <= last ? '' : line)).join('\n');
}

function lineOf(pattern: RegExp): number {
    const index = lines.findIndex(line => pattern.test(line));
    expect(index).toBeGreaterThanOrEqual(0);
    return index + 1;
}

/** Every diagnostic as `line:column code message`, the syntax errors apart. */
function split(document: LangiumDocument): { syntax: string[]; others: string[] } {
    const all = (document.diagnostics ?? []).map(d => ({
        code: String(d.code),
        text: `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`
    }));
    return {
        syntax: all.filter(d => d.code === 'syntax-error').map(d => d.text),
        others: all
            .filter(d => d.code !== 'syntax-error')
            .map(d => d.text)
            .sort()
    };
}

describe('a mistyped keyword gets one syntax error with a suggestion', () => {
    const indicatorLine = lineOf(/^indicator AcceptedAnswersCount /);
    const measureLine = lineOf(/^\s+measure AcceptedAnswersCount, TimeToRespond/);
    const sharedLine = lineOf(/^shared Advocacy /);
    const membersLine = lineOf(/^members Admins /);
    const organizationLine = lineOf(/^organization Support /);
    const shortLine = lineOf(/^\s+short Belonging /);

    test('the example has no syntax errors and some other diagnostics to compare', async () => {
        const { syntax, others } = split(await validate(example));
        expect(syntax).toEqual([]);
        // Warnings exist in the as-is example only when its data goes stale; the comparison below holds either way.
        expect(others.every(line => !line.includes('syntax-error'))).toBe(true);
    });

    test.each([
        ['`indicatr` at the top level', indicatorLine, /^indicator/, 'indicatr', 1, '`indicatr` is not a kind of block: did you mean `indicator`?'],
        [
            '`Indicator` at the top level',
            indicatorLine,
            /^indicator/,
            'Indicator',
            1,
            '`Indicator` is not a kind of block: did you mean `indicator`? Keywords are written in lower case.'
        ],
        ['`sared` before a block holding `organization`', sharedLine, /^shared/, 'sared', 1, '`sared` is not a kind of block: did you mean `shared`?'],
        ['`mmbers`: the row is a member row, as meant', membersLine, /^members/, 'mmbers', 1, '`mmbers` is not a kind of block: did you mean `members`?'],
        [
            '`organisation`: the row is an organization row',
            organizationLine,
            /^organization/,
            'organisation',
            1,
            '`organisation` is not a kind of block: did you mean `organization`?'
        ],
        [
            '`shrt` inside a row: the value is a short-term one',
            shortLine,
            /short/,
            'shrt',
            5,
            '`shrt` is not a line of `members` blocks: did you mean `short`?'
        ],
        ['`mesure` inside an output', measureLine, /measure/, 'mesure', 5, '`mesure` is not a line of `output` blocks: did you mean `measure`?'],
        [
            '`mesaure` (two letters swapped) inside an output',
            measureLine,
            /measure/,
            'mesaure',
            5,
            '`mesaure` is not a line of `output` blocks: did you mean `measure`?'
        ]
    ])('%s: one error on the typo, every other diagnostic as without it', async (_name, line, from, to, column, message) => {
        const expected = split(await validate(example));
        const actual = split(await validate(edit(line, from, to)));
        expect(actual.syntax).toEqual([`${line}:${column} syntax-error ${message}`]);
        expect(actual.others).toEqual(expected.others);
    });

    test('a keyword read for a typo keeps the place and length of what was written', async () => {
        const document = await validate(edit(membersLine, /^members/, 'mmbers'));
        const row = document.parseResult.value.elements.find(element => element.$type === 'Row' && element.name === 'Admins');
        expect(row?.$type === 'Row' && row.side).toBe('members');
        const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, row!.$cstNode!.offset);
        expect(leaf?.text).toBe('mmbers');
        expect(leaf?.range).toEqual({ start: { line: membersLine - 1, character: 0 }, end: { line: membersLine - 1, character: 6 } });
        expect(row!.$cstNode!.text.startsWith('mmbers Admins')).toBe(true);
    });

    test('a word close to no block keyword: the block is left out, the rest is checked as without it', async () => {
        const end = lines.findIndex((text, index) => index >= sharedLine && text === '}') + 1;
        const expected = split(await validate(blanked(sharedLine, end)));
        const actual = split(await validate(edit(sharedLine, /^shared/, 'flurb')));
        expect(actual.syntax).toHaveLength(1);
        expect(actual.syntax[0]).toMatch(
            new RegExp(
                `^${sharedLine}:1 syntax-error \`flurb\` is not a kind of block, so this block is not checked\\. A plan is made of \`plan\`, \`members\`.*\`objective\`(, \`\\w+\`)* blocks\\.$`
            )
        );
        expect(actual.others).toEqual(expected.others);
    });

    test('an unknown kpi line is a syntax error naming the word, the block and its lines; the formula still counts', async () => {
        const plan = `plan P "P" { purpose "p" }
assumption Cost "Cost" { value 5 source "budget" }
kpi K "K" {
    formula Cost * 2
    foo bar baz
    translates O
}
outcome O "O" { delivers X }
`;
        const without = split(await validate(plan.replace('    foo bar baz\n', '\n')));
        const actual = split(await validate(plan));
        expect(actual.syntax).toEqual([
            '5:5 syntax-error `foo` is not a line of `kpi` blocks, so this line is not checked. `kpi` blocks take formula, unit, target, translates, deadweight, displacement, attribution, evidence, perspective.'
        ]);
        expect(actual.others).toEqual(without.others);
        expect(actual.others.join('\n')).not.toContain('formula-invalid');
    });

    test('lines that go on after a line break are not unknown lines', async () => {
        const { syntax } = split(
            await validate(`plan P "P" { purpose "p" }
indicator I "I" {
    unit
        people
    target >= 5
        by 2027-01
    data "d"
}
input N "N" {
    measure
        I
}
kpi K "K" {
    formula I *
        2
    translates
        O
}
outcome O "O" {
    measure I,
        I
    delivers V
}
members M "M" { short V "v" long W "w" }
`)
        );
        expect(syntax).toEqual([]);
    });

    test('a missing `}` is still reported by the parser, not as an unknown line', async () => {
        const { syntax } = split(
            await validate(`plan P "P" { purpose "p" }
indicator I "I" {
    data "d"

indicator J "J" {
    data "d"
}
`)
        );
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toContain('Expected `}` here, but found `indicator`.');
    });

    test("after a syntax error, the parser's further errors in that block are dropped; the next block's are kept", async () => {
        const { syntax } = split(
            await validate(`plan P "P" { purpose "p" }
kpi K "K" {
    formula (A +
    unit x
    target >= 5 by
    translates O
}
indicator J "J" { data "x" target >= }
indicator L "L" {
    data "unclosed
    unit people
}
`)
        );
        expect(syntax.sort()).toEqual([
            '10:10 syntax-error This text has no closing `"`. Close the quote on the same line.',
            '4:10 syntax-error Expected `)` here, but found `x`.',
            '8:38 syntax-error Expected a number here, but found `}`.'
        ]);
    });

    test('a block with a parser error shows that error only; the other blocks keep their diagnostics', async () => {
        const plan = `plan P "P" { purpose "p" }
outcome O "O" { delivers X }
kpi K "K" {
    target >= 5 by
    formula 2
    translates O
}
`;
        const document = await validate(plan);
        const all = (document.diagnostics ?? []).map(d => `${d.range.start.line + 1} ${d.code}`);
        // Recovery ate the `formula` line: "no formula", "translates nothing" would be false.
        const inKpi = all.filter(line => /^[3-7] /.test(line));
        expect(inKpi).toContain('5 syntax-error');
        expect(inKpi.filter(line => !line.endsWith('syntax-error') && !line.endsWith('formula-invalid'))).toEqual([]);
        const fixed = await validate(plan.replace('by\n', 'by 2027-01\n'));
        const outcome = (d: LangiumDocument) =>
            (d.diagnostics ?? [])
                .filter(x => x.range.start.line === 1)
                .map(x => `${x.code} ${x.message}`)
                .sort();
        expect(outcome(document)).toEqual(outcome(fixed));
        expect(outcome(document).length).toBeGreaterThan(1);
    });

    test('a word close to no line of the block: no suggestion', async () => {
        const { syntax } = split(
            await validate(`plan P "P" { purpose "p" }
indicator I "I" {
    data "d"
    mesure Foo
}
`)
        );
        // Later parts of the language add lines at the end (`compute`).
        expect(syntax).toEqual([
            expect.stringMatching(
                /^4:5 syntax-error `mesure` is not a line of `indicator` blocks, so this line is not checked\. `indicator` blocks take qualitative, unit, baseline, target, data, cadence, owner(, \w+)*\.$/
            )
        ]);
    });

    test('cop fmt refuses a plan with a mistyped keyword and leaves it as written', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-typo-'));
        const text = edit(indicatorLine, /^indicator/, 'indicatr');
        writeFileSync(join(folder, 'plan.cop'), text);
        const result = await runCliInProcess(['fmt', 'plan.cop'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stderr + result.stdout).toContain(
            `plan.cop:${indicatorLine}:1: not formatted, the plan has a syntax error: \`indicatr\` is not a kind of block: did you mean \`indicator\`?`
        );
        expect(readFileSync(join(folder, 'plan.cop'), 'utf8')).toBe(text);
    });

    test('cop check --format json: one syntax error per typo, with the suggestion', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-typo-'));
        writeFileSync(join(folder, 'plan.cop'), example);
        const before = JSON.parse((await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder })).stdout) as {
            diagnostics: Array<{ code: string; line: number; message: string }>;
        };
        const typo = edit(indicatorLine, /^indicator/, 'indicatr').split('\n');
        typo[measureLine - 1] = typo[measureLine - 1].replace('measure', 'mesure');
        writeFileSync(join(folder, 'plan.cop'), typo.join('\n'));
        const result = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        const after = JSON.parse(result.stdout) as typeof before;
        const syntax = after.diagnostics.filter(d => d.code === 'syntax-error');
        expect(syntax.map(d => [d.line, d.message])).toEqual([
            [measureLine, '`mesure` is not a line of `output` blocks: did you mean `measure`?'],
            [indicatorLine, '`indicatr` is not a kind of block: did you mean `indicator`?']
        ]);
        const others = (list: typeof before.diagnostics) =>
            list
                .filter(d => d.code !== 'syntax-error')
                .map(d => `${d.line} ${d.code} ${d.message}`)
                .sort();
        expect(others(after.diagnostics)).toEqual(others(before.diagnostics));
    });
});

describe('nearest word', () => {
    test('edit distance counts an added, dropped, changed or swapped letter as one', async () => {
        expect(editDistance('indicatr', 'indicator')).toBe(1);
        expect(editDistance('mesaure', 'measure')).toBe(1);
        expect(editDistance('kpi', 'kpi')).toBe(0);
        expect(editDistance('foo', 'formula')).toBe(4);
    });

    test('suggests only a close word, ignoring case', async () => {
        expect(nearestWord('indicatr', ['input', 'indicator'])).toBe('indicator');
        expect(nearestWord('KPI', ['kpi', 'key'])).toBe('kpi');
        expect(nearestWord('foo', ['formula', 'unit', 'target'])).toBeUndefined();
        expect(nearestWord('x', ['by'])).toBeUndefined();
    });
});
