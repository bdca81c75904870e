import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const plan = (purpose: string) => `plan Team "A community" { purpose "${purpose}" }
members Analysts "Analysts" {
    short Help "Help"
}
outcome Faster "Faster answers" { delivers Missing }
`;

let client: LspClient | undefined;
let folder: string | undefined;
afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
});

// A tool creates and removes a file at once (an editor's swap file, a branch switched
// back): the watcher reports it created after it is gone. The server once read it, failed
// the whole update and ended, taking every plan's checks with it.
test('a plan file reported created but gone, or a folder named like a plan, leaves the server checking', async () => {
    folder = mkdtempSync(join(tmpdir(), 'cop-vanished-'));
    writeFileSync(join(folder, 'team.cop'), plan('Help'));
    client = new LspClient();
    const logged: string[] = [];
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type === 1) logged.push(params.message);
    });
    await client.initialize(folder);
    const teamUri = fileUri(join(folder, 'team.cop'));
    await client.waitForDiagnostics(teamUri, ds => ds.some(d => d.code === 'unresolved-reference'));

    mkdirSync(join(folder, 'drafts.cop'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
            { uri: fileUri(join(folder, 'gone.cop')), type: 1 },
            { uri: fileUri(join(folder, 'drafts.cop')), type: 1 }
        ]
    });
    // The next change is still checked: the fix, written to disk, clears the reference.
    writeFileSync(join(folder, 'team.cop'), plan('Help').replace('delivers Missing', 'delivers Help'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: teamUri, type: 2 }] });
    await client.waitForDiagnostics(teamUri, ds => !ds.some(d => d.code === 'unresolved-reference'));

    const symbols = await client.request('workspace/symbol', { query: '' });
    expect((symbols as Array<{ location: { uri: string } }>).map(symbol => symbol.location.uri)).not.toContain(fileUri(join(folder, 'gone.cop')));
    expect(client.exited).toBe(false);
    expect(logged).toEqual([]);
});
