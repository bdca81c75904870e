import type { ValidationAcceptor } from 'langium';
import type { Plan, PlanFile } from '../generated/ast.js';
import { isIndicator, isKpi, isOutcome } from '../generated/ast.js';
import { currencyOf } from '../decisions/currency.js';
import { missingPerspectives, scorecardOf, usesPerspectives } from '../decisions/scorecard.js';
import { parseUnit } from '../impact/units.js';
import { planOf } from '../model/plan-queries.js';
import { describe, report } from './report.js';

/** The plan's frameworks (Part 6): its North Star, its `cost`, and the balance of its scorecard. */
export class FrameworkChecks {
    checkPlan = (plan: Plan, accept: ValidationAcceptor): void => {
        this.checkNorthStar(plan, accept);
        this.checkCost(plan, accept);
    };

    private checkNorthStar(plan: Plan, accept: ValidationAcceptor): void {
        const star = plan.northstar?.ref;
        if (!star) return;
        const root = plan.$container as PlanFile;
        const linked = isKpi(star)
            ? star.translates.length > 0
            : root.elements.some(element => isOutcome(element) && element.measures.some(measure => measure.ref === star));
        if (linked) return;
        const fix = isKpi(star)
            ? `add a \`translates\` line to kpi \`${star.name}\` naming the outcome it expresses`
            : `add \`measure ${star.name}\` to the outcome it evidences`;
        report(accept, 'northstar-unlinked', `The North Star ${describe(star)} is tied to no outcome, so nothing says what steering by it achieves: ${fix}.`, {
            node: plan,
            property: 'northstar'
        });
    }

    private checkCost(plan: Plan, accept: ValidationAcceptor): void {
        const source = plan.cost?.ref;
        if (!source) return;
        const kind = source.$type === 'Assumption' ? 'assumption' : 'indicator';
        if (currencyOf(parseUnit(source.unit))) return;
        const what = source.unit ? `is in ${source.unit}, not in a currency` : 'has no unit';
        report(
            accept,
            'cost-invalid',
            `The cost ${describe(source)} ${what}, so the return on it cannot be worked out. Give the ${kind} a currency unit (\`unit USD\`, \`unit EUR\`), or name in \`cost\` an assumption or indicator that is in one.`,
            { node: plan, property: 'cost' }
        );
    }

    checkScorecard = (root: PlanFile, accept: ValidationAcceptor): void => {
        const card = scorecardOf(root);
        if (!usesPerspectives(card)) return;
        const missing = missingPerspectives(card);
        if (missing.length === 0) return;
        const plan = planOf(root);
        const first = root.elements.find(element => (isIndicator(element) || isKpi(element)) && element.perspective);
        const words = missing.map(perspective => `\`${perspective}\``);
        const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
        const message = `The scorecard has no indicator or kpi in the ${list} perspective${missing.length > 1 ? 's' : ''}, so it is not balanced. Add \`perspective ${missing[0]}\` to an indicator or kpi that belongs there, or declare one.`;
        if (plan) report(accept, 'scorecard-unbalanced', message, { node: plan, property: 'name' });
        else if (first) report(accept, 'scorecard-unbalanced', message, { node: first, property: 'perspective' });
    };
}
