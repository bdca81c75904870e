import type { Assumption } from '../generated/ast.js';

/** Evidence grades of contract Part 3, strongest first. */
export type EvidenceGrade = 'experiment' | 'quasi-experiment' | 'observational' | 'estimate';

export interface AssumptionEvidence {
    readonly grade: EvidenceGrade;
    /** The experiment the assumption takes its value from (`from EXPERIMENT`), if any. */
    readonly from: string | null;
}

/**
 * The evidence behind an assumption, for the audit fields of the export and the views.
 * Until the grammar has `evidence` and `from` lines on assumptions, every assumption is
 * what the contract calls one without them: an `estimate`, from no experiment. The one
 * place to read them from once they exist.
 */
export function assumptionEvidence(_assumption: Assumption): AssumptionEvidence {
    return { grade: 'estimate', from: null };
}
