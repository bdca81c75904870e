import type { AstNode } from 'langium';
import type { Plan, PlanFile, Row, Value } from '../generated/ast.js';
import { isPlan, isPlanFile, isRow } from '../generated/ast.js';

/** The plan header of a file: the first `plan` block, if any. */
export function planOf(root: PlanFile): Plan | undefined {
    return root.elements?.find(isPlan);
}

/** The root of the file a node belongs to. */
export function planFileOf(node: AstNode): PlanFile | undefined {
    let current: AstNode | undefined = node;
    while (current && !isPlanFile(current)) current = current.$container;
    return current;
}

/** The matrix row a value is declared in. */
export function rowOf(value: Value): Row {
    return value.$container;
}

export function isMemberValue(value: Value): boolean {
    return rowOf(value).side === 'members';
}

export function rowsOf(root: PlanFile): Row[] {
    return (root.elements ?? []).filter(isRow);
}
