import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PlanFile } from '../../generated/ast.js';
import type { PlanUsageService } from '../../workspace/plan-usage-service.js';
import { addDataLine, useCatalogTitle } from './indicator-fixes.js';
import { tieOrDropTarget } from './decision-fixes.js';
import { addAttribution } from './kpi-fixes.js';
import { deliverFromOutcome, deliverSomeValue, fillMatrixGap, moveToRightSide } from './matrix-fixes.js';
import { useSuccessorEvent } from './event-fixes.js';
import type { Fix, QuickFix } from './quick-fix.js';
import { addMissingReviewLines, markActionDone } from './review-fixes.js';

/** The quick fixes offered for each diagnostic code. */
const quickFixes: Partial<Record<string, QuickFix>> = {
    'outcome-without-value': deliverSomeValue,
    'value-without-outcome': deliverFromOutcome,
    'matrix-gap': fillMatrixGap,
    'indicator-without-data': addDataLine,
    'unknown-catalog-entry': useCatalogTitle,
    'shared-value-wrong-side': moveToRightSide,
    'impact-unadjusted': addAttribution,
    'review-incomplete': addMissingReviewLines,
    'action-overdue': markActionDone,
    'vanity-metric': tieOrDropTarget,
    'event-deprecated': useSuccessorEvent
};

/**
 * The fixes of one diagnostic of a validated plan, best first: plain text edits, the same
 * for the editor's light bulb (cop-code-action-provider.ts) and for `cop mcp`'s check tool.
 */
export function fixesForDiagnostic(document: LangiumDocument<PlanFile>, diagnostic: Diagnostic, usage: PlanUsageService): Fix[] {
    const fix = quickFixes[String(diagnostic.code)];
    const root = document.parseResult.value;
    const leaf = fix && root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, document.textDocument.offsetAt(diagnostic.range.start));
    if (!fix || !leaf) return [];
    return fix({ diagnostic, document, root, node: leaf.astNode, usage });
}
