import type { Module } from 'langium';
import { inject } from 'langium';
import type {
    DefaultSharedModuleContext,
    LangiumServices,
    LangiumSharedServices,
    PartialLangiumLSPServices,
    PartialLangiumSharedLSPServices
} from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { CopAddedServices, CopSharedAddedServices } from './cop-core-module.js';
import { CopCoreModule, CopCoreSharedModule, registerCop } from './cop-core-module.js';
import { CopGeneratedModule, CopGeneratedSharedModule } from './generated/module.js';
import { CopCodeActionProvider } from './lsp/code-actions/cop-code-action-provider.js';
import { CopCompletionProvider } from './lsp/completion/cop-completion-provider.js';
import { CopDocumentUpdateHandler } from './lsp/cop-document-update-handler.js';
import { CopInlayHintProvider } from './lsp/cop-inlay-hint-provider.js';
import { CopFormatter } from './lsp/formatting/cop-formatter.js';
import { CopSemanticTokenProvider } from './lsp/highlighting/cop-semantic-token-provider.js';
import { CopHoverProvider } from './lsp/hover/cop-hover-provider.js';
import { CopDocumentSymbolProvider } from './lsp/outline/cop-document-symbol-provider.js';
import { CopFoldingRangeProvider } from './lsp/outline/cop-folding-range-provider.js';
import { CopNodeKindProvider } from './lsp/outline/cop-node-kind-provider.js';
import { CopRenameProvider } from './lsp/rename/cop-rename-provider.js';
import { CopLanguageServer } from './lsp/protocol/cop-language-server.js';
import type { SelectionRangeProvider } from './lsp/selection/cop-selection-range-provider.js';
import { CopSelectionRangeProvider } from './lsp/selection/cop-selection-range-provider.js';
import { CopWorkspaceSymbolProvider } from './lsp/symbols/cop-workspace-symbol-provider.js';

/**
 * The .cop language with its editor features, as the language server runs it: the core
 * services of `cop-core-module.ts` plus completion, hover, formatting, rename, outline,
 * quick fixes, semantic tokens and inlay hints.
 */
export type { CopAddedServices, CopCoreServices } from './cop-core-module.js';

/** Editor services Langium has no slot for. */
export interface CopLspAddedServices {
    lsp: {
        SelectionRangeProvider: SelectionRangeProvider;
    };
}

export type CopSharedServices = LangiumSharedServices & CopSharedAddedServices;
export type CopServices = LangiumServices & CopAddedServices & CopLspAddedServices & { shared: CopSharedServices };

/**
 * The editor features alone; `createCopServices` injects them after the core module, as
 * Langium's `createDefaultModule` puts its LSP module after its core module. A module
 * typed for fewer services (the core's) fits a container of more without a cast.
 */
export const CopModule: Module<CopServices, PartialLangiumLSPServices & CopLspAddedServices> = {
    lsp: {
        CompletionProvider: services => new CopCompletionProvider(services),
        HoverProvider: services => new CopHoverProvider(services),
        Formatter: () => new CopFormatter(),
        RenameProvider: services => new CopRenameProvider(services),
        CodeActionProvider: services => new CopCodeActionProvider(services),
        DocumentSymbolProvider: services => new CopDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new CopFoldingRangeProvider(),
        SemanticTokenProvider: services => new CopSemanticTokenProvider(services),
        InlayHintProvider: services => new CopInlayHintProvider(services),
        SelectionRangeProvider: () => new CopSelectionRangeProvider()
    }
};

export const CopSharedModule: Module<CopSharedServices, PartialLangiumSharedLSPServices> = {
    lsp: {
        DocumentUpdateHandler: services => new CopDocumentUpdateHandler(services),
        NodeKindProvider: () => new CopNodeKindProvider(),
        LanguageServer: (services: LangiumSharedServices) => new CopLanguageServer(services),
        WorkspaceSymbolProvider: (services: LangiumSharedServices) => new CopWorkspaceSymbolProvider(services)
    }
};

/**
 * Creates the shared services and the .cop language services with the editor features.
 * `context` supplies the connection (language server) and the file system: Node's in the
 * server, `EmptyFileSystem` in tests and browsers.
 */
export function createCopServices(context: DefaultSharedModuleContext): { shared: CopSharedServices; Cop: CopServices } {
    const shared: CopSharedServices = inject(createDefaultSharedModule(context), CopGeneratedSharedModule, CopCoreSharedModule, CopSharedModule);
    const Cop: CopServices = inject(createDefaultModule({ shared }), CopGeneratedModule, CopCoreModule, CopModule);
    registerCop(shared, Cop);
    if (!context.connection) {
        // No language server: the workspace is configured by the caller (tests).
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Cop };
}
