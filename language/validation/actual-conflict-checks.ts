import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Actual, PlanFile } from '../generated/ast.js';
import type { ImpactService } from '../impact/impact-service.js';
import { planOf } from '../model/plan-queries.js';
import { report } from './report.js';

/**
 * A computed indicator's figures come from `cop measure`: actuals typed by hand beside them
 * would mix two truths in one series. Inline `actual` blocks are always typed; rows of the
 * actuals file are typed unless the lineage file records them as computed.
 */
export class ActualConflictChecks {
    constructor(private readonly impact: ImpactService) {}

    checkActual = (actual: Actual, accept: ValidationAcceptor): void => {
        const indicator = actual.indicator?.ref;
        if (!indicator?.compute) return;
        report(
            accept,
            'actual-conflict',
            `Indicator \`${indicator.name}\` is computed (\`compute\`), so its figures come from \`cop measure --write\`; this \`actual\` block types others by hand. Remove the block, or remove the \`compute\` line to keep typing them.`,
            { node: actual, property: 'indicator' }
        );
    };

    checkPlanFile = async (root: PlanFile, accept: ValidationAcceptor): Promise<void> => {
        const plan = planOf(root);
        if (!plan) return;
        const { model, computedRows } = await this.impact.impactOf(AstUtils.getDocument(root));
        for (const [indicator, impact] of model.indicators) {
            if (!indicator.compute) continue;
            for (const entry of impact.entries) {
                if (entry.origin.kind !== 'csv' || computedRows.has(`${indicator.name}|${entry.day}|${entry.value}`)) continue;
                report(
                    accept,
                    'actual-conflict',
                    `Actuals file "${entry.origin.file}", row ${entry.origin.row}: indicator \`${indicator.name}\` is computed (\`compute\`), but this row is not one \`cop measure --write\` wrote (its lineage file does not record it). Delete the row and run \`cop measure --write\`, or remove the \`compute\` line.`,
                    { node: plan, property: 'actuals', index: Math.max(0, plan.actuals.indexOf(entry.origin.file)) }
                );
            }
        }
    };
}
