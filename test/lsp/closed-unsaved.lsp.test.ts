import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const plan = (name: string) => `plan ${name} "A community" { purpose "Help" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
`;
const onHelp = { line: 2, character: 11 };

/** The reply to a request, or 'no answer' when none comes within `ms` (the server hung on it). */
async function reply(request: Promise<unknown>, ms = 5000): Promise<{ result?: unknown; error?: string } | 'no answer'> {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
        request.then(
            result => ({ result }),
            (error: Error) => ({ error: error.message })
        ),
        new Promise<'no answer'>(resolve => {
            timer = setTimeout(() => resolve('no answer'), ms);
        })
    ]);
    clearTimeout(timer);
    return outcome;
}

const hover = (client: LspClient, uri: string) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: onHelp });

/** Hover, rename and completion on an open plan all answer with a result. */
async function expectAnswers(client: LspClient, uri: string): Promise<void> {
    const hovered = await reply(hover(client, uri));
    expect(hovered).toMatchObject({ result: { contents: { value: expect.stringContaining('Help') } } });
    const renamed = await reply(client.request('textDocument/rename', { textDocument: { uri }, position: onHelp, newName: 'Aid' }));
    expect(renamed).toMatchObject({ result: { changes: { [uri]: expect.any(Array) } } });
    const completed = await reply(client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 4 } }));
    expect(completed).toMatchObject({ result: { items: expect.any(Array) } });
}

// A plan never saved is deleted from the workspace when it is closed. Requests that were
// waiting for its build when it was closed used to wait for ever.
describe('closing a plan that is not on disk', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a request on it made as it closes is answered, and the server goes on answering', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-closed-'));
        const saved = join(folder, 'saved.cop');
        writeFileSync(saved, plan('Saved'));
        client = new LspClient();
        await client.initialize();
        const unsaved = 'file:///tmp/nowhere/a.cop';
        // Opened, changed and closed at once: the change makes a burst, whose build waits for
        // it to settle (pending-changes.ts), so the plan is closed before its first build; the
        // hover waits for the plan to be linked, while the server looks on disk for the plan,
        // finds none and deletes it.
        await Promise.all([client.open(unsaved, plan('Alpha')), client.change(unsaved, plan('Alpha')), client.close(unsaved)]);
        const pending = hover(client, unsaved);
        const answer = await reply(pending);
        expect(answer).not.toBe('no answer');
        // Answered from the plan when its build won the race with the close, else refused in
        // plain words (test/workspace/request-waits.test.ts forces the second case).
        if (answer !== 'no answer' && answer.error !== undefined) expect(answer.error).toContain('no longer open or in the workspace');
        else expect(answer).toMatchObject({ result: { contents: { value: expect.stringContaining('Help') } } });

        const other = 'file:///tmp/nowhere/b.cop';
        await client.open(other, plan('Beta'));
        await client.waitForDiagnostics(other);
        await expectAnswers(client, other);

        await client.open(fileUri(saved), plan('Saved'));
        await client.waitForDiagnostics(fileUri(saved));
        await expectAnswers(client, fileUri(saved));

        await client.open(unsaved, plan('Alpha'));
        await client.waitForDiagnostics(unsaved);
        await expectAnswers(client, unsaved);
    });

    test('closed after its diagnostics, it answers no more, and opened again it answers', async () => {
        client = new LspClient();
        await client.initialize();
        const unsaved = 'file:///tmp/nowhere/a.cop';
        await client.open(unsaved, plan('Alpha'));
        await client.waitForDiagnostics(unsaved);
        await expectAnswers(client, unsaved);
        await client.close(unsaved);
        // Sent as it closes: answered from the plan as it was, or refused in plain words; not
        // with the file system's "ENOENT" (Langium read the deleted plan from disk).
        const renamed = await reply(client.request('textDocument/rename', { textDocument: { uri: unsaved }, position: onHelp, newName: 'Aid' }));
        expect(renamed).not.toBe('no answer');
        if (renamed !== 'no answer' && renamed.error !== undefined) {
            expect(renamed.error).not.toContain('ENOENT');
            expect(renamed.error).toContain(unsaved);
        }
        // Once the server has found no file for it, it clears its diagnostics.
        expect(await client.waitForDiagnostics(unsaved, diagnostics => diagnostics.length === 0)).toEqual([]);
        const other = 'file:///tmp/nowhere/b.cop';
        await client.open(other, plan('Beta'));
        await client.waitForDiagnostics(other);
        // The closed plan is gone: asked about, the server says so (it does not hang or crash).
        const gone = await reply(hover(client, unsaved));
        expect(gone).toMatchObject({ error: expect.stringContaining(unsaved) });
        await expectAnswers(client, other);

        await client.open(unsaved, plan('Alpha'));
        await client.waitForDiagnostics(unsaved);
        await expectAnswers(client, unsaved);
    });

    test('renames asked while its close is processed are answered', async () => {
        client = new LspClient();
        await client.initialize();
        const other = 'file:///tmp/nowhere/b.cop';
        await client.open(other, plan('Beta'));
        await client.waitForDiagnostics(other);
        const unsaved = 'file:///tmp/nowhere/a.cop';
        await client.open(unsaved, plan('Alpha'));
        await client.waitForDiagnostics(unsaved);
        await client.close(unsaved);
        // The close's update rebuilds no plan (none refers to the closed one); renames asked
        // while it runs used to wait until some later edit.
        const renames: Array<Promise<unknown>> = [];
        for (let i = 0; i < 6; i++) {
            renames.push(client.request('textDocument/rename', { textDocument: { uri: other }, position: onHelp, newName: 'Aid' }));
            await new Promise(resolve => setTimeout(resolve, 5));
        }
        for (const renamed of await Promise.all(renames.map(request => reply(request)))) {
            expect(renamed).toMatchObject({ result: { changes: { [other]: expect.any(Array) } } });
        }
    });
});
