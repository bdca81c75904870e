import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';
import { applyEdits } from '../editing/lsp-helpers.js';

const plan = `plan P "P" {
    purpose "p"
}

source Forum "Forum export" {
    file "data/forum-*.csv"
    time occurred_at
    person member
    event kind
    consent ok
}

event reply "A reply" {
    source Forum
    requires thread
    version 2
    replaces answer
}

event answer "Old name of reply" {
    source Forum
    deprecated "Renamed to reply"
}

indicator Replies "Replies" {
    compute count answer
}
`;

async function load(text: string) {
    const { Cop } = createTestServices();
    const document = await parseHelper<PlanFile>(Cop)(text, { documentUri: 'file:///ws/plan.cop' });
    await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { Cop, document };
}

function positionOf(text: string, needle: string, nth = 0) {
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

describe('editing sources and events', () => {
    test('event-deprecated has a quick fix naming the successor; applied, the warning is gone', async () => {
        const { Cop, document } = await load(plan);
        const diagnostic = document.diagnostics!.find(d => d.code === 'event-deprecated') as Diagnostic;
        expect(diagnostic.range.start).toEqual(positionOf(plan, 'answer', 2));
        const actions = (await Cop.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(['Use `reply`, which replaces it']);
        const fixed = applyEdits(plan, actions[0].edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('    compute count reply\n');
        const after = await load(fixed);
        expect(after.document.diagnostics!.map(d => d.code)).not.toContain('event-deprecated');
    });

    test('hover on an event names its source, the names its rows carry, required fields and its successor', async () => {
        const { Cop, document } = await load(plan);
        const hover = async (needle: string, nth = 0) => {
            const result = await Cop.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() },
                position: positionOf(plan, needle, nth)
            });
            return (result?.contents as { value: string } | undefined)?.value ?? '';
        };
        const reply = await hover('reply "A reply"');
        expect(reply).toContain('event `reply` ("A reply"), version 2');
        expect(reply).toContain('Rows of source `Forum` whose event column is `reply`, or `answer` (older names).');
        expect(reply).toContain('Requires `thread`');
        const answer = await hover('answer', 2);
        expect(answer).toContain('**Deprecated**: Renamed to reply — use `reply`, which counts its rows too.');
        expect(await hover('Forum', 2)).toContain('Files `data/forum-*.csv` (relative to the plan)');
    });

    test('completion offers the events, and the models of an influence', async () => {
        const text = plan.replace('    compute count answer\n', '    compute count \n');
        const { Cop, document } = await load(text);
        const completion = await Cop.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: positionOf(text, 'compute count ') && {
                ...positionOf(text, 'compute count '),
                character: positionOf(text, 'compute count ').character + 'compute count '.length
            }
        });
        expect(completion?.items.map(item => item.label)).toEqual(expect.arrayContaining(['reply', 'answer']));
        const influence = `${plan}\ninfluence I {\n    source Forum\n    model \n}\n`;
        const loaded = await load(influence);
        const at = positionOf(influence, '    model ');
        const models = await loaded.Cop.lsp.CompletionProvider!.getCompletion(loaded.document, {
            textDocument: { uri: loaded.document.uri.toString() },
            position: { line: at.line, character: at.character + '    model '.length }
        });
        expect(models?.items.map(item => item.label)).toEqual(expect.arrayContaining(['first', 'last', 'linear', 'position', 'decay']));
    });

    test('the outline lists sources, events and influences', async () => {
        const { Cop, document } = await load(`${plan}\ninfluence I "Influenced" {\n    source Forum\n}\n`);
        const symbols = (await Cop.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } })) as DocumentSymbol[];
        const names = symbols.map(symbol => symbol.name);
        expect(names).toEqual(
            expect.arrayContaining([
                expect.stringContaining('Forum'),
                expect.stringContaining('reply'),
                expect.stringContaining('answer'),
                expect.stringContaining('I')
            ])
        );
    });
});

describe('renaming an event', () => {
    test('rewrites its references, and keeps matching the same rows through a `name` line', async () => {
        const { Cop, document } = await load(plan);
        const edit = await Cop.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position: positionOf(plan, 'answer "Old'),
            newName: 'legacyReply'
        });
        const renamed = applyEdits(plan, edit!.changes![document.uri.toString()]);
        expect(renamed).toContain('    replaces legacyReply\n');
        expect(renamed).toContain('event legacyReply "Old name of reply" {\n    source Forum\n    deprecated "Renamed to reply"\n    name "answer"\n}');
        expect(renamed).toContain('    compute count legacyReply\n');
        const after = await load(renamed);
        expect(after.document.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('column completion', () => {
    test("offers the columns of the source's first file, quoting those that are not names", async () => {
        const { NodeFileSystem } = await import('langium/node');
        const { URI } = await import('langium');
        const { createCopServices } = await import('../../language/cop-module.js');
        const { folderWith } = await import('./measure-fixtures.js');
        const text = plan.replace('    requires thread\n', '    requires \n');
        const folder = folderWith({ 'plan.cop': text, 'data/forum-1.csv': 'occurred_at,member,kind,ok,"thread id",points\n', 'data/other.csv': 'x,y\n' });
        const { Cop } = createCopServices(NodeFileSystem);
        Cop.shared.workspace.ConfigurationProvider.initialized({});
        const document = await parseHelper<PlanFile>(Cop)(text, { documentUri: URI.file(`${folder}/plan.cop`).toString() });
        await Cop.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const at = positionOf(text, '    requires ');
        const completion = await Cop.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: at.line, character: at.character + '    requires '.length }
        });
        const columns = completion!.items.filter(item => item.detail === 'column of Forum');
        expect(columns.map(item => [item.label, item.insertText])).toEqual([
            ['occurred_at', 'occurred_at'],
            ['member', 'member'],
            ['kind', 'kind'],
            ['ok', 'ok'],
            ['thread id', '"thread id"'],
            ['points', 'points']
        ]);
    });
});

describe("an influence's events", () => {
    test("completion offers only the events of the influence's source", async () => {
        const text = `${plan}
source Crm {
    file "crm.csv"
    time at
    event kind
}

event renewal {
    source Crm
}

influence I {
    source Crm
    touches 
}
`;
        const { Cop, document } = await load(text);
        const at = positionOf(text, '    touches ');
        const completion = await Cop.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: at.line, character: at.character + '    touches '.length }
        });
        const labels = completion!.items.map(item => item.label);
        expect(labels).toContain('renewal');
        expect(labels).not.toContain('reply');
    });
});
