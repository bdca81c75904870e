import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentHighlight, Location, LocationLink, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { applyEdits, positionOf, textAt } from './lsp-helpers.js';

const org = `plan Org "Organization" {
    purpose "Build capacity"
}

organization Unit "Analytics unit" {
    short RapidProblemSolving "Rapid problem solving"
    long StrategicCapacity "Strategic capacity"
}

members Staff "Staff" {
    short Training "Training"
    long Careers "Careers"
}

shared Internal "Internal" {
    member Training, Careers
    organization StrategicCapacity
}

outcome Capacity "Capacity" {
    delivers StrategicCapacity, Org.RapidProblemSolving, Internal
}
`;

const cop = `plan Cop "Community" {
    purpose "Help"
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}

shared Sweet "Sweet spot" {
    member Help, Growth
    organization Org.StrategicCapacity
}

outcome Faster "Faster answers" {
    delivers Sweet, Org.StrategicCapacity
}
`;

describe('navigation and rename across files, over stdio', () => {
    let client: LspClient;
    let orgUri: string;
    let copUri: string;
    const texts = new Map<string, string>();

    beforeEach(async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-nav-'));
        writeFileSync(join(folder, 'org.cop'), org);
        writeFileSync(join(folder, 'cop.cop'), cop);
        orgUri = fileUri(join(folder, 'org.cop'));
        copUri = fileUri(join(folder, 'cop.cop'));
        texts.set(orgUri, org).set(copUri, cop);
        client = new LspClient();
        await client.initialize(folder);
        await client.open(orgUri, org);
        await client.open(copUri, cop);
        const errors = await client.waitForDiagnostics(copUri);
        expect(errors.filter(d => d.severity === 1)).toEqual([]);
    });
    afterEach(async () => {
        await client.shutdown();
    });

    const at = (uri: string, needle: string, occurrence = 0, delta = 1) => ({
        textDocument: { uri },
        position: positionOf(texts.get(uri)!, needle, occurrence, delta)
    });

    test('go to definition jumps from a qualified reference to the value in the other file', async () => {
        const links = await client.request<LocationLink[]>('textDocument/definition', at(copUri, 'Org.StrategicCapacity', 0, 6));
        expect(links.map(link => [link.targetUri, textAt(org, link.targetSelectionRange)])).toEqual([[orgUri, 'StrategicCapacity']]);
        expect(textAt(org, links[0].targetRange)).toBe('long StrategicCapacity "Strategic capacity"');
    });

    test('find references lists uses in both files; document highlight marks the uses in one file', async () => {
        const references = await client.request<Location[]>('textDocument/references', {
            ...at(orgUri, 'long StrategicCapacity', 0, 6),
            context: { includeDeclaration: false }
        });
        const byFile = references.map(l => `${l.uri === orgUri ? 'org' : 'cop'}:${textAt(texts.get(l.uri)!, l.range)}`).sort();
        expect(byFile).toEqual(['cop:Org.StrategicCapacity', 'cop:Org.StrategicCapacity', 'org:StrategicCapacity', 'org:StrategicCapacity']);
        const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at(copUri, 'member Help', 0, 8));
        expect(highlights.map(h => textAt(cop, h.range))).toEqual(['Help', 'Help']);
    });

    test("prepareRename gives the element's name, or the plan's on a qualifier", async () => {
        const onValue = await client.request<Range>('textDocument/prepareRename', at(copUri, 'Org.StrategicCapacity', 0, 6));
        expect(textAt(cop, onValue)).toBe('StrategicCapacity');
        const onQualifier = await client.request<Range>('textDocument/prepareRename', at(copUri, 'Org.StrategicCapacity', 0, 1));
        expect(textAt(cop, onQualifier)).toBe('Org');
        const onKeyword = await client.request<Range | null>('textDocument/prepareRename', at(copUri, 'delivers', 0, 2));
        expect(onKeyword).toBeNull();
    });

    async function applyAndRecheck(edit: WorkspaceEdit): Promise<void> {
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
            texts.set(uri, applyEdits(texts.get(uri)!, edits));
            await client.change(uri, texts.get(uri)!);
        }
        // The server re-checks both plans; wait until it has seen both changes (no error left).
        for (const uri of [orgUri, copUri]) {
            await client.waitForDiagnostics(uri, diagnostics => diagnostics.every(d => d.severity !== 1));
        }
    }

    test('renaming a value keeps the qualifier of references in other plans', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(orgUri, 'long StrategicCapacity', 0, 6), newName: 'LongTermCapacity' });
        await applyAndRecheck(edit);
        expect(texts.get(copUri)).toContain('organization Org.LongTermCapacity');
        expect(texts.get(copUri)).toContain('delivers Sweet, Org.LongTermCapacity');
        expect(texts.get(orgUri)).toContain('long LongTermCapacity "Strategic capacity"');
        expect(texts.get(orgUri)).toContain('delivers LongTermCapacity, Org.RapidProblemSolving');
        expect(texts.get(orgUri)).not.toContain('StrategicCapacity');
    });

    test('renaming a plan (from a qualifier) updates every qualifier and the header', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(copUri, 'Org.StrategicCapacity', 0, 1), newName: 'Company' });
        await applyAndRecheck(edit);
        expect(texts.get(orgUri)).toContain('plan Company "Organization"');
        expect(texts.get(orgUri)).toContain('Company.RapidProblemSolving');
        expect(texts.get(copUri)).toContain('organization Company.StrategicCapacity');
        expect(texts.get(copUri)).not.toContain('Org.');
    });

    test('an invalid or taken name is refused with a clear message', async () => {
        await expect(client.request('textDocument/rename', { ...at(copUri, 'short Help', 0, 7), newName: 'Two words' })).rejects.toThrow(/not a valid name/);
        await expect(client.request('textDocument/rename', { ...at(copUri, 'short Help', 0, 7), newName: 'Growth' })).rejects.toThrow(
            /already has an element called `Growth`/
        );
    });
});
