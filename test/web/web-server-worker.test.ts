import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';

// The web extension's language server (out/web/server.js) as VS Code for the Web runs it: a
// classic web worker, spoken to in JSON-RPC messages. It has no file system: it reads the
// catalog a plan names by asking the client (cop/fs/*), which here answers from a map.
const origin = 'http://cop.test';
const serverBundle = readFileSync(resolve(import.meta.dirname, '../../out/web/server.js'), 'utf8');
const catalog = readFileSync(resolve(import.meta.dirname, '../../examples/catalogs/analytics.json'), 'utf8');

let browser: Browser;
let page: Page;
beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', route => {
        const url = route.request().url();
        if (url === `${origin}/`) return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>worker</title>' });
        if (url === `${origin}/server.js`) return route.fulfill({ contentType: 'text/javascript', body: serverBundle });
        return route.abort();
    });
    await page.goto(`${origin}/`);
}, 60_000);
afterAll(async () => {
    await browser?.close();
});

interface Outcome {
    capabilities: Record<string, unknown>;
    asked: Array<{ method: string; uri: string }>;
    diagnostics: Array<{ code: string; message: string }>;
    errors: string[];
}

/** Starts the worker, initializes it, opens `plan` and collects what the server asks and says. */
function run(plan: string, files: Record<string, string>): Promise<Outcome> {
    return page.evaluate(
        async ({ plan, files }) => {
            const worker = new Worker('/server.js');
            const errors: string[] = [];
            worker.onerror = event => errors.push(event.message);
            const asked: Array<{ method: string; uri: string }> = [];
            let diagnostics: Array<{ code: string; message: string }> | undefined;
            let initialized: (result: { capabilities: Record<string, unknown> }) => void = () => undefined;
            const initResult = new Promise<{ capabilities: Record<string, unknown> }>(r => {
                initialized = r;
            });
            const planUri = 'vscode-vfs://github/org/repo/plan.cop';
            worker.onmessage = ({ data }) => {
                if (data.id === 1 && 'result' in data) initialized(data.result);
                if (data.method === 'textDocument/publishDiagnostics' && data.params.uri === planUri) diagnostics = data.params.diagnostics;
                if (data.id === undefined || data.method === undefined) return;
                // A request of the server: answer it.
                let result: unknown = null;
                if (data.method.startsWith('cop/fs/')) {
                    const uri: string = data.params.uri;
                    asked.push({ method: data.method, uri });
                    const text = files[uri];
                    if (data.method === 'cop/fs/readFile') result = text === undefined ? { missing: true } : { text };
                    if (data.method === 'cop/fs/stat') result = text === undefined ? null : { uri, isFile: true, isDirectory: false };
                    if (data.method === 'cop/fs/readDirectory') result = [];
                } else if (data.method === 'workspace/configuration') {
                    result = data.params.items.map(() => null);
                }
                worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
            };
            worker.postMessage({
                jsonrpc: '2.0',
                id: 1,
                method: 'initialize',
                params: { processId: null, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } }
            });
            const { capabilities } = await initResult;
            worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
            worker.postMessage({
                jsonrpc: '2.0',
                method: 'textDocument/didOpen',
                params: { textDocument: { uri: planUri, languageId: 'cop', version: 1, text: plan } }
            });
            const started = Date.now();
            while (diagnostics === undefined && Date.now() - started < 20_000) await new Promise(r => setTimeout(r, 50));
            worker.terminate();
            return {
                capabilities,
                asked,
                diagnostics: (diagnostics ?? []).map(d => ({
                    code: String((d as { code?: unknown }).code),
                    message: String((d as { message?: unknown }).message)
                })),
                errors
            };
        },
        { plan, files }
    );
}

const plan = (catalogLine: string) => `plan P "A plan" {
    purpose "Help"
    ${catalogLine}
}

indicator Models "Models peer reviewed" {
    data "Review log"
}
`;

describe('the web worker language server', () => {
    test('starts in a classic worker and answers initialize with its features', async () => {
        const outcome = await run(plan(''), {});
        expect(outcome.errors).toEqual([]);
        expect(Object.keys(outcome.capabilities)).toEqual(
            expect.arrayContaining(['completionProvider', 'hoverProvider', 'documentFormattingProvider', 'codeActionProvider'])
        );
    });

    test('reads the catalog a plan names through the client, and says so when it is missing', async () => {
        const catalogUri = 'vscode-vfs://github/org/repo/catalogs/analytics.json';
        const found = await run(plan('catalog "catalogs/analytics.json"'), { [catalogUri]: catalog });
        expect(found.asked).toContainEqual({ method: 'cop/fs/readFile', uri: catalogUri });
        expect(found.diagnostics.filter(d => d.code === 'catalog-invalid')).toEqual([]);
        // The catalog's indicator is known: no "not in any catalog" hint on its title.
        expect(found.diagnostics.filter(d => d.code === 'unknown-catalog-entry')).toEqual([]);
        expect((await run(plan(''), {})).diagnostics.map(d => d.code)).toContain('unknown-catalog-entry');

        const missing = await run(plan('catalog "catalogs/analytics.json"'), {});
        const problem = missing.diagnostics.find(d => d.code === 'catalog-invalid');
        expect(problem?.message).toMatch(/catalogs\/analytics\.json/);
        expect(problem?.message).toMatch(/no such file|not found|missing/i);
    });
});
