import type { Plan, PlanFile } from '../generated/ast.js';
import { isPlan } from '../generated/ast.js';

/** The plan header of a file: the first `plan` block, if any. */
export function planOf(root: PlanFile): Plan | undefined {
    return root.elements?.find(isPlan);
}
