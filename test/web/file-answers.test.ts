import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { WorkspaceFiles } from '../../client/web/workspace-files.js';
import { blockKinds, constants, lineKeywords } from '../../playground/monarch.js';
import { VirtualFiles } from '../../playground/virtual-files.js';

/** vscode.workspace.fs as a fake: one folder with one file; errors as VS Code raises them. */
const fake = new WorkspaceFiles({
    stat: async uri => {
        if (uri === 'vscode-vfs://h/repo/cop.config.json') return { type: 1 };
        if (uri === 'vscode-vfs://h/repo') return { type: 2 };
        throw Object.assign(new Error('EntryNotFound (FileSystemError)'), { code: 'FileNotFound' });
    },
    readFile: async uri => {
        if (uri === 'vscode-vfs://h/repo/cop.config.json') return new TextEncoder().encode('{ "catalogs": [] }');
        if (uri === 'vscode-vfs://h/repo/locked.json')
            throw Object.assign(new Error('NoPermissions (FileSystemError): locked\nmore'), { code: 'NoPermissions' });
        throw Object.assign(new Error('EntryNotFound (FileSystemError)'), { code: 'FileNotFound' });
    },
    readDirectory: async () => [
        ['cop.config.json', 1],
        ['plans', 2],
        ['my plan.cop', 1]
    ]
});

describe('the web extension answers the server from vscode.workspace.fs', () => {
    test('a file, a missing file, and one that cannot be read', async () => {
        expect(await fake.readFile({ uri: 'vscode-vfs://h/repo/cop.config.json' })).toEqual({ text: '{ "catalogs": [] }' });
        expect(await fake.readFile({ uri: 'vscode-vfs://h/repo/nope.json' })).toEqual({ missing: true });
        expect(await fake.readFile({ uri: 'vscode-vfs://h/repo/locked.json' })).toEqual({ error: 'NoPermissions (FileSystemError): locked' });
    });

    test('stat and folder listings, names encoded into URIs', async () => {
        expect(await fake.stat({ uri: 'vscode-vfs://h/repo' })).toEqual({ uri: 'vscode-vfs://h/repo', isFile: false, isDirectory: true });
        expect(await fake.stat({ uri: 'vscode-vfs://h/repo/nope' })).toBeNull();
        expect(await fake.readDirectory({ uri: 'vscode-vfs://h/repo' })).toEqual([
            { uri: 'vscode-vfs://h/repo/cop.config.json', isFile: true, isDirectory: false },
            { uri: 'vscode-vfs://h/repo/plans', isFile: false, isDirectory: true },
            { uri: 'vscode-vfs://h/repo/my%20plan.cop', isFile: true, isDirectory: false }
        ]);
    });
});

describe('the playground answers the server from the bundled examples', () => {
    const files = new VirtualFiles({ 'a.cop': 'plan A', 'support/actuals.csv': 'date,x', 'support/s.cop': 'plan S' });
    test('files, folders and what is not there', () => {
        expect(files.readFile({ uri: 'file:///playground/support/actuals.csv' })).toEqual({ text: 'date,x' });
        expect(files.readFile({ uri: 'file:///playground/support' })).toEqual({ error: 'it is a folder, not a file' });
        expect(files.readFile({ uri: 'file:///playground/cop.config.json' })).toEqual({ missing: true });
        expect(files.stat({ uri: 'file:///playground/support' })).toMatchObject({ isDirectory: true });
        expect(files.stat({ uri: 'file:///etc/passwd' })).toBeNull();
        expect(files.readDirectory({ uri: 'file:///playground' })).toEqual([
            { uri: 'file:///playground/a.cop', isFile: true, isDirectory: false },
            { uri: 'file:///playground/support', isFile: false, isDirectory: true }
        ]);
    });
});

describe('the Monarch port of the TextMate grammar', () => {
    test('knows every word the TextMate grammar colours as a keyword or constant', () => {
        const grammar = readFileSync(resolve(import.meta.dirname, '../../syntaxes/cop.tmLanguage.json'), 'utf8');
        const { repository } = JSON.parse(grammar) as { repository: { keywords: { patterns: Array<{ match: string }> } } };
        const words = repository.keywords.patterns.flatMap(pattern => /\\b\(?([\w|]+)\)?\\b/.exec(pattern.match)?.[1]?.split('|') ?? []);
        expect(words.length).toBeGreaterThan(40);
        const monarch = new Set([...blockKinds, ...lineKeywords, ...constants]);
        expect(words.filter(word => !monarch.has(word))).toEqual([]);
    });
});
