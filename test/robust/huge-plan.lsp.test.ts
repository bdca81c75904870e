import { afterEach, describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { LspClient } from '../helpers/lsp-client.js';

describe('language server and a plan over the size limit', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a 12 MB plan is reported, not parsed; the server keeps answering, and a plan of normal size is checked again', async () => {
        client = new LspClient();
        await client.initialize();
        const uri = 'file:///huge/plan.cop';
        const chunk = generatePlan(1000);
        const huge = Array.from({ length: Math.ceil((12 * 1024 * 1024) / chunk.length) }, () => chunk).join('\n');
        await client.open(uri, huge);
        const diagnostics = await client.waitForDiagnostics(uri, () => true, 60_000);
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringMatching(/too large for a plan \(the limit is 10\.0 MB/)]);
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 5000, character: 4 } });
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });

        await client.change(uri, chunk);
        const normal = await client.waitForDiagnostics(uri, () => true, 60_000);
        expect(normal.some(d => /too large/.test(String(d.message)))).toBe(false);
        expect(normal.some(d => d.code === 'duplicate-name')).toBe(false);
        expect(client.stderr.join('')).toBe('');
    });
});
