import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { applyEdits, positionOf } from './lsp-helpers.js';

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
`;

const cop = `plan Cop "Community" {
    purpose "Help"
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}

organization Office "Office" {
    short Fast "Fast"
    long Strategic "Strategic"
}

shared Sweet "Sweet spot" {
    member Help
    organization Fast
}

indicator Spent "Hours worked" {
    data "Timesheets"
}
`;

describe('completion and formatting over stdio, two plans in a workspace folder', () => {
    let client: LspClient;
    let copUri: string;

    beforeAll(async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-complete-'));
        writeFileSync(join(folder, 'org.cop'), org);
        writeFileSync(join(folder, 'cop.cop'), cop);
        copUri = fileUri(join(folder, 'cop.cop'));
        client = new LspClient();
        await client.initialize(folder);
        await client.open(copUri, cop);
        await client.waitForDiagnostics(fileUri(join(folder, 'org.cop')));
    });
    afterAll(async () => {
        await client.shutdown();
    });

    async function labelsAfter(text: string, needle: string): Promise<string[]> {
        await client.change(copUri, text);
        const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri: copUri },
            position: positionOf(text, needle, 0, needle.length)
        });
        return (Array.isArray(result) ? result : result.items).map(item => item.label);
    }

    test('`member` offers member values of both plans, not organization values nor Cop.X copies', async () => {
        const labels = await labelsAfter(cop.replace('    member Help\n', '    member Help, \n'), 'member Help, ');
        expect(labels).toEqual(expect.arrayContaining(['Growth', 'Org.Training', 'Org.Careers']));
        // `Help` is already listed; `Cop.Help` would be the same value again.
        for (const wrong of ['Help', 'Cop.Help', 'Cop.Growth', 'Fast', 'Strategic', 'Org.RapidProblemSolving', 'Org.StrategicCapacity', 'Sweet', 'Spent']) {
            expect(labels).not.toContain(wrong);
        }
    });

    test('`organization` offers organization values only', async () => {
        const labels = await labelsAfter(cop.replace('    organization Fast\n', '    organization Fast, \n'), 'organization Fast, ');
        expect(labels).toEqual(expect.arrayContaining(['Strategic', 'Org.RapidProblemSolving', 'Org.StrategicCapacity']));
        for (const wrong of ['Fast', 'Help', 'Growth', 'Org.Training', 'Sweet']) expect(labels).not.toContain(wrong);
    });

    test('Format Document returns the canonical layout, and nothing on a second request', async () => {
        const messy = cop.replace(
            'shared Sweet "Sweet spot" {\n    member Help\n    organization Fast\n}\n',
            'shared   Sweet "Sweet spot" {member Help organization    Fast }\n\n\n'
        );
        await client.change(copUri, messy);
        const edits = await client.request<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri: copUri },
            options: { tabSize: 4, insertSpaces: true }
        });
        const formatted = applyEdits(messy, edits);
        expect(formatted).toBe(cop);
        await client.change(copUri, formatted);
        const again = await client.request<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri: copUri },
            options: { tabSize: 4, insertSpaces: true }
        });
        expect(again).toEqual([]);
    });
});
