import type { AstNodeDescription, AstReflection, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { ExportedNames } from '../workspace/exported-names.js';
import { workspaceFolderOf } from '../workspace/workspace-folders.js';
import { PlanSymbols } from './plan-symbols.js';

/**
 * Resolves a reference by name in the plan's own symbol table (one map lookup), then among
 * the `Plan.Element` names other plans export. Stock Langium filters every symbol of the
 * file for every reference, which made linking quadratic in the size of a plan.
 */
export class CopScopeProvider extends DefaultScopeProvider {
    private readonly workspaceManager;
    private readonly exported: ExportedNames;

    constructor(services: CopCoreServices) {
        super(services);
        this.workspaceManager = services.shared.workspace.WorkspaceManager;
        this.exported = services.shared.workspace.IndexManager.exported;
    }

    /**
     * The elements other plans export, looked up by name in the index (exported-names.ts)
     * instead of a scope of every one of them built again after each change. Plans see the
     * plans of their own workspace folder only: in a multi-root workspace two folders may well
     * both have a plan called `Org`.
     */
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const folder = workspaceFolderOf(this.workspaceManager, AstUtils.getDocument(context.container).uri.toString());
        return new ExportedScope(this.exported, referenceType, folder, this.reflection, () => this.indexManager.allElements(referenceType));
    }

    override getScope(context: ReferenceInfo): Scope {
        // Error recovery on broken text can leave a reference where the grammar has none, or
        // in a node cut off from its document: such a reference resolves to nothing (an
        // unresolved-reference diagnostic) instead of an exception in the server's log.
        const referenceType = this.referenceTypeOf(context);
        const document = AstUtils.findRootNode(context.container).$document;
        if (!referenceType || !document) return EMPTY_SCOPE;
        const symbols = document.localSymbols;
        if (!(symbols instanceof PlanSymbols)) return this.getGlobalScope(referenceType, context) ?? EMPTY_SCOPE;
        // The scope of other plans' names (which works out the plan's workspace folder) is
        // made only when a name is not the plan's own: in a plan alone, most often never.
        const global = new LazyScope(() => this.getGlobalScope(referenceType, context));
        return new PlanScope(symbols, referenceType, this.reflection, global, document.uri.toString());
    }

    private referenceTypeOf(context: ReferenceInfo): string | undefined {
        try {
            return this.reflection.getReferenceType(context);
        } catch {
            return undefined;
        }
    }
}

/** The elements of `referenceType` exported by the plans of `folder` ('' for every folder). */
class ExportedScope implements Scope {
    constructor(
        private readonly exported: ExportedNames,
        private readonly referenceType: string,
        private readonly folder: string,
        private readonly reflection: AstReflection,
        private readonly all: () => Stream<AstNodeDescription>
    ) {}

    private fits = (description: AstNodeDescription): boolean =>
        this.reflection.isSubtype(description.type, this.referenceType) && (this.folder === '' || description.documentUri.toString().startsWith(this.folder));

    getElement(name: string): AstNodeDescription | undefined {
        return this.exported.named(name).find(this.fits);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.exported.named(name).filter(this.fits));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.folder === '' ? this.all() : this.all().filter(description => description.documentUri.toString().startsWith(this.folder));
    }
}

class PlanScope implements Scope {
    constructor(
        private readonly symbols: PlanSymbols,
        private readonly referenceType: string,
        private readonly reflection: AstReflection,
        private readonly outer: Scope,
        private readonly documentUri: string
    ) {}

    private fits = (description: AstNodeDescription): boolean => this.reflection.isSubtype(description.type, this.referenceType);

    getElement(name: string): AstNodeDescription | undefined {
        return this.symbols.named(name).find(this.fits) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.symbols.named(name).filter(this.fits)).concat(this.outer.getElements(name));
    }

    /**
     * What completion offers: the plan's own elements by their bare name, then other plans'
     * by `Plan.Element` (this plan's own exports would only repeat its elements).
     */
    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.symbols.descriptions.filter(this.fits)).concat(
            this.outer.getAllElements().filter(description => description.documentUri.toString() !== this.documentUri)
        );
    }
}

/** A scope made when it is first asked. */
class LazyScope implements Scope {
    private scope: Scope | undefined;

    constructor(private readonly make: () => Scope) {}

    private get made(): Scope {
        this.scope ??= this.make();
        return this.scope;
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.made.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.made.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.made.getAllElements();
    }
}
