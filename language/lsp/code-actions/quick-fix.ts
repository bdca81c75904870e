import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { PlanFile } from '../../generated/ast.js';
import type { PlanUsageService } from '../../workspace/plan-usage-service.js';

/** What a quick fix gets: the diagnostic, its document, and the node it was reported on. */
export interface FixContext {
    readonly diagnostic: Diagnostic;
    readonly document: LangiumDocument<PlanFile>;
    readonly root: PlanFile;
    readonly node: AstNode;
    readonly usage: PlanUsageService;
}

/** One way to fix a diagnostic: a title people read in the light-bulb menu, and its edits. */
export interface Fix {
    readonly title: string;
    readonly edits: TextEdit[];
}

/** The fixes for one diagnostic code, best first (the first is the preferred fix). */
export type QuickFix = (context: FixContext) => Fix[];

/** A new name not yet declared in the plan: `base`, else `base2`, `base3`, … */
export function freshName(base: string, taken: (name: string) => boolean): string {
    if (!taken(base)) return base;
    for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}
