import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { SETTINGS_SECTION } from '../language/catalog/settings-keys.js';

const desktopPlans: DocumentSelector = [
    { scheme: 'file', language: 'cop' },
    { scheme: 'untitled', language: 'cop' }
];

/** In the browser plans live in virtual file systems (github.dev's `vscode-vfs`, …): any scheme. */
export const webPlans: DocumentSelector = [{ language: 'cop' }];

/**
 * What the language client sends the server: plans (saved and untitled) and the `cop.*`
 * settings. Syncing the section makes the client send `workspace/didChangeConfiguration`
 * with `{ cop: {...} }` whenever a `cop.*` setting changes; the server also pulls it with
 * `workspace/configuration` at start (Langium's ConfigurationProvider). Kept apart from
 * extension.ts so it is testable without VS Code.
 */
export function copClientOptions(
    outputChannel?: LanguageClientOptions['outputChannel'],
    documentSelector: DocumentSelector = desktopPlans
): LanguageClientOptions {
    return {
        documentSelector,
        outputChannel,
        synchronize: { configurationSection: SETTINGS_SECTION }
    };
}
