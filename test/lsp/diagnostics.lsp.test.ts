import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const planA = `plan Org "Organization values" { purpose "Shared org values" }
organization Unit "Analytics unit" {
    short RapidProblemSolving "Rapid problem solving"
    long StrategicCapacity "Strategic capacity"
}
`;

const planB = `plan Cop "A community" { purpose "Help" }
outcome Faster "Faster answers" {
    from Faster
    measure Speed
}
indicator Speed "Time to respond" { data "Forum" }
`;

describe('language server over stdio', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('publishes coded diagnostics on the name of the element at fault', async () => {
        client = new LspClient();
        await client.initialize();
        const uri = 'file:///virtual/plan.cop';
        await client.open(uri, planB);
        const diagnostics = await client.waitForDiagnostics(uri);
        const byCode = Object.fromEntries(diagnostics.map(d => [String(d.code), d]));
        expect(byCode['outcome-without-value']?.range.start).toEqual({ line: 1, character: 8 });
        expect(byCode['outcome-without-value']?.severity).toBe(2);
        expect(byCode['circular-chain']?.message).toContain('Faster → Faster');
        expect(byCode['circular-chain']?.severity).toBe(1);
    });

    test('diagnoses workspace files that are not open, and re-validates dependents when a referenced plan changes', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-lsp-'));
        writeFileSync(join(folder, 'org.cop'), planA);
        const cop = `plan Cop "A community" { purpose "Help" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
shared Sweet "Sweet spot" {
    member Help
    organization Org.RapidProblemSolving
}
`;
        writeFileSync(join(folder, 'cop.cop'), cop);
        client = new LspClient();
        await client.initialize(folder);
        const orgUri = fileUri(join(folder, 'org.cop'));
        const copUri = fileUri(join(folder, 'cop.cop'));
        // Not opened: diagnosed from the workspace scan.
        const orgDiagnostics = await client.waitForDiagnostics(orgUri);
        expect(orgDiagnostics.map(d => d.code)).toContain('value-without-outcome');
        const before = await client.waitForDiagnostics(copUri);
        expect(before.map(d => d.code)).not.toContain('unresolved-reference');

        // Renaming the value in the referenced plan breaks the reference in the dependent one.
        await client.open(orgUri, planA.replace('RapidProblemSolving', 'QuickFixes'));
        const after = await client.waitForDiagnostics(copUri, ds => ds.some(d => d.code === 'unresolved-reference'));
        expect(after.find(d => d.code === 'unresolved-reference')?.range.start.line).toBe(7);
    });
});

describe('checks that look across plans', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a plan is re-checked when another plan starts or stops delivering its values', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-lsp-'));
        writeFileSync(join(folder, 'org.cop'), planA);
        client = new LspClient();
        await client.initialize(folder);
        const orgUri = fileUri(join(folder, 'org.cop'));
        const copUri = fileUri(join(folder, 'cop.cop'));
        const undelivered = (ds: { code?: unknown }[]) => ds.filter(d => d.code === 'value-without-outcome').length;
        await client.waitForDiagnostics(orgUri, ds => undelivered(ds) === 2);

        const delivering = `plan Cop "A community" { purpose "Help" }
outcome Faster "Faster" {
    delivers Org.RapidProblemSolving, Org.StrategicCapacity
}
`;
        await client.open(copUri, delivering);
        await client.waitForDiagnostics(orgUri, ds => undelivered(ds) === 0);

        await client.change(copUri, delivering.replace(', Org.StrategicCapacity', ''));
        const after = await client.waitForDiagnostics(orgUri, ds => undelivered(ds) === 1);
        expect(after.find(d => d.code === 'value-without-outcome')?.message).toContain('StrategicCapacity');
    });
});

describe('multi-root workspaces', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a plan sees the plans of its own workspace folder only', async () => {
        const root = mkdtempSync(join(tmpdir(), 'cop-lsp-'));
        const [first, second] = [join(root, 'first'), join(root, 'second')];
        mkdirSync(first);
        mkdirSync(second);
        writeFileSync(join(first, 'org.cop'), 'plan Org "Org" { purpose "x" }\norganization U "U" {\n    short Local "l"\n    long L "l"\n}\n');
        writeFileSync(join(second, 'org.cop'), 'plan Org "Org" { purpose "x" }\norganization U "U" {\n    short Remote "r"\n    long L "l"\n}\n');
        const plan = 'plan Cop "Cop" { purpose "x" }\noutcome O "O" {\n    delivers Org.Local, Org.Remote\n}\n';
        writeFileSync(join(first, 'cop.cop'), plan);
        client = new LspClient();
        await client.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: null,
            capabilities: {},
            workspaceFolders: [
                { uri: fileUri(first), name: 'first' },
                { uri: fileUri(second), name: 'second' }
            ]
        });
        await client.connection.sendNotification('initialized', {});
        const diagnostics = await client.waitForDiagnostics(fileUri(join(first, 'cop.cop')));
        const unresolved = diagnostics.filter(d => d.code === 'unresolved-reference');
        expect(unresolved.map(d => d.message)).toEqual([expect.stringContaining('Org.Remote')]);
    });
});
