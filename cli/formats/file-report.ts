import type { PlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';

/** The diagnostics of one plan file, with the path as the user should read it. */
export interface FileReport {
    /** Relative to the working folder, with `/` separators. */
    readonly file: string;
    readonly diagnostics: readonly PlanDiagnostic[];
    /** The text that was checked (SARIF fingerprints hash the diagnostic's line). */
    readonly text?: string;
}

export function countBySeverity(reports: readonly FileReport[]): Record<PlanDiagnostic['severity'], number> {
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const report of reports) {
        for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
    }
    return counts;
}
