import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../language/catalog/settings-keys.js';

/**
 * What the language client sends the server: plans (saved and untitled) and the `cop.*`
 * settings. Syncing the section makes the client send `workspace/didChangeConfiguration`
 * with `{ cop: {...} }` whenever a `cop.*` setting changes; the server also pulls it with
 * `workspace/configuration` at start (Langium's ConfigurationProvider). Kept apart from
 * extension.ts so it is testable without VS Code.
 */
export function copClientOptions(outputChannel?: LanguageClientOptions['outputChannel']): LanguageClientOptions {
    return {
        documentSelector: [{ scheme: 'file', language: 'cop' }, { scheme: 'untitled', language: 'cop' }],
        outputChannel,
        synchronize: { configurationSection: SETTINGS_SECTION }
    };
}
