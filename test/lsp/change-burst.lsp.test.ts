import { afterEach, describe, expect, test } from 'vitest';
import type { Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generatePlan } from '../../bench/generate-plan.js';
import { LspClient } from '../helpers/lsp-client.js';
import { positionOf } from '../editing/lsp-helpers.js';

const uri = 'file:///burst/plan.cop';
const base = generatePlan(2400);
const EDITS = 1000;
/** Version `i` of the plan: the title of the first value says which version it is; the last also refers to an undeclared value. */
const version = (i: number) => {
    const text = base.replace('"Help with challenges (0)"', `"Help with challenges, edit ${i}"`);
    return i === EDITS ? text.replace('member Help0', 'member Help0, NoSuchValue') : text;
};

describe('a burst of edits', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('1,000 full-text changes of a 2,400-line plan, then a hover: answered from the latest text; only its diagnostics remain', async () => {
        expect(base).toContain('member Help0');
        client = new LspClient();
        await client.initialize();
        await client.open(uri, base);
        await client.waitForDiagnostics(uri, () => true, 60_000);
        const published: PublishDiagnosticsParams[] = [];
        client.onDiagnostics.push(params => {
            if (params.uri === uri) published.push(params);
        });

        for (let i = 1; i <= EDITS; i++) await client.change(uri, version(i));
        const last = version(EDITS);
        const sent = performance.now();
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(last, 'member Help0', 0, 8) });
        const answeredMs = performance.now() - sent;
        expect((hover?.contents as MarkupContent | undefined)?.value).toContain(`Help with challenges, edit ${EDITS}`);
        // A generous "answers at all" bound, not a benchmark (npm run bench measures it): about one
        // validation of the plan is expected; every superseded version parsed in turn took ~50 s.
        expect(answeredMs).toBeLessThan(15_000);

        const final = await client.waitForDiagnostics(uri, () => true, 60_000);
        expect(final.filter(d => d.code === 'unresolved-reference').map(d => d.message)).toEqual([expect.stringContaining('NoSuchValue')]);
        // The last diagnostics published are those of the last version; superseded versions were
        // (almost all) never validated: a build waits for the burst to settle before it parses.
        await new Promise(resolve => setTimeout(resolve, 500));
        expect(published[published.length - 1].version).toBe(client.versionOf(uri));
        expect(published.every(p => p.version !== undefined)).toBe(true);
        expect(published.length).toBeLessThan(EDITS / 2);
        expect(client.stderr.join('')).toBe('');
    }, 180_000);
});
