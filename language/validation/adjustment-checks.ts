import type { MaybePromise, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Kpi } from '../generated/ast.js';
import { ADJUSTMENT_KINDS, shareProblem, statesAdjustment } from '../impact/adjustments.js';
import { isCurrencyUnit } from '../impact/currencies.js';
import type { ImpactService } from '../impact/impact-service.js';
import { describe, report } from './report.js';

/**
 * The adjustments of a kpi (Part 3): each share within 0 %..100 %, and a kpi that claims
 * money saying how much of it is the community's doing.
 */
export class AdjustmentChecks {
    constructor(private readonly impact: ImpactService) {}

    checkShares = (kpi: Kpi, accept: ValidationAcceptor): void => {
        for (const kind of ADJUSTMENT_KINDS) {
            const share = kpi[kind];
            const problem = share && shareProblem(kind, share);
            if (problem) report(accept, 'adjustment-out-of-range', `${problem} Until then it counts as 0%.`, { node: kpi, property: kind });
        }
    };

    checkAdjusted = (kpi: Kpi, accept: ValidationAcceptor): MaybePromise<void> => {
        if (!isCurrencyUnit(kpi.unit) || statesAdjustment(kpi)) return;
        // A kpi whose formula reaches an influence (Part 5) counts only the community's share
        // already: the evaluation knows what each formula reaches, so it is not walked again.
        return this.impact.withImpactOf(AstUtils.getDocument(kpi), ({ model }) => {
            if (model.kpis.get(kpi)?.reachesInfluence) return;
            this.reportUnadjusted(kpi, accept);
        });
    };

    private reportUnadjusted(kpi: Kpi, accept: ValidationAcceptor): void {
        report(
            accept,
            'impact-unadjusted',
            `Kpi ${describe(kpi)} is counted in ${kpi.unit!.trim()} but states no deadweight, displacement or attribution, so all of its gross value is claimed for the community. Add the share others caused, like \`attribution 0%..30%\`, and if it applies what would have happened anyway (\`deadweight 10%\`) or was only moved from elsewhere (\`displacement 0%\`).`,
            { node: kpi, property: 'name' }
        );
    }
}
