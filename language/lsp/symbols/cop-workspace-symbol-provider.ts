import type { AstNodeDescription } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';

/**
 * Workspace symbols (Ctrl+T). Elements are exported as `Plan.Element`, and the fuzzy
 * matcher wants the query's first letter at the start of a word of that name: `defl` never
 * found `Team.Deflected`. Here the query matches the element's own name too, and the symbol
 * says which plan it is in.
 */
export class CopWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            await interruptAndCheck(cancelToken);
            const { plan, element } = nameParts(description);
            if (!this.fuzzyMatcher.match(query, description.name) && !this.fuzzyMatcher.match(query, element)) continue;
            const symbol = this.getWorkspaceSymbol(description);
            if (symbol) symbols.push(plan ? { ...symbol, containerName: plan } : symbol);
        }
        return symbols;
    }
}

function nameParts(description: AstNodeDescription): { plan?: string; element: string } {
    const dot = description.name.indexOf('.');
    return dot > 0 ? { plan: description.name.slice(0, dot), element: description.name.slice(dot + 1) } : { element: description.name };
}
