import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { PlanConfig } from '../config/plan-config.js';
import type { Plan } from '../generated/ast.js';
import { report } from './report.js';

/** Problems listed in one `config-invalid` message; more are counted, not listed. */
const MAX_PROBLEMS = 5;

/**
 * The plan's `cop.config.json`, when it cannot be used. No plan line names the file, so each
 * plan below it reports it on its name: it shows in the Problems panel and fails `cop check`.
 */
export class ConfigChecks {
    constructor(private readonly config: PlanConfig) {}

    checkPlanConfig = async (plan: Plan, accept: ValidationAcceptor): Promise<void> => {
        const document = AstUtils.getDocument(plan);
        const lookup = await this.config.find(document.uri);
        if (!lookup.found || lookup.ok) return;
        const listed = lookup.problems.slice(0, MAX_PROBLEMS).join('; ');
        const more =
            lookup.problems.length > MAX_PROBLEMS
                ? `; and ${lookup.problems.length - MAX_PROBLEMS} more problem${lookup.problems.length - MAX_PROBLEMS === 1 ? '' : 's'}`
                : '';
        report(
            accept,
            'config-invalid',
            `The config file "${this.config.shownPath(document.uri, lookup.uri)}" cannot be used: ${listed}${more}. Fix the file (its format is in docs/config.md); until then none of its catalogs and rules apply to this plan.`,
            { node: plan, property: 'name' }
        );
    };
}
