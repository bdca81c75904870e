import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from './codes.js';

/**
 * A diagnostic as the CLI, the exports and CI read it: 1-based positions, a severity word
 * and the stable code.
 */
export interface PlanDiagnostic {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export function toPlanDiagnostic(diagnostic: Diagnostic): PlanDiagnostic {
    return {
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityNames[diagnostic.severity ?? 1] ?? 'error',
        code: String(diagnostic.code ?? 'syntax-error'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

/** Source order, then errors before warnings on the same spot. */
export function comparePlanDiagnostics(a: PlanDiagnostic, b: PlanDiagnostic): number {
    return a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity);
}

function severityRank(severity: Severity): number {
    return ['error', 'warning', 'information', 'hint'].indexOf(severity);
}
