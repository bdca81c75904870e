import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, serverPath } from '../../helpers/lsp-client.js';
import { readManifest } from './package-extension.js';
import { repoRoot } from './toolchain.js';

/**
 * What the extension offers today, read from what ships (package.json's contributions) and
 * from what the built server advertises. A step whose feature has not landed yet is skipped
 * with this reason instead of failing; once the feature lands, the step runs.
 */
export interface Features {
    /** Why the `.cop` language (and so everything) is missing, or undefined when present. */
    language?: string;
    /** Why our TextMate grammar is missing. */
    grammar?: string;
    /** Why the preview command is missing. */
    preview?: string;
    /** Why quick fixes are missing. */
    quickFix?: string;
}

export const previewCommandTitle = 'Open Value Matrix Preview to the Side';
/** As the command palette shows it. */
export const previewCommandLabel = `CoP: ${previewCommandTitle}`;

export async function detectFeatures(): Promise<Features> {
    const contributes = readManifest().contributes ?? {};

    const features: Features = {};
    const language = contributes.languages?.find(candidate => candidate.id === 'cop');
    const manifest = readManifest();
    // VS Code derives `onLanguage:cop` only for a language with a configuration file.
    const activates = manifest.activationEvents?.includes('onLanguage:cop') || !!language?.configuration;
    if (!language?.extensions?.includes('.cop')) {
        features.language = 'package.json contributes no `cop` language for .cop files yet (issue 6, feat/preview)';
    } else if (!activates) {
        features.language = 'the extension does not activate on .cop files yet: no `onLanguage:cop` activation event and no language configuration (issue 6, feat/preview)';
    }
    if (!contributes.grammars?.some(grammar => grammar.language === 'cop')) {
        features.grammar = 'package.json contributes no TextMate grammar for `cop` yet (issue 6, feat/preview)';
    }
    if (!contributes.commands?.some(command => command.title.endsWith(previewCommandTitle))) {
        features.preview = `package.json contributes no "${previewCommandTitle}" command yet (issue 6, feat/preview)`;
    }
    features.quickFix = await serverQuickFixes();
    return features;
}

/** Asks the built language server, over stdio, whether it offers code actions. */
async function serverQuickFixes(): Promise<string | undefined> {
    if (!existsSync(serverPath)) return 'out/server.js is not built';
    const client = new LspClient();
    try {
        const result = await client.initialize() as { capabilities?: { codeActionProvider?: unknown } };
        return result.capabilities?.codeActionProvider
            ? undefined
            : 'the language server offers no code actions yet (quick fixes: issue 5, feat/editing)';
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
