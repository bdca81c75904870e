import type { Assumption, Kpi } from '../generated/ast.js';

/** Evidence grades, strongest first (contract, Part 3). */
export const GRADES = ['experiment', 'quasi-experiment', 'observational', 'estimate'] as const;
export type Grade = typeof GRADES[number];

const rank = (grade: Grade): number => GRADES.indexOf(grade);

export function isGrade(text: string | undefined): text is Grade {
    return (GRADES as readonly (string | undefined)[]).includes(text);
}

/** The weaker of two grades; the other when one is undefined. */
export function weakerGrade(a: Grade | undefined, b: Grade | undefined): Grade | undefined {
    if (a === undefined) return b;
    if (b === undefined) return a;
    return rank(a) >= rank(b) ? a : b;
}

/**
 * An assumption's grade: `experiment` when it comes `from` an experiment (its own
 * `evidence` line is then ignored), else its `evidence` line, else `estimate`.
 */
export function assumptionGrade(assumption: Assumption): Grade {
    if (assumption.from) return 'experiment';
    return isGrade(assumption.evidence) ? assumption.evidence : 'estimate';
}

/**
 * A kpi's grade: the weakest of its own `evidence` line, the `evidence` lines of the kpis
 * its formula reaches, and the grades of every assumption it reaches (through other kpis
 * too). A kpi that reaches no assumption and states no evidence anywhere is `observational`:
 * it is computed from what was observed. An inner kpi's default grade does not weaken the
 * kpis that name it; only what is written does.
 * (Part 5's `influence` is not in the language yet; once it is, the grade it carries joins
 * the weakest here, like an assumption's.)
 */
export function kpiGrade(kpi: Kpi, reachedKpis: Iterable<Kpi>, reachedAssumptions: Iterable<Assumption>): KpiGrade {
    let grade = isGrade(kpi.evidence) ? kpi.evidence : undefined;
    const sources: [Kpi | Assumption, Grade][] = grade ? [[kpi, grade]] : [];
    for (const inner of reachedKpis) if (isGrade(inner.evidence)) sources.push([inner, inner.evidence]);
    for (const assumption of reachedAssumptions) sources.push([assumption, assumptionGrade(assumption)]);
    for (const [, each] of sources) grade = weakerGrade(grade, each);
    if (!grade) return { grade: 'observational', weakest: [] };
    return { grade, weakest: sources.filter(([, each]) => each === grade).map(([source]) => source) };
}

/** A kpi's grade, and what gives it: the elements (itself, other kpis, assumptions) of that grade. */
export interface KpiGrade {
    readonly grade: Grade;
    readonly weakest: readonly (Kpi | Assumption)[];
}
