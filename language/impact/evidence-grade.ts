import type { Assumption, Kpi } from '../generated/ast.js';

/** Evidence grades, strongest first (contract, Part 3). */
export const GRADES = ['experiment', 'quasi-experiment', 'observational', 'estimate'] as const;
export type Grade = (typeof GRADES)[number];

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
 * An influence (Part 5) is computed from observed events, as an indicator is, so like an
 * indicator it does not weaken the grade.
 *
 * Each kpi's written grade is computed once, from what its formula names directly and the
 * written grades of the kpis it names: linear in the plan, even for a chain of 20,000 kpis.
 */
export class KpiGrades {
    private readonly written = new Map<Kpi, Grade | undefined>();

    /** `named(kpi)`: the assumptions and kpis its formula names directly. */
    constructor(private readonly named: (kpi: Kpi) => { readonly assumptions: Iterable<Assumption>; readonly kpis: Iterable<Kpi> }) {}

    gradeOf(kpi: Kpi): KpiGrade {
        const grade = this.writtenGrade(kpi);
        if (!grade) return { grade: 'observational', weakest: [] };
        return {
            grade,
            weakest: this.sourcesOf(kpi)
                .filter(([, each]) => each === grade)
                .map(([source]) => source)
        };
    }

    /** What gives the kpi its grade, one level down: its own line, the assumptions and kpis it names. */
    private sourcesOf(kpi: Kpi): [Kpi | Assumption, Grade][] {
        const sources: [Kpi | Assumption, Grade][] = isGrade(kpi.evidence) ? [[kpi, kpi.evidence]] : [];
        const { assumptions, kpis } = this.named(kpi);
        for (const assumption of assumptions) sources.push([assumption, assumptionGrade(assumption)]);
        for (const inner of kpis) {
            const grade = this.writtenGrade(inner);
            if (grade) sources.push([inner, grade]);
        }
        return sources;
    }

    /** The weakest grade written anywhere the kpi reaches (itself included); undefined when none is. */
    private writtenGrade(kpi: Kpi): Grade | undefined {
        if (this.written.has(kpi)) return this.written.get(kpi);
        this.written.set(kpi, undefined); // a loop (formula-invalid) sees nothing written
        let grade: Grade | undefined;
        for (const [, each] of this.sourcesOf(kpi)) grade = weakerGrade(grade, each);
        this.written.set(kpi, grade);
        return grade;
    }
}

/** A kpi's grade, and what gives it: itself, the kpis or assumptions its formula names, each of that grade. */
export interface KpiGrade {
    readonly grade: Grade;
    readonly weakest: readonly (Kpi | Assumption)[];
}
