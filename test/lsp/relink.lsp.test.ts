import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const org = `plan Org "Organization values" { purpose "Shared org values" }
organization Unit "Analytics unit" {
    short Speed "Rapid problem solving"
    long Capacity "Strategic capacity"
}
`;

const team = `plan Team "A community" { purpose "Help" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
shared Sweet "Sweet spot" {
    member Help
    organization Org.Quick
}
`;

// The document builder re-links a plan with an unresolved reference only when a change can
// resolve it; these are the cases where it must.
describe('re-linking plans with unresolved references', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('adding the missing element to the plan a qualified reference names resolves it', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-relink-'));
        writeFileSync(join(folder, 'org.cop'), org);
        writeFileSync(join(folder, 'team.cop'), team);
        client = new LspClient();
        await client.initialize(folder);
        const orgUri = fileUri(join(folder, 'org.cop'));
        const teamUri = fileUri(join(folder, 'team.cop'));
        const before = await client.waitForDiagnostics(teamUri, ds => ds.some(d => d.code === 'unresolved-reference'));
        expect(before.find(d => d.code === 'unresolved-reference')?.range.start.line).toBe(7);

        await client.open(orgUri, org.replace('short Speed', 'short Quick'));
        await client.waitForDiagnostics(teamUri, ds => !ds.some(d => d.code === 'unresolved-reference'));
    });

    test('a plan that takes the name a qualified reference uses resolves it', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-relink-'));
        const other = org.replace('plan Org ', 'plan Other ').replace('short Speed', 'short Quick');
        writeFileSync(join(folder, 'other.cop'), other);
        writeFileSync(join(folder, 'team.cop'), team);
        client = new LspClient();
        await client.initialize(folder);
        const otherUri = fileUri(join(folder, 'other.cop'));
        const teamUri = fileUri(join(folder, 'team.cop'));
        await client.waitForDiagnostics(teamUri, ds => ds.some(d => d.code === 'unresolved-reference'));

        await client.open(otherUri, other.replace('plan Other ', 'plan Org '));
        await client.waitForDiagnostics(teamUri, ds => !ds.some(d => d.code === 'unresolved-reference'));
    });
});
