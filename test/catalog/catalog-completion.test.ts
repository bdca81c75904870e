import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { URI } from 'langium';
import { expectCompletion, VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCopServices } from '../../language/cop-module.js';
import { createTestServices } from '../helpers/services.js';

const { Cop } = createTestServices();
const complete = expectCompletion(Cop);

/** The completion list at the `<|>` marker of `text`. */
async function completionsAt(text: string): Promise<CompletionItem[]> {
    let list: CompletionList | undefined;
    await complete({
        text,
        index: 0,
        disposeAfterCheck: true,
        assert: result => {
            list = result;
        }
    });
    return list!.items;
}

/** The text after accepting `item` (main edit and additional edits), snippet tab stops removed. */
function accept(text: string, item: CompletionItem): string {
    const source = text.replace('<|>', '');
    const lines = source.split('\n');
    const offsetOf = (position: { line: number; character: number }) =>
        lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    const edits = [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
    let result = source;
    for (const edit of edits) {
        result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
    }
    return result.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

const header = 'plan Cop "A community" { purpose "Help" }\n';

describe('indicator titles', () => {
    test('inside the title string: every catalog indicator, replacing the whole string', async () => {
        const text = header + 'indicator Hours "Hou<|>rs" {\n    data "Timesheets"\n}\n';
        const items = await completionsAt(text);
        const labels = items.map(item => item.label);
        expect(labels).toContain('Hours worked');
        expect(labels).toContain('Support cost avoidance'); // a seed 004 measure
        expect(labels).toContain('Depth of discussion'); // a seed 003 indicator
        const hours = items.find(item => item.label === 'Hours worked')!;
        expect(hours.filterText).toBe('"Hours worked"');
        expect(accept(text, hours)).toBe(header + 'indicator Hours "Hours worked" {\n    data "Timesheets"\n}\n');
        expect((hours.documentation as { value: string }).value).toContain('unit `hours`');
    });

    test('with no block yet: a snippet writes the block with the unit and a data line', async () => {
        const text = header + 'indicator Deflected "<|>"\n';
        const item = (await completionsAt(text)).find(i => i.label === 'Support requests deflected')!;
        expect(item.insertTextFormat).toBe(2);
        expect(accept(text, item)).toBe(
            header + 'indicator Deflected "Support requests deflected" {\n    unit requests\n    data "where the data comes from"\n}\n'
        );
    });

    test('with an empty block: the unit line is added (qualitative for a qualitative indicator)', async () => {
        const text = header + 'indicator Trust "<|>" {\n}\n';
        const items = await completionsAt(text);
        expect(accept(text, items.find(i => i.label === 'Page views')!)).toBe(header + 'indicator Trust "Page views" {\n    unit views\n}\n');
        expect(accept(text, items.find(i => i.label === 'Level of trust')!)).toBe(header + 'indicator Trust "Level of trust" {\n    qualitative\n}\n');
    });
});

describe('value titles by cell', () => {
    const plan = (row: string) => header + row;
    test('a short line in members offers member short-term examples only', async () => {
        const labels = (await completionsAt(plan('members Analysts "Analysts" {\n    short Help "<|>"\n}\n'))).map(i => i.label);
        expect(labels).toEqual([
            'Help with challenges',
            'Access to expertise',
            'Increased confidence',
            'Fun with colleagues',
            'Meaningful participation',
            'Sense of belonging'
        ]);
    });
    test('a long line in organization offers organization long-term examples', async () => {
        const labels = (await completionsAt(plan('organization Unit "Unit" {\n    long Capacity "Stra<|>"\n}\n'))).map(i => i.label);
        expect(labels).toContain('Strategic capacity building');
        expect(labels).toContain('Retention of talent');
        expect(labels).not.toContain('Rapid problem solving');
        expect(labels).not.toContain('Professional development');
    });
});

describe('cycles', () => {
    test('after `cycle`: the seven kinds, explained, unused kinds first', async () => {
        const items = await completionsAt(header + 'cycle immediate {\n}\ncycle <|>\n');
        const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(i => i.label);
        expect(sorted).toEqual(['applied', 'enabling', 'potential', 'realized', 'strategic', 'transformative', 'immediate']);
        expect(items.find(i => i.label === 'enabling')!.documentation).toContain('support');
    });

    test.each([
        ['aspiration', 'Good search function', 'Blue sky time'],
        ['condition', 'Committed time of experts', 'Specific activities'],
        ['data', 'Number of responses to questions', 'Feedback from sponsors']
    ])("inside a cycle, `%s` offers that cycle's examples", async (round, expected, absent) => {
        const labels = (await completionsAt(header + `cycle immediate {\n    ${round} "<|>"\n}\n`)).map(i => i.label);
        expect(labels).toContain(expected);
        expect(labels).not.toContain(absent);
    });
});

describe('unit and cadence', () => {
    test('`unit` offers catalog units, the one of the matching catalog indicator first, and no keywords', async () => {
        const items = await completionsAt(header + 'indicator Deflected "Support requests deflected" {\n    unit <|>\n}\n');
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['hours', 'requests', 'USD', 'percent']));
        expect(labels).not.toContain('cadence');
        expect(items.find(i => i.preselect)?.label).toBe('requests');
    });

    test('`cadence` offers the four cadences, explained', async () => {
        const items = await completionsAt(header + 'indicator Deflected "Support requests deflected" {\n    cadence <|>\n}\n');
        expect(items.map(i => i.label).sort()).toEqual(['monthly', 'quarterly', 'weekly', 'yearly']);
        expect(items[0].documentation).toContain('stale');
    });
});

describe('entries of a plan catalog', () => {
    test('are offered beside the built-in ones, in their cell and cycle', async () => {
        const fileSystem = new VirtualFileSystemProvider();
        fileSystem.insert(
            URI.parse('file:///ws/catalogs/team.json'),
            JSON.stringify({
                version: 1,
                values: [{ id: 'working-code', side: 'members', term: 'short', title: 'Working code for a hard model', source: 'Team' }],
                cycles: [{ cycle: 'enabling', round: 'condition', text: 'A budget line for the platform', source: 'Team' }]
            })
        );
        const services = createCopServices({ fileSystemProvider: () => fileSystem }).Cop;
        const at = async (text: string) => {
            let list: CompletionList | undefined;
            await expectCompletion(services)({
                text,
                index: 0,
                disposeAfterCheck: true,
                parseOptions: { documentUri: 'file:///ws/plan.cop' },
                assert: result => {
                    list = result;
                }
            });
            return list!.items.map(item => item.label);
        };
        const withCatalog = 'plan Cop "C" {\n    purpose "Help"\n    catalog "catalogs/team.json"\n}\n';
        const values = await at(withCatalog + 'members M "M" {\n    short Code "<|>"\n}\n');
        expect(values).toContain('Working code for a hard model');
        expect(values).toContain('Help with challenges');
        const conditions = await at(withCatalog + 'cycle enabling {\n    condition "<|>"\n}\n');
        expect(conditions).toContain('A budget line for the platform');
        expect(conditions).toContain('Strategic sponsorship');
        // Without the catalog line, only the built-in entries.
        expect(await at('plan Cop "C" { purpose "Help" }\nmembers M "M" {\n    short Code "<|>"\n}\n')).not.toContain('Working code for a hard model');
    });
});
