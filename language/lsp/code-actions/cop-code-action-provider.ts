import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver-protocol';
import type { CopServices } from '../../cop-module.js';
import type { PlanFile } from '../../generated/ast.js';
import type { PlanUsageService } from '../../workspace/plan-usage-service.js';
import { fixesForDiagnostic } from './quick-fixes-by-code.js';

/** Light-bulb fixes for the diagnostics of the .cop checks, each a plain text edit. */
export class CopCodeActionProvider implements CodeActionProvider {
    private readonly usage: PlanUsageService;

    constructor(services: CopServices) {
        this.usage = services.workspace.PlanUsage;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const fixes = fixesForDiagnostic(document as LangiumDocument<PlanFile>, diagnostic, this.usage);
            fixes.forEach((candidate, index) =>
                actions.push({
                    title: candidate.title,
                    kind: 'quickfix',
                    diagnostics: [diagnostic],
                    isPreferred: index === 0,
                    edit: { changes: { [document.uri.toString()]: candidate.edits } }
                })
            );
        }
        return actions;
    }
}
