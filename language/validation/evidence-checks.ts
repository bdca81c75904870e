import type { MaybePromise, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Kpi } from '../generated/ast.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { ImpactService } from '../impact/impact-service.js';
import { describe, report } from './report.js';

/** Evidence grades (Part 3): a kpi that stands for an outcome should rest on more than estimates. */
export class EvidenceChecks {
    constructor(private readonly impact: ImpactService) {}

    checkGrade = (kpi: Kpi, accept: ValidationAcceptor): MaybePromise<void> => {
        if (kpi.translates.length === 0) return;
        return this.impact.withImpactOf(AstUtils.getDocument(kpi), ({ model }) => this.checkEvidence(kpi, model, accept));
    };

    private checkEvidence(kpi: Kpi, model: ImpactModel, accept: ValidationAcceptor): void {
        const impact = model.kpis.get(kpi);
        if (!impact || impact.grade !== 'estimate') return;
        const because = impact.weakest.map(source =>
            source === kpi
                ? 'its own `evidence estimate` line'
                : source.$type === 'Kpi'
                  ? `kpi \`${source.name}\`, which rests on estimates`
                  : `assumption \`${source.name}\``
        );
        report(
            accept,
            'weak-evidence',
            `Kpi ${describe(kpi)} translates an outcome but rests on estimates only: ${because.join(', ')}. Back the weakest figure with data: an experiment (\`from\` on the assumption), or an \`evidence\` line saying what it comes from (\`quasi-experiment\`, \`observational\`).`,
            { node: kpi, property: 'name' }
        );
    }
}
