import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
// The desktop (extension.ts) and the web extension (web-extension.ts) share their activation.
const extension = readFileSync(resolve(root, 'client/cop-extension.ts'), 'utf8');
const entries = ['client/extension.ts', 'client/web-extension.ts'].map(file => readFileSync(resolve(root, file), 'utf8'));

describe('extension manifest', () => {
    test('every contributed command is registered by the extension, and the preview button shows on .cop editors', () => {
        const preview = manifest.contributes.commands.filter((c: { command: string }) => c.command.startsWith('cop.preview.'));
        expect(preview.map((c: { command: string }) => c.command)).toEqual(['cop.preview.open', 'cop.preview.openToSide']);
        for (const { command } of preview) expect(extension).toContain(`registerCommand('${command}'`);
        expect(manifest.contributes.menus['editor/title']).toContainEqual({ command: 'cop.preview.openToSide', when: 'editorLangId == cop', group: 'navigation' });
        expect(preview.map((c: { title: string; category: string }) => `${c.category}: ${c.title}`))
            .toEqual(['CoP: Open Value Matrix Preview', 'CoP: Open Value Matrix Preview to the Side']);
    });

    test('the preview is restorable after a reload: activation on its webview type, and a serializer for it', () => {
        expect(manifest.activationEvents).toContain('onWebviewPanel:cop.preview');
        expect(extension).toContain('registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE');
        expect(readFileSync(resolve(root, 'client/preview/vscode-host.ts'), 'utf8')).toContain("PREVIEW_VIEW_TYPE = 'cop.preview'");
        expect(extension).not.toContain('retainContextWhenHidden');
    });

    test('the desktop and the web extension both activate the shared part', () => {
        expect(manifest.main).toBe('./out/extension.js');
        expect(manifest.browser).toBe('./out/web/extension.js');
        for (const entry of entries) expect(entry).toMatch(/activateCop\(context, output, /);
    });

    test('settings live under cop.*', () => {
        const settings = Object.keys(manifest.contributes.configuration.properties);
        expect(settings).toContain('cop.trace.server');
        expect(settings.every(key => key.startsWith('cop.'))).toBe(true);
    });
});
