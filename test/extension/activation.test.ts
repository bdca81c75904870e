import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';

/**
 * The extension's `activate` against a stand-in for VS Code's API and the language client:
 * what it registers is what the manifest promises (commands, the preview's serializer), and
 * the preview it opens is one VS Code can restore after a reload.
 */
const recorded = vi.hoisted(() => ({
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    serializers: new Map<string, unknown>(),
    panels: [] as Array<{ viewType: string; options: Record<string, unknown> }>,
    clientStarted: 0
}));

vi.mock('vscode', () => {
    const disposable = { dispose: () => undefined };
    const uri = (text: string) => ({ toString: () => text, fsPath: text, path: text, scheme: 'file' });
    const webview = {
        html: '',
        cspSource: 'vscode-webview://x',
        options: {},
        asWebviewUri: (u: unknown) => u,
        postMessage: async () => true,
        onDidReceiveMessage: () => disposable
    };
    return {
        Uri: { parse: uri, file: uri, joinPath: (base: { toString(): string }, ...parts: string[]) => uri([base.toString(), ...parts].join('/')) },
        ViewColumn: { Active: -1, Beside: -2, One: 1 },
        window: {
            createOutputChannel: () => ({ ...disposable, appendLine: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }),
            activeTextEditor: { document: { uri: uri('file:///plan.cop'), languageId: 'cop' } },
            visibleTextEditors: [],
            showInformationMessage: async () => undefined,
            registerWebviewPanelSerializer: (viewType: string, serializer: unknown) => {
                recorded.serializers.set(viewType, serializer);
                return disposable;
            },
            createWebviewPanel: (viewType: string, _title: string, _column: unknown, options: Record<string, unknown>) => {
                recorded.panels.push({ viewType, options });
                return {
                    webview,
                    visible: true,
                    viewColumn: 1,
                    title: '',
                    reveal: () => undefined,
                    dispose: () => undefined,
                    onDidDispose: () => disposable,
                    onDidChangeViewState: () => disposable
                };
            }
        },
        commands: {
            registerCommand: (name: string, run: (...args: unknown[]) => unknown) => {
                recorded.commands.set(name, run);
                return disposable;
            }
        },
        workspace: { workspaceFolders: undefined, getConfiguration: () => ({ get: () => undefined }), onDidChangeConfiguration: () => disposable }
    };
});

// The shared activation (cop-extension.ts) takes the client's base types from the package root.
vi.mock('vscode-languageclient', () => ({ State: { Running: 2 } }));

vi.mock('vscode-languageclient/node', () => ({
    TransportKind: { ipc: 1 },
    State: { Running: 2 },
    LanguageClient: class {
        onNotification() {
            return { dispose: () => undefined };
        }
        onDidChangeState() {
            return { dispose: () => undefined };
        }
        async sendRequest() {
            return null;
        }
        async start() {
            recorded.clientStarted++;
        }
        async stop() {
            /* nothing to stop */
        }
    }
}));

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));

describe('the extension, activated', async () => {
    const { activate } = await import('../../client/extension.js');
    const context = { subscriptions: [] as unknown[], extensionUri: { toString: () => 'file:///ext' }, asAbsolutePath: (p: string) => `/ext/${p}` };
    await activate(context as never);

    test('registers every command the manifest contributes, and starts the language client', () => {
        const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
        expect([...recorded.commands.keys()].sort()).toEqual([...contributed].sort());
        expect(recorded.clientStarted).toBe(1);
    });

    test('restores previews after a reload: a serializer for the view type the manifest activates on', () => {
        const viewTypes = manifest.activationEvents
            .filter((e: string) => e.startsWith('onWebviewPanel:'))
            .map((e: string) => e.slice('onWebviewPanel:'.length));
        expect([...recorded.serializers.keys()]).toEqual(viewTypes);
    });

    test('opens the preview as a panel of that view type, which is not kept alive while hidden', async () => {
        await recorded.commands.get('cop.preview.openToSide')!();
        expect(recorded.panels.map(panel => panel.viewType)).toEqual([...recorded.serializers.keys()]);
        expect(recorded.panels[0].options.retainContextWhenHidden).toBeFalsy();
        expect(recorded.panels[0].options.enableScripts).toBe(true);
    });
});

describe('extension manifest', () => {
    test("the preview button shows on .cop editors, with the commands' titles", () => {
        expect(manifest.contributes.menus['editor/title']).toContainEqual({
            command: 'cop.preview.openToSide',
            when: 'editorLangId == cop',
            group: 'navigation'
        });
        const preview = manifest.contributes.commands.filter((c: { command: string }) => c.command.startsWith('cop.preview.'));
        expect(preview.map((c: { title: string; category: string }) => `${c.category}: ${c.title}`)).toEqual([
            'CoP: Open Value Matrix Preview',
            'CoP: Open Value Matrix Preview to the Side'
        ]);
    });

    test('settings live under cop.*', () => {
        const settings = Object.keys(manifest.contributes.configuration.properties);
        expect(settings).toContain('cop.trace.server');
        expect(settings.every(key => key.startsWith('cop.'))).toBe(true);
    });
});
