import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, DocumentSymbol, FoldingRange, SemanticTokens, SymbolInformation } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { applyEdits } from './lsp-helpers.js';
import { decodeSemanticTokens } from '../helpers/semantic-tokens.js';

const org = `plan Org "Organization" {
    purpose "Build capacity"
}

organization Unit "Analytics unit" {
    short RapidProblemSolving "Rapid problem solving"
    long StrategicCapacity "Strategic capacity"
}
`;

const cop = `plan Cop "Community" {
    purpose "Help"
}

// The matrix row of analysts:
// what they gain soon and over time.
members Analysts "Analysts" {
    short Help "Help with challenges"
    long Growth "Growth"
}

shared Sweet "Sweet spot" {
    member Help, Growth
    organization Org.StrategicCapacity
}

input Hours "Hours" {
    measure Spent
}

output Answers "Answers" {
    from Hours
    measure Spent
}

outcome Faster "Faster answers" {
    from Answers
    delivers Sweet
    measure Spent
}

indicator Spent "Hours spent" {
    data "Timesheets"
}

cycle immediate {
    aspiration "Answers within a day"
    condition "Experts' time"
    track Spent
    data "Forum timestamps"
}

objective Quick "Quick help" {
    key Spent <= 24 by 2027-06
}
`;

describe('outline, symbols, folding, highlighting and fixes over stdio', () => {
    let client: LspClient;
    let copUri: string;
    let legend: { tokenTypes: string[]; tokenModifiers: string[] };

    beforeAll(async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-outline-'));
        writeFileSync(join(folder, 'org.cop'), org);
        writeFileSync(join(folder, 'cop.cop'), cop);
        copUri = fileUri(join(folder, 'cop.cop'));
        client = new LspClient();
        const init = (await client.initialize(folder)) as { capabilities: { semanticTokensProvider: { legend: typeof legend } } };
        legend = init.capabilities.semanticTokensProvider.legend;
        await client.open(copUri, cop);
        await client.waitForDiagnostics(copUri);
    });
    afterAll(async () => {
        await client.shutdown();
    });

    test('document symbols: blocks with titles, rows with their values, cycles with their rounds', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: copUri } });
        const outline = symbols.map(s => [s.name, s.kind, s.detail ?? null, (s.children ?? []).map(c => `${c.name}: ${c.detail}`)]);
        expect(outline).toEqual([
            ['Cop', SymbolKind.Package, 'Community', []],
            ['Analysts', SymbolKind.Class, 'Analysts', ['Help: short · Help with challenges', 'Growth: long · Growth']],
            ['Sweet', SymbolKind.Interface, 'Sweet spot', []],
            ['Hours', SymbolKind.Event, 'Hours', []],
            ['Answers', SymbolKind.Method, 'Answers', []],
            ['Faster', SymbolKind.Function, 'Faster answers', []],
            ['Spent', SymbolKind.Variable, 'Hours spent', []],
            [
                'cycle immediate',
                SymbolKind.Enum,
                null,
                ['aspiration: Answers within a day', "condition: Experts' time", 'track: Spent', 'data: Forum timestamps']
            ],
            ['Quick', SymbolKind.Object, 'Quick help', ['Spent: <= 24 by 2027-06']]
        ]);
        const analysts = symbols[1];
        expect(cop.split('\n')[analysts.selectionRange.start.line].slice(analysts.selectionRange.start.character, analysts.selectionRange.end.character)).toBe(
            'Analysts'
        );
    });

    test('workspace symbols find elements of every plan as Plan.Element', async () => {
        const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Capacity' });
        expect(symbols.map(s => [s.name, s.kind, s.location.uri.endsWith('org.cop')])).toContainEqual(['Org.StrategicCapacity', SymbolKind.EnumMember, true]);
        const help = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Cop.Help' });
        expect(help.map(s => s.name)).toContain('Cop.Help');
    });

    test('folding ranges for blocks (closing brace visible) and for runs of comments', async () => {
        const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: copUri } });
        const lines = cop.split('\n');
        const comment = ranges.filter(r => r.kind === 'comment').map(r => [lines[r.startLine], lines[r.endLine]]);
        expect(comment).toEqual([['// The matrix row of analysts:', '// what they gain soon and over time.']]);
        const blocks = ranges.filter(r => r.kind !== 'comment').map(r => lines[r.startLine]);
        expect(blocks).toEqual(expect.arrayContaining(['members Analysts "Analysts" {', 'cycle immediate {', 'shared Sweet "Sweet spot" {']));
        const cycle = ranges.find(r => lines[r.startLine] === 'cycle immediate {')!;
        expect(lines[cycle.endLine + 1]).toBe('}');
    });

    test('semantic tokens tell values, shared values, indicators and chain elements apart', async () => {
        const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: copUri } });
        const tokens = decodeSemanticTokens(result.data, cop, legend).map(({ line, token }) => `${line}:${token}`);
        expect(tokens).toEqual(
            expect.arrayContaining([
                '8:Help=enumMember+declaration',
                '13:Help=enumMember',
                '12:Sweet=struct+declaration',
                '28:Sweet=struct',
                '14:Org=namespace',
                '14:StrategicCapacity=enumMember',
                '32:Spent=variable+declaration',
                '18:Spent=variable',
                '21:Answers=function+declaration',
                '27:Answers=function',
                '22:Hours=function',
                '36:immediate=enum'
            ])
        );
    });

    test('a quick fix comes back as a code action whose edit clears the diagnostic', async () => {
        const flawed = cop.replace('    long Growth "Growth"\n', '').replace('member Help, Growth', 'member Help');
        await client.change(copUri, flawed);
        const diagnostics = await client.waitForDiagnostics(copUri, ds => ds.some(d => d.code === 'matrix-gap'));
        const gap = diagnostics.find(d => d.code === 'matrix-gap')!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: copUri },
            range: gap.range,
            context: { diagnostics: [gap] }
        });
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([['Add a `long` value to `Analysts`', 'quickfix', true]]);
        await client.change(copUri, applyEdits(flawed, actions[0].edit!.changes![copUri]));
        const after = await client.waitForDiagnostics(copUri);
        expect(after.map(d => d.code)).not.toContain('matrix-gap');
        expect(after.filter(d => d.severity === 1)).toEqual([]);
    });
});
