import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionList, InitializeResult, SelectionRange, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { positionOf, textAt } from '../editing/lsp-helpers.js';

const plan = `plan Team "A community" {
    purpose "Help analysts"
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}

input Time "Time" {
    measure Hours
}

output Sessions "Sessions" {
    from Time
    measure Hours
}

outcome Deflected "Tickets deflected" {
    from Sessions
    delivers Help, Growth
    measure Hours
}

indicator Hours "Hours given" {
    data "Timesheets"
}
`;

const packageVersion = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')).version as string;
const uri = 'file:///protocol/plan.cop';

/** The JSON-RPC error code a request was rejected with; fails the test when it got a result. */
async function errorCode(request: Promise<unknown>): Promise<number> {
    try {
        const result = await request;
        throw new Error(`expected an error, got the result ${JSON.stringify(result)}`);
    } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code !== 'number') throw error;
        return code;
    }
}

describe('the language server speaks the protocol correctly', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a request before initialize is a ServerNotInitialized error (-32002), at once', async () => {
        client = new LspClient();
        const code = await errorCode(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
        expect(code).toBe(-32002);
        // Once initialized, the same request is served.
        await client.initialize();
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
        const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', {
            textDocument: { uri },
            position: positionOf(plan, 'delivers Help', 0, 10)
        });
        expect(JSON.stringify(hover?.contents)).toContain('member value');
    });

    test('initialize names the server and its version, and offers expand selection', async () => {
        client = new LspClient();
        const result = (await client.initialize()) as InitializeResult;
        expect(result.serverInfo).toEqual({ name: 'cop-language-server', version: packageVersion });
        expect(result.capabilities.selectionRangeProvider).toBe(true);
    });

    test('missing or malformed positions and ranges are InvalidParams (-32602) for every request that takes one', async () => {
        client = new LspClient();
        await client.initialize();
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
        const textDocument = { uri };
        const position = { line: 0, character: 0 };
        const range = { start: position, end: { line: 1, character: 0 } };
        const misuses: Array<[string, unknown]> = [];
        for (const method of [
            'textDocument/hover',
            'textDocument/completion',
            'textDocument/definition',
            'textDocument/declaration',
            'textDocument/typeDefinition',
            'textDocument/implementation',
            'textDocument/documentHighlight',
            'textDocument/signatureHelp',
            'textDocument/prepareRename'
        ]) {
            misuses.push(
                [method, { textDocument, position: null }],
                [method, { textDocument }],
                [method, { textDocument, position: { line: -1, character: 0 } }],
                [method, { textDocument, position: { line: '3', character: 0 } }],
                [method, { position }]
            );
        }
        misuses.push(
            ['textDocument/references', { textDocument, position: null, context: { includeDeclaration: true } }],
            ['textDocument/rename', { textDocument, position: null, newName: 'X' }],
            ['textDocument/rename', { textDocument, position, newName: null }],
            ['textDocument/inlayHint', { textDocument, range: null }],
            ['textDocument/inlayHint', { textDocument, range: { start: position, end: null } }],
            ['textDocument/codeAction', { textDocument, range: null, context: { diagnostics: [] } }],
            ['textDocument/codeAction', { textDocument, range, context: null }],
            ['textDocument/semanticTokens/range', { textDocument, range: null }],
            ['textDocument/selectionRange', { textDocument, positions: null }],
            ['textDocument/selectionRange', { textDocument, positions: [null] }],
            ['textDocument/rangeFormatting', { textDocument, range: null, options: { tabSize: 4, insertSpaces: true } }],
            ['textDocument/onTypeFormatting', { textDocument, position: null, ch: '}', options: { tabSize: 4, insertSpaces: true } }],
            ['textDocument/documentSymbol', { textDocument: null }],
            ['textDocument/foldingRange', {}],
            ['workspace/symbol', { query: null }]
        );
        const answers = await Promise.all(
            misuses.map(async ([method, params]) => `${method} ${JSON.stringify(params)}: ${await errorCode(client!.request(method, params))}`)
        );
        expect(answers.filter(answer => !answer.endsWith(': -32602'))).toEqual([]);
        // The server is still there and serves a proper request.
        const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
        expect(symbols.length).toBeGreaterThan(0);
        expect(client.stderr.join('')).toBe('');
    });

    test('a request on a document the server does not know is a JSON-RPC error, not a result holding an error', async () => {
        client = new LspClient();
        await client.initialize();
        const code = await errorCode(
            client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/missing.cop' }, position: { line: 0, character: 0 } })
        );
        expect(code).toBeLessThan(0);
    });

    test('broken framing and malformed JSON do not take the server down', async () => {
        client = new LspClient();
        await client.initialize();
        client.sendRaw('Content-Length: 11\r\n\r\n{"jsonrpc":');
        client.sendRaw('Content-Length: 20\r\n\r\n{"jsonrpc":"2.0",,,}');
        await client.open(uri, plan);
        const diagnostics = await client.waitForDiagnostics(uri);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        expect(client.exited).toBe(false);
    });

    test('expand selection grows from the word to its line, its block and the whole plan', async () => {
        client = new LspClient();
        await client.initialize();
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
        const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
            textDocument: { uri },
            positions: [positionOf(plan, 'Sessions\n', 0, 3)]
        });
        const texts: string[] = [];
        for (let step: SelectionRange | undefined = selection; step; step = step.parent) texts.push(textAt(plan, step.range));
        expect(texts[0]).toBe('Sessions');
        expect(texts).toContain('from Sessions');
        expect(texts).toContain(plan.slice(plan.indexOf('outcome Deflected'), plan.indexOf('}', plan.indexOf('outcome Deflected')) + 1));
        expect(texts[texts.length - 1]).toBe(plan);
        // Each step strictly contains the one before.
        for (let i = 1; i < texts.length; i++) {
            expect(texts[i].length).toBeGreaterThan(texts[i - 1].length);
            expect(texts[i]).toContain(texts[i - 1]);
        }
    });

    test('workspace symbols find an element by its own name: `defl` finds Deflected in plan Team', async () => {
        client = new LspClient();
        await client.initialize();
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
        const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'defl' });
        expect(symbols.map(s => [s.name, s.containerName])).toContainEqual(['Team.Deflected', 'Team']);
        expect(symbols.every(s => /defl/i.test(s.name))).toBe(true);
    });
});

describe('completion snippets only for clients that take them', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    const catalog = JSON.stringify({
        version: 1,
        indicators: [
            {
                id: 'peer',
                title: 'Models peer reviewed',
                kind: 'quantitative',
                description: 'Reviewed before production.',
                unit: 'models',
                source: 'Analytics unit'
            }
        ]
    });
    const typing = 'plan Team "A community" {\n    purpose "Help"\n}\nindicator Reviews "Mod';

    async function titleCompletion(capabilities: Record<string, unknown>) {
        const folder = mkdtempSync(join(tmpdir(), 'cop-snippets-'));
        mkdirSync(join(folder, 'shared'));
        writeFileSync(join(folder, 'shared', 'team.json'), catalog);
        const planUri = fileUri(join(folder, 'a.cop'));
        writeFileSync(join(folder, 'a.cop'), typing);
        client = new LspClient();
        client.configure({ cop: { catalogs: ['shared/team.json'] } });
        await client.initialize(folder, capabilities);
        await client.open(planUri, typing);
        await client.waitForDiagnostics(planUri);
        const list = await client.request<CompletionList>('textDocument/completion', {
            textDocument: { uri: planUri },
            position: { line: 3, character: 'indicator Reviews "Mod'.length }
        });
        const item = list.items.find(i => i.label === 'Models peer reviewed');
        expect(item).toBeDefined();
        return item!;
    }

    test('a client declaring snippetSupport gets the block as a snippet', async () => {
        const item = await titleCompletion({ textDocument: { completion: { completionItem: { snippetSupport: true } } } });
        expect(item.insertTextFormat).toBe(2);
        expect(item.textEdit?.newText).toContain('${1:where the data comes from}');
    });

    test('a client without snippetSupport gets plain text: no placeholders to insert literally', async () => {
        const item = await titleCompletion({ textDocument: { completion: { completionItem: {} } } });
        expect(item.insertTextFormat ?? 1).toBe(1);
        expect(item.textEdit?.newText).not.toMatch(/\$\{?\d/);
        expect(item.textEdit?.newText).toContain('data "where the data comes from"');
        expect(item.textEdit?.newText).toContain('unit models');
    });
});
