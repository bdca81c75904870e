import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Decision, PlanFile } from '../generated/ast.js';
import { elementsOfType } from '../model/plan-queries.js';
import type { DecisionsService } from '../decisions/decisions-service.js';
import { metricsInforming } from '../decisions/informs.js';
import { parseDay } from '../impact/dates.js';
import { DECISION_HORIZON_DAYS } from '../decisions/decisions-view.js';
import { describe, report } from './report.js';

/** Decisions (Part 6): those due soon and at risk, and metrics with targets that inform none. */
export class DecisionChecks {
    constructor(private readonly decisions: DecisionsService) {}

    checkDecision = async (decision: Decision, accept: ValidationAcceptor): Promise<void> => {
        const due = parseDay(decision.due);
        if (due === undefined) return;
        const model = await this.decisions.decisionsOf(AstUtils.getDocument(decision));
        const evaluation = model.decisions.find(candidate => candidate.decision === decision);
        if (evaluation?.status !== 'at-risk' || due > model.asOf + DECISION_HORIZON_DAYS) return;
        const when = due < model.asOf ? `was due on ${decision.due}` : `is due on ${decision.due}`;
        report(
            accept,
            'decision-at-risk',
            `Decision ${describe(decision)} ${when} and is at risk: ${evaluation.reasons.join('; ')}. Bring it to its owner${decision.owner ? ` (${decision.owner})` : ''} now, with what would change the figures.`,
            { node: decision, property: 'name' }
        );
    };

    checkVanityMetrics = (root: PlanFile, accept: ValidationAcceptor): void => {
        const decisions = elementsOfType(root, 'Decision');
        if (decisions.length === 0) return;
        const informing = metricsInforming(decisions);
        for (const element of root.elements) {
            if (!(element.$type === 'Indicator' || element.$type === 'Kpi') || !element.target || informing.has(element)) continue;
            const kind = element.$type;
            report(
                accept,
                'vanity-metric',
                `${kind} ${describe(element)} has a target but informs no decision, so it may draw attention without steering anything. Tie it to a decision (name it in a decision's \`uses\` or \`threshold\`, or through a kpi or objective a decision uses), or drop its target.`,
                { node: element, property: 'name' }
            );
        }
    };
}
