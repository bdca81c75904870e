import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Hover, InlayHint } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

// The server judges as of today: the target is far off, the actuals long past, so the
// status (on track: 300 is past the straight path's 273) and the forecast stay the same.
// Trend through days 0, 40, 50 of 2020: 82,523.8 on 2099-01-01, short of 100,000 by 17,476.
const onTrackButShort = `plan Demo "Demo" { purpose "Forecasts" }
outcome Out "Out" { measure Articles }
indicator Articles "Articles in the knowledge base" {
    data "Knowledge base export"
    target >= 100000 by 2099-01
}
actual Articles {
    2020-01-01 100
    2020-02-10 100
    2020-02-20 300
}
`;
const reachable = onTrackButShort.replace('>= 100000', '>= 80000');

describe('forecasts in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('forecast-miss on the name when on track but short by more than 10 %; hover and inlay hint show the forecast', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-forecast-lsp-'));
        writeFileSync(join(folder, 'plan.cop'), onTrackButShort);
        client = new LspClient();
        await client.initialize(folder);
        const uri = fileUri(join(folder, 'plan.cop'));
        await client.open(uri, onTrackButShort);
        const diagnostics = await client.waitForDiagnostics(uri);
        const misses = diagnostics.filter(d => d.code === 'forecast-miss');
        expect(misses).toHaveLength(1);
        expect(misses[0].severity).toBe(3);
        expect(misses[0].range.start).toEqual({ line: 2, character: 10 });
        expect(misses[0].message).toBe(
            'Indicator `Articles` ("Articles in the knowledge base") is on track for >= 100,000 by 2099-01, but the trend of its actuals leads to 82,524 by then, short by 17,476. Plan what will change the trend, or revise the target.'
        );

        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 12 } });
        expect((hover.contents as { value: string }).value).toContain('Forecast **82,524** by 2099-01 (least-squares trend), short of the target by 17,476');
        const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } }
        });
        expect(hints.map(h => String(h.label))).toContain('= 300 (2020-02-20) · on-track · forecast 82,524, short 17,476');

        // Within 10 % of the target (here: reached), it is not reported.
        await client.change(uri, reachable);
        const after = await client.waitForDiagnostics(uri);
        expect(after.map(d => d.code)).not.toContain('forecast-miss');
        const reachedHints = await client.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } }
        });
        expect(reachedHints.map(h => String(h.label))).toContain('= 300 (2020-02-20) · on-track · forecast 82,524');
    });
});
