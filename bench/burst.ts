import type { LspClient } from '../test/helpers/lsp-client.js';

export interface BurstTimes {
    /** From the last of the burst's changes sent to the hover's answer. */
    burstHoverMs: number;
    /** From the last change sent to the diagnostics of the last version. */
    burstDiagMs: number;
    /** Diagnostics published during the burst (1 when only the last version was validated). */
    burstPublishes: number;
}

/**
 * A burst of full-text changes, as a client that sends the whole document on every keystroke
 * (or a tool rewriting the file) does, then a hover on the first `member` reference: how long
 * the user waits, which should be about one validation of the latest text.
 */
export async function measureBurst(client: LspClient, uri: string, text: string, count: number): Promise<BurstTimes> {
    const member = /member (\w+)/.exec(text);
    if (!member) throw new Error('the plan has no member line to hover');
    const before = text.slice(0, member.index + 'member '.length);
    const position = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
    let publishes = 0;
    const listener = (params: { uri: string }) => {
        if (params.uri === uri) publishes++;
    };
    client.onDiagnostics.push(listener);
    for (let i = 1; i <= count; i++) await client.change(uri, `${text}\n// burst edit ${i}\n`);
    const sent = performance.now();
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
    const burstHoverMs = performance.now() - sent;
    if (!hover?.contents.value.includes(member[1])) throw new Error(`the hover after the burst does not show ${member[1]}: ${JSON.stringify(hover)}`);
    await client.waitForDiagnostics(uri, () => true, 300_000);
    const burstDiagMs = performance.now() - sent;
    client.onDiagnostics.splice(client.onDiagnostics.indexOf(listener), 1);
    // Leave the document as it was for what comes next.
    await client.change(uri, text);
    await client.waitForDiagnostics(uri, () => true, 300_000);
    return { burstHoverMs, burstDiagMs, burstPublishes: publishes };
}
