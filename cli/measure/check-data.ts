import type { LangiumDocument } from 'langium';
import type { PlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import type { PlanFile } from '../../language/generated/ast.js';
import type { Day } from '../../language/impact/dates.js';
import { today } from '../../language/impact/dates.js';
import { readMeasurePlan } from '../../language/measure/measure-plan.js';
import { runMeasures } from './duckdb-engine.js';
import { locate } from './problem-position.js';

/**
 * `cop check --data`: each plan's sources read against their files (source-invalid,
 * event-unknown-field, and what reading shows: time-unparseable, identity-unhashed),
 * without running a single measure's query.
 */
export async function dataDiagnostics(document: LangiumDocument<PlanFile>, asOf: Day | undefined): Promise<PlanDiagnostic[]> {
    const root = document.parseResult.value;
    const plan = readMeasurePlan(root);
    if (plan.sources.length === 0) return [];
    const result = await runMeasures(document.uri.fsPath, plan, asOf ?? today(), () => undefined, { validateOnly: true });
    return result.problems.map(problem => {
        const located = locate(root, problem);
        return {
            line: located.line,
            column: located.column,
            endLine: located.line,
            endColumn: located.column,
            severity: located.severity as PlanDiagnostic['severity'],
            code: located.code,
            message: located.message
        };
    });
}
