import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { severityOf } from '../../language/diagnostics/codes.js';
import type { PlanFile } from '../../language/generated/ast.js';
import type { EngineProblem } from './duckdb-engine.js';

export interface Located {
    readonly code: string;
    readonly severity: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

/** A problem the data showed, on the plan line it belongs to. */
export function locate(root: PlanFile, problem: EngineProblem): Located {
    return { code: problem.code, severity: severityOf(problem.code), ...position(root, problem.on.kind, problem.on.name), message: problem.message };
}

/** The line and column of the named source, event or measure's name in the plan (1-based). */
export function position(root: PlanFile, kind: EngineProblem['on']['kind'], name: string): { line: number; column: number } {
    const types = kind === 'source' ? ['Source'] : kind === 'event' ? ['Event'] : ['Indicator', 'Influence'];
    const node: AstNode | undefined = root.elements.find(element => types.includes(element.$type) && (element as { name?: string }).name === name);
    const cst = node?.$cstNode && (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode);
    return cst ? { line: cst.range.start.line + 1, column: cst.range.start.character + 1 } : { line: 1, column: 1 };
}
