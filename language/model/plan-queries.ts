import type { Element, Plan, PlanFile } from '../generated/ast.js';
import { isPlan } from '../generated/ast.js';

/** The plan header of a file: the first `plan` block, if any. */
export function planOf(root: PlanFile): Plan | undefined {
    return root.elements?.find(isPlan);
}

/**
 * The file's elements of one kind, in plan order. Compares `$type` rather than calling the
 * generated guard (a reflection lookup per element): the kinds of element have no subtypes.
 */
export function elementsOfType<T extends Element['$type']>(root: PlanFile, type: T): Array<Extract<Element, { $type: T }>> {
    const result: Array<Extract<Element, { $type: T }>> = [];
    for (const element of root.elements ?? []) if (element.$type === type) result.push(element as Extract<Element, { $type: T }>);
    return result;
}
