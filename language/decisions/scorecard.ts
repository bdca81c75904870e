import type { Indicator, Kpi, PlanFile } from '../generated/ast.js';

/** The four perspectives of the Balanced Scorecard, in the order views and exports list them. */
export const PERSPECTIVES = ['financial', 'customer', 'process', 'learning'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export type Scorecard = Readonly<Record<Perspective, readonly (Indicator | Kpi)[]>>;

/** The plan's indicators and kpis by their `perspective`, in plan order; those without one are left out. */
export function scorecardOf(root: PlanFile): Scorecard {
    const groups: Record<Perspective, (Indicator | Kpi)[]> = { financial: [], customer: [], process: [], learning: [] };
    for (const element of root.elements) {
        // `$type`, not the generated guards (a reflection lookup each): neither type has subtypes.
        if ((element.$type === 'Indicator' || element.$type === 'Kpi') && element.perspective) {
            groups[element.perspective as Perspective]?.push(element);
        }
    }
    return groups;
}

/** Whether any indicator or kpi names a perspective: only then is the scorecard's balance judged. */
export function usesPerspectives(card: Scorecard): boolean {
    return PERSPECTIVES.some(perspective => card[perspective].length > 0);
}

/** The perspectives without an indicator or kpi. */
export function missingPerspectives(card: Scorecard): Perspective[] {
    return PERSPECTIVES.filter(perspective => card[perspective].length === 0);
}
