import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver-protocol';
import type { CopServices } from '../../cop-module.js';
import type { PlanFile } from '../../generated/ast.js';
import type { PlanUsageService } from '../../workspace/plan-usage-service.js';
import { addDataLine, useCatalogTitle } from './indicator-fixes.js';
import { deliverFromOutcome, deliverSomeValue, fillMatrixGap, moveToRightSide } from './matrix-fixes.js';
import type { QuickFix } from './quick-fix.js';
import { useSuccessorEvent } from './event-fixes.js';

/** The quick fixes offered for each diagnostic code. */
const quickFixes: Partial<Record<string, QuickFix>> = {
    'outcome-without-value': deliverSomeValue,
    'value-without-outcome': deliverFromOutcome,
    'matrix-gap': fillMatrixGap,
    'indicator-without-data': addDataLine,
    'unknown-catalog-entry': useCatalogTitle,
    'shared-value-wrong-side': moveToRightSide,
    'event-deprecated': useSuccessorEvent
};

/** Light-bulb fixes for the diagnostics of the .cop checks, each a plain text edit. */
export class CopCodeActionProvider implements CodeActionProvider {
    private readonly usage: PlanUsageService;

    constructor(services: CopServices) {
        this.usage = services.workspace.PlanUsage;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const root = document.parseResult.value as PlanFile;
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const fix: QuickFix | undefined = quickFixes[String(diagnostic.code)];
            const leaf = fix && root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, document.textDocument.offsetAt(diagnostic.range.start));
            if (!fix || !leaf) continue;
            const fixes = fix({ diagnostic, document: document as LangiumDocument<PlanFile>, root, node: leaf.astNode, usage: this.usage });
            fixes.forEach((candidate, index) => actions.push({
                title: candidate.title,
                kind: 'quickfix',
                diagnostics: [diagnostic],
                isPreferred: index === 0,
                edit: { changes: { [document.uri.toString()]: candidate.edits } }
            }));
        }
        return actions;
    }
}
