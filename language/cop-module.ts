import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { CatalogService } from './catalog/catalog-service.js';
import { CatalogSettings } from './catalog/catalog-settings.js';
import { CopCompletionProvider } from './lsp/completion/cop-completion-provider.js';
import { CopHoverProvider } from './lsp/hover/cop-hover-provider.js';
import { CopFormatter } from './lsp/formatting/cop-formatter.js';
import { CopRenameProvider } from './lsp/rename/cop-rename-provider.js';
import { CopCodeActionProvider } from './lsp/code-actions/cop-code-action-provider.js';
import { CopDocumentSymbolProvider } from './lsp/outline/cop-document-symbol-provider.js';
import { CopFoldingRangeProvider } from './lsp/outline/cop-folding-range-provider.js';
import { CopNodeKindProvider } from './lsp/outline/cop-node-kind-provider.js';
import { CopSemanticTokenProvider } from './lsp/highlighting/cop-semantic-token-provider.js';
import { CopDocumentUpdateHandler } from './lsp/cop-document-update-handler.js';
import { CopLexer } from './parser/cop-lexer.js';
import { createCopCompletionParser, createCopParser } from './parser/cop-parser.js';
import { CopGeneratedModule, CopGeneratedSharedModule } from './generated/module.js';
import { CopScopeComputation } from './scoping/cop-scope-computation.js';
import { CopScopeProvider } from './scoping/cop-scope-provider.js';
import { CopLinker } from './scoping/cop-linker.js';
import { CopDocumentValidator } from './validation/cop-document-validator.js';
import { registerValidationChecks } from './validation/cop-validator.js';
import { CopIndexManager } from './workspace/cop-index-manager.js';
import { CopDocumentBuilder } from './workspace/cop-document-builder.js';
import { CopWorkspaceManager } from './workspace/cop-workspace-manager.js';
import { PlanUsageService } from './workspace/plan-usage-service.js';
import { PlanResources } from './workspace/plan-resources.js';
import { AsOfDate } from './impact/as-of-date.js';
import { ImpactService } from './impact/impact-service.js';
import { CopInlayHintProvider } from './lsp/cop-inlay-hint-provider.js';

/** Services the .cop language adds to Langium's. */
export interface CopAddedServices {
    workspace: {
        PlanUsage: PlanUsageService;
        PlanResources: PlanResources;
    };
    impact: {
        AsOfDate: AsOfDate;
        Impact: ImpactService;
    };
    catalog: {
        Catalogs: CatalogService;
        Settings: CatalogSettings;
    };
}

export type CopServices = LangiumServices & CopAddedServices;

export const CopModule: Module<CopServices, PartialLangiumServices & CopAddedServices> = {
    parser: {
        Lexer: (services) => new CopLexer(services),
        LangiumParser: (services) => createCopParser(services),
        CompletionParser: (services) => createCopCompletionParser(services)
    },
    references: {
        ScopeComputation: (services) => new CopScopeComputation(services),
        ScopeProvider: (services) => new CopScopeProvider(services),
        Linker: (services) => new CopLinker(services)
    },
    lsp: {
        CompletionProvider: (services) => new CopCompletionProvider(services),
        HoverProvider: (services) => new CopHoverProvider(services),
        Formatter: () => new CopFormatter(),
        RenameProvider: (services) => new CopRenameProvider(services),
        CodeActionProvider: (services) => new CopCodeActionProvider(services as CopServices),
        DocumentSymbolProvider: (services) => new CopDocumentSymbolProvider(services as CopServices),
        FoldingRangeProvider: () => new CopFoldingRangeProvider(),
        SemanticTokenProvider: (services) => new CopSemanticTokenProvider(services),
        InlayHintProvider: (services) => new CopInlayHintProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new CopDocumentValidator(services)
    },
    workspace: {
        PlanUsage: (services) => new PlanUsageService(services),
        PlanResources: (services) => new PlanResources(services.shared)
    },
    catalog: {
        Catalogs: (services) => new CatalogService(services),
        Settings: (services) => new CatalogSettings(services.shared, services.workspace.PlanResources)
    },
    impact: {
        AsOfDate: () => new AsOfDate(),
        Impact: (services) => new ImpactService(services)
    }
};

export const CopSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        IndexManager: (services: LangiumSharedServices) => new CopIndexManager(services),
        WorkspaceManager: (services: LangiumSharedServices) => new CopWorkspaceManager(services),
        DocumentBuilder: (services: LangiumSharedServices) => new CopDocumentBuilder(services)
    },
    lsp: {
        DocumentUpdateHandler: (services: LangiumSharedServices) => new CopDocumentUpdateHandler(services),
        NodeKindProvider: () => new CopNodeKindProvider()
    }
};

/**
 * Creates the shared services and the .cop language services. `context` supplies the
 * connection (language server) and the file system: Node's in the CLI and server,
 * `EmptyFileSystem` in tests and browsers.
 */
export function createCopServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Cop: CopServices } {
    const shared = inject(createDefaultSharedModule(context), CopGeneratedSharedModule, CopSharedModule);
    const Cop = inject(createDefaultModule({ shared }), CopGeneratedModule, CopModule);
    shared.ServiceRegistry.register(Cop);
    registerValidationChecks(Cop);
    if (!context.connection) {
        // No language server: the workspace is configured by the caller (CLI, tests).
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Cop };
}
