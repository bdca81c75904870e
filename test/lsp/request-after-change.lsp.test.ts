import { afterEach, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client.js';

const plan = (value: string, lines = 0) => `plan Alpha "A community" { purpose "Help" }
members Analysts "Analysts" {
    short ${value} "${value}"
}
${Array.from({ length: lines }, (_, i) => `indicator I${i} "Indicator ${i}" {\n    unit count\n    data "Survey"\n}`).join('\n')}
`;

// A request sent right after a change is answered from the changed text, even while the
// build of the text before it is still running (announced-changes.ts).
describe('a request right after a change', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('is answered from the text after the change', async () => {
        client = new LspClient();
        await client.initialize();
        const uri = 'file:///tmp/nowhere/after-change.cop';
        await client.open(uri, plan('Help', 2000));
        await client.waitForDiagnostics(uri);
        // A change whose build takes a while, then, at some point of that build, another
        // change and a hover at once.
        for (const [index, delay] of [0, 10, 30, 60].entries()) {
            const value = `Value${index}`;
            await client.change(uri, plan(`${value}x`, 2000));
            await new Promise(resolve => setTimeout(resolve, delay));
            const [, hover] = await Promise.all([
                client.change(uri, plan(value, 2000)),
                client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 11 } })
            ]);
            expect(JSON.stringify(hover?.contents), `after ${delay} ms`).toContain(`\`${value}\``);
        }
    });
});
