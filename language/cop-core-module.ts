import type {
    DefaultSharedCoreModuleContext,
    LangiumCoreServices,
    LangiumSharedCoreServices,
    Module,
    PartialLangiumCoreServices,
    PartialLangiumSharedCoreServices
} from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { CatalogService } from './catalog/catalog-service.js';
import { CatalogSettings } from './catalog/catalog-settings.js';
import { PlanConfig } from './config/plan-config.js';
import { CopGeneratedModule, CopGeneratedSharedModule } from './generated/module.js';
import { DecisionsService } from './decisions/decisions-service.js';
import { AsOfDate } from './impact/as-of-date.js';
import { ImpactService } from './impact/impact-service.js';
import { SourceColumns } from './measure/source-columns.js';
import { CopLexer } from './parser/cop-lexer.js';
import { createCopCompletionParser, createCopParser } from './parser/cop-parser.js';
import { CopTokenBuilder } from './parser/cop-token-builder.js';
import { CopValueConverter } from './parser/cop-value-converter.js';
import { CopAstNodeDescriptionProvider } from './scoping/cop-description-provider.js';
import { CopLinker } from './scoping/cop-linker.js';
import { CopReferenceDescriptionProvider } from './workspace/cop-reference-descriptions.js';
import { CopScopeComputation } from './scoping/cop-scope-computation.js';
import { CopScopeProvider } from './scoping/cop-scope-provider.js';
import { CopDocumentValidator } from './validation/cop-document-validator.js';
import { CopValidationRegistry } from './validation/internal-failure.js';
import { registerValidationChecks } from './validation/cop-validator.js';
import { CopDocumentBuilder } from './workspace/cop-document-builder.js';
import { CopDocumentFactory } from './workspace/cop-document-factory.js';
import { CopIndexManager } from './workspace/cop-index-manager.js';
import { CopWorkspaceManager } from './workspace/cop-workspace-manager.js';
import { PlanResources } from './workspace/plan-resources.js';
import { PlanUsageService } from './workspace/plan-usage-service.js';

/**
 * The .cop language without an editor: parsing, linking, validation, catalogs and the impact
 * layer. `cop` runs on these services alone, so it never loads the language server's
 * protocol libraries (15 ms of every run); the language server adds the editor features of
 * `cop-module.ts` on top.
 */

/** Services the .cop language adds to Langium's. */
export interface CopAddedServices {
    workspace: {
        PlanUsage: PlanUsageService;
        PlanResources: PlanResources;
    };
    impact: {
        AsOfDate: AsOfDate;
        Impact: ImpactService;
        /** Part 6: decisions, reviews, North Star, ROI and scorecard. */
        Decisions: DecisionsService;
    };
    catalog: {
        Catalogs: CatalogService;
        Settings: CatalogSettings;
    };
    config: {
        /** The `cop.config.json` that applies to each plan. */
        PlanConfig: PlanConfig;
    };
    measure: {
        /** The columns of a source's first file, for completion (Part 5). */
        SourceColumns: SourceColumns;
    };
    validation: {
        /** Langium's registry, which the validator asks for each element type's checks once. */
        ValidationRegistry: CopValidationRegistry;
    };
}

/** The shared services, with the index manager the document builder asks for plans referred to. */
export interface CopSharedAddedServices {
    workspace: {
        IndexManager: CopIndexManager;
        DocumentBuilder: CopDocumentBuilder;
    };
}

export type CopSharedCoreServices = LangiumSharedCoreServices & CopSharedAddedServices;
export type CopCoreServices = LangiumCoreServices & CopAddedServices & { shared: CopSharedCoreServices };

export const CopCoreModule: Module<CopCoreServices, PartialLangiumCoreServices & CopAddedServices> = {
    parser: {
        Lexer: services => new CopLexer(services),
        TokenBuilder: () => new CopTokenBuilder(),
        ValueConverter: () => new CopValueConverter(),
        LangiumParser: services => createCopParser(services),
        CompletionParser: services => createCopCompletionParser(services)
    },
    references: {
        ScopeComputation: services => new CopScopeComputation(services),
        ScopeProvider: services => new CopScopeProvider(services),
        Linker: services => new CopLinker(services)
    },
    validation: {
        DocumentValidator: services => new CopDocumentValidator(services),
        ValidationRegistry: services => new CopValidationRegistry(services)
    },
    workspace: {
        AstNodeDescriptionProvider: services => new CopAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new CopReferenceDescriptionProvider(services),
        PlanUsage: services => new PlanUsageService(services),
        PlanResources: services => new PlanResources(services.shared)
    },
    catalog: {
        Catalogs: services => new CatalogService(services),
        Settings: services => new CatalogSettings(services.shared, services.workspace.PlanResources)
    },
    config: {
        PlanConfig: services => new PlanConfig(services)
    },
    impact: {
        AsOfDate: () => new AsOfDate(),
        Impact: services => new ImpactService(services),
        Decisions: services => new DecisionsService(services)
    },
    measure: {
        SourceColumns: services => new SourceColumns(services)
    }
};

export const CopCoreSharedModule: Module<CopSharedCoreServices, PartialLangiumSharedCoreServices & CopSharedAddedServices> = {
    workspace: {
        IndexManager: services => new CopIndexManager(services),
        LangiumDocumentFactory: services => new CopDocumentFactory(services),
        WorkspaceManager: services => new CopWorkspaceManager(services),
        DocumentBuilder: services => new CopDocumentBuilder(services)
    }
};

/**
 * The language's services without a language server (the CLI; a browser worker could use
 * them too). `context` supplies the file system: Node's in the CLI, `EmptyFileSystem` in
 * tests. The workspace is configured by the caller.
 */
export function createCopCoreServices(context: DefaultSharedCoreModuleContext): { shared: CopSharedCoreServices; Cop: CopCoreServices } {
    const shared: CopSharedCoreServices = inject(createDefaultSharedCoreModule(context), CopGeneratedSharedModule, CopCoreSharedModule);
    const Cop: CopCoreServices = inject(createDefaultCoreModule({ shared }), CopGeneratedModule, CopCoreModule);
    registerCop(shared, Cop);
    void shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Cop };
}

/** What both ways of creating the services do once they exist. */
export function registerCop(shared: CopSharedCoreServices, Cop: CopCoreServices): void {
    shared.ServiceRegistry.register(Cop);
    registerValidationChecks(Cop);
}
