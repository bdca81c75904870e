import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanFile } from '../../language/generated/ast.js';
import { partialParseOf } from '../../language/parser/incremental-parse.js';
import { createTestServices, linesWith, URI, validate } from '../helpers/services.js';

const header = 'plan P "P" {\n    purpose "p"\n}\n';

/** A block of `kind` holding `lines`, after a plan header (or as the header itself). */
function block(kind: string, lines: string[]): string {
    const body = lines.map(line => `    ${line}\n`).join('');
    return kind === 'plan' ? `plan P "P" {\n${body}}\n` : `${header}${kind} X "x" {\n${body}}\n`;
}

// Every line that may appear once per block, as a user would write it.
const singleLines: Array<[kind: string, line: string]> = [
    ['plan', 'purpose "p"'],
    ['plan', 'sponsor "s"'],
    ['indicator', 'qualitative'],
    ['indicator', 'unit hours'],
    ['indicator', 'baseline 5'],
    ['indicator', 'target >= 10 by 2027-06'],
    ['indicator', 'data "d"'],
    ['indicator', 'cadence monthly'],
    ['indicator', 'owner "o"'],
    ['assumption', 'value 3'],
    ['assumption', 'range 1 .. 5'],
    ['assumption', 'unit hours'],
    ['assumption', 'source "s"'],
    ['kpi', 'formula 2 * (3 + 4)'],
    ['kpi', 'unit hours'],
    ['kpi', 'target >= 10'],
    ['story', 'date 2026-05-01'],
    ['story', 'text "t"']
];

describe('repeated-line', () => {
    test.each(singleLines)('a %s block with `%s` twice: reported on the second one only', async (kind, line) => {
        const once = block(kind, [line]);
        expect(linesWith(await validate(once), 'repeated-line')).toEqual([]);
        const twice = block(kind, [line, line]);
        const second = twice.split('\n').lastIndexOf(`    ${line}`) + 1;
        expect(linesWith(await validate(twice), 'repeated-line')).toEqual([second]);
    });

    test('three times: the second and the third are reported', async () => {
        const text = block('indicator', ['data "a"', 'owner "o"', 'data "b"', 'data "c"']);
        expect(linesWith(await validate(text), 'repeated-line')).toEqual([7, 8]);
    });

    test('lines that may repeat, and keywords inside a formula or a target, are not repeats', async () => {
        const text = `${header}indicator I "i" {\n    data "d"\n}\nkpi K "k" {\n    formula I * 2 + I * 3 - (I / 4)\n    target >= 10 by 2027-06\n    translates A\n    translates B\n}\nplan Q "Q" {\n    catalog "a.json"\n    catalog "b.json"\n}\n`;
        expect(linesWith(await validate(text), 'repeated-line')).toEqual([]);
    });
});

describe('repeated-line and names that are keywords', () => {
    test('an element named like a line keyword is not a repeat of that line', async () => {
        const text = `${header}indicator unit "Unit" {\n    unit hours\n    data "d"\n}\nkpi target "T" {\n    formula unit * 2\n    target >= 3\n}\n`;
        const document = await validate(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(linesWith(document, 'repeated-line')).toEqual([]);
    });
});

describe('repeated-line after an edit elsewhere', () => {
    // A block the incremental parse keeps is not read again (plan-checks.ts remembers each
    // block's repeats by its syntax node): its diagnostic must still move with the text, and
    // go once the block itself changes.
    test('a kept block’s repeat moves with the lines added above it, and goes when fixed', async () => {
        const { shared } = createTestServices();
        const uri = 'file:///ws/edited.cop';
        const builder = shared.workspace.DocumentBuilder;
        builder.updateBuildOptions = { validation: true };
        let version = 0;
        const edit = async (text: string) => {
            shared.workspace.TextDocuments.set(TextDocument.create(uri, 'cop', ++version, text));
            await builder.update([URI.parse(uri)], []);
            return shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        };
        const repeated = `indicator Late "l" {\n    unit hours\n    unit days\n    data "d"\n}\n`;
        const first = `${header}indicator Early "e" {\n    data "d"\n}\n\n${repeated}`;
        expect(linesWith(await edit(first), 'repeated-line')).toEqual([10]);

        const moved = await edit(first.replace('    data "d"\n}\n\n', '    data "d"\n    owner "o"\n    cadence monthly\n}\n\n'));
        expect(partialParseOf(moved.parseResult.value as PlanFile)).toBeDefined();
        expect(linesWith(moved, 'repeated-line')).toEqual([12]);
        expect(linesWith(await validate(moved.textDocument.getText()), 'repeated-line')).toEqual([12]);

        const fixed = await edit(moved.textDocument.getText().replace('    unit days\n', ''));
        expect(linesWith(fixed, 'repeated-line')).toEqual([]);
    });
});
