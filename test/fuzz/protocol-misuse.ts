import type { SessionFamily } from './hostile-family.js';

const position = { line: 0, character: 0 };
const hostilePositions: unknown[] = [
    null,
    undefined,
    {},
    { line: -1, character: 0 },
    { line: 0.5, character: 0 },
    { line: '0', character: 0 },
    { line: 2 ** 53, character: 2 ** 53 },
    { line: 1e9, character: 1e9 },
    [],
    'here'
];
const positionRequests = [
    'textDocument/hover',
    'textDocument/completion',
    'textDocument/definition',
    'textDocument/references',
    'textDocument/documentHighlight',
    'textDocument/prepareRename',
    'textDocument/signatureHelp'
];
const rangeRequests = ['textDocument/inlayHint', 'textDocument/semanticTokens/range', 'textDocument/rangeFormatting', 'textDocument/codeAction'];

/**
 * Requests a broken or hostile client sends: malformed positions and ranges, documents never
 * opened, changes to closed documents, unknown methods, broken framing. Each request must be
 * answered (a result or a JSON-RPC error) within the bound, and the server must stay up.
 */
export const protocolMisuse: SessionFamily = {
    name: 'protocol-misuse',
    kind: 'session',
    async run(context, random, base) {
        const { client } = context;
        const uri = context.uri('misuse.cop');
        await client.open(uri, base);
        const textDocument = random.chance(0.8) ? { uri } : random.pick([{ uri: 'file:///never/opened.cop' }, { uri: 'not a uri' }, { uri: '' }, null, {}]);
        const requests: Array<[string, unknown]> = [];
        for (let i = 0; i < 6; i++) {
            const hostile = random.pick(hostilePositions);
            requests.push([random.pick(positionRequests), { textDocument, position: hostile }]);
            const range = random.pick([
                null,
                { start: hostile, end: position },
                { start: position, end: { line: 1e9, character: 0 } },
                { start: { line: 5, character: 0 }, end: position }
            ]);
            requests.push([
                random.pick(rangeRequests),
                { textDocument, range, context: random.pick([{ diagnostics: [] }, null, { diagnostics: 'x' }]), options: { tabSize: 4, insertSpaces: true } }
            ]);
        }
        requests.push(
            ['textDocument/rename', { textDocument, position, newName: random.pick([null, '', ' ', '1x', 'a'.repeat(10_000), '__proto__']) }],
            ['textDocument/selectionRange', { textDocument, positions: random.pick([null, [null], [position, { line: -3 }], Array(2000).fill(position)]) }],
            ['workspace/symbol', { query: random.pick([null, '', '*', '.'.repeat(5000), '\u0000']) }],
            ['cop/viewModel', random.pick([null, {}, { uri: 42 }, { uri: 'file:///never/opened.cop' }])],
            ['no/such/method', { x: 1 }]
        );
        await Promise.all(requests.map(([method, params]) => context.answered(method, client.request(method, params))));
        // Notifications that must not break anything: changes to a closed or unknown document, a second open, a stale version.
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: 'file:///never/opened.cop', version: 3 },
            contentChanges: [{ text: 'x' }]
        });
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: -1 },
            contentChanges: [{ range: { start: { line: 1e6, character: 0 }, end: position }, text: '}' }]
        });
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cop', version: 1, text: base } });
        await client.connection.sendNotification('$/cancelRequest', { id: 999_999 });
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [{ uri: 'file:///no/such/file.cop', type: random.pick([1, 2, 3]) }]
        });
        // Broken framing: a body shorter than announced cannot be recovered; malformed JSON with a correct length must be.
        client.sendRaw(`Content-Length: 21\r\n\r\n{"jsonrpc":"2.0",,,}\n`);
        context.count(requests.length + 6);
        await client.close(uri);
        // Still serving: a proper request on a proper document.
        await client.open(uri, base);
        await context.answered('documentSymbol after misuse', client.request('textDocument/documentSymbol', { textDocument: { uri } }));
        await client.close(uri);
    }
};
