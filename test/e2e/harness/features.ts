import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, serverPath } from '../../helpers/lsp-client.js';
import { readManifest } from './package-extension.js';
import { repoRoot } from './toolchain.js';

export const previewCommandTitle = 'Open Value Matrix Preview to the Side';
/** As the command palette shows it. */
export const previewCommandLabel = `CoP: ${previewCommandTitle}`;

/**
 * What the steps rely on that the package or the server does not offer, in plain words:
 * read from what ships (package.json's contributions) and from what the built server
 * advertises. Empty when all is there.
 */
export async function missingFeatures(): Promise<string[]> {
    const manifest = readManifest();
    const contributes = manifest.contributes ?? {};
    const missing: string[] = [];
    const language = contributes.languages?.find(candidate => candidate.id === 'cop');
    if (!language?.extensions?.includes('.cop')) missing.push('package.json contributes no `cop` language for .cop files');
    // VS Code derives `onLanguage:cop` only for a language with a configuration file.
    if (!manifest.activationEvents?.includes('onLanguage:cop') && !language?.configuration) {
        missing.push('the extension does not activate on .cop files: no `onLanguage:cop` activation event and no language configuration');
    }
    if (!contributes.grammars?.some(grammar => grammar.language === 'cop')) missing.push('package.json contributes no TextMate grammar for `cop`');
    if (!contributes.commands?.some(command => command.title === previewCommandTitle && command.category === 'CoP')) {
        missing.push(`package.json contributes no "${previewCommandLabel}" command`);
    }
    const quickFixes = await serverQuickFixes();
    if (quickFixes) missing.push(quickFixes);
    return missing;
}

/** Asks the built language server, over stdio, whether it offers code actions. */
async function serverQuickFixes(): Promise<string | undefined> {
    if (!existsSync(serverPath)) return 'out/server.js is not built';
    const client = new LspClient();
    try {
        const result = (await client.initialize()) as { capabilities?: { codeActionProvider?: unknown } };
        return result.capabilities?.codeActionProvider ? undefined : 'the language server offers no code actions (quick fixes)';
    } finally {
        await client.shutdown();
    }
}

/** The contributed language's display name, as the status bar shows it. */
export function languageDisplayName(): string {
    const language = readManifest().contributes?.languages?.find(candidate => candidate.id === 'cop');
    return language?.aliases?.[0] ?? 'cop';
}

/** The root scope of our TextMate grammar (`source.cop`). */
export function rootScope(): string | undefined {
    return readManifest().contributes?.grammars?.find(candidate => candidate.language === 'cop')?.scopeName;
}

/**
 * Every scope name our TextMate grammar gives tokens (`keyword.control.cop`, …). A theme
 * rule for the exact scope outranks the theme's generic `keyword` rule, so a token painted in
 * that rule's colour was scoped by our grammar.
 */
export function grammarScopes(): string[] {
    const grammar = readManifest().contributes?.grammars?.find(candidate => candidate.language === 'cop');
    if (!grammar) return [];
    const scopes = new Set<string>();
    const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
                if ((key === 'name' || key === 'contentName') && typeof value === 'string') value.split(/\s+/).forEach(scope => scopes.add(scope));
                else visit(value);
            }
        }
    };
    visit(JSON.parse(readFileSync(join(repoRoot, grammar.path), 'utf8')));
    return [...scopes].filter(scope => scope.endsWith('.cop'));
}
