import type { Assumption } from '../generated/ast.js';
import type { Grade } from './evidence-grade.js';
import { assumptionGrade } from './evidence-grade.js';

export interface AssumptionEvidence {
    readonly grade: Grade;
    /** The experiment the assumption takes its value from (`from EXPERIMENT`), if any. */
    readonly from: string | null;
}

/** The evidence behind an assumption, for the audit fields of the export and the views. */
export function assumptionEvidence(assumption: Assumption): AssumptionEvidence {
    return { grade: assumptionGrade(assumption), from: assumption.from?.$refText || null };
}
