import type { CopServices } from '../../cop-module.js';
import { isExperiment } from '../../generated/ast.js';
import { formatNumber } from '../../impact/amounts.js';
import type { ArmFigures } from '../../impact/experiment-uplift.js';
import { armFigures, describeUplift, experimentProblems } from '../../impact/experiment-uplift.js';
import type { ImpactService } from '../../impact/impact-service.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';

/** Hover on an experiment: its uplift with the 95 % interval, each arm's size and rate or mean, and whether it is significant. */
export class ExperimentHover implements HoverContribution {
    private readonly impact: ImpactService;

    constructor(services: CopServices) {
        this.impact = services.impact.Impact;
    }

    async hover({ declaration }: HoverTarget): Promise<string | undefined> {
        if (!isExperiment(declaration)) return undefined;
        const { model } = await this.impact.impactOfNode(declaration);
        const heading = `**${escapeMarkdown(declaration.title ?? declaration.name)}** (${codeSpan(declaration.name)}) — experiment`;
        const lines: string[] = [];
        if (declaration.metric) lines.push(`Measures ${codeSpan(declaration.metric.$refText)}`);
        const treatment = armFigures(declaration.treatment);
        const control = armFigures(declaration.control);
        if (treatment) lines.push(`Treatment: ${armText(treatment)}`);
        if (control) lines.push(`Control: ${armText(control)}`);
        const uplift = model.experiments.get(declaration);
        if (uplift) {
            lines.push(
                `Uplift **${escapeMarkdown(describeUplift(uplift))}**${uplift.relative === undefined ? '' : `, ${formatNumber(uplift.relative, true)} over the control`}`
            );
            lines.push(uplift.significant ? '**Significant**: the interval excludes 0' : '**Not significant**: the interval includes 0');
        } else {
            const problems = experimentProblems(declaration).length;
            lines.push(problems > 0 ? `No uplift: ${problems === 1 ? 'a problem' : `${problems} problems`} to fix (see the errors)` : 'No uplift yet');
        }
        return `${heading}\n\n${lines.join('  \n')}`;
    }
}

function armText(arm: ArmFigures): string {
    if (arm.form === 'proportion') {
        const rate = arm.trials > 0 ? ` (${formatNumber(arm.successes / arm.trials, true)})` : '';
        return `${formatNumber(arm.successes)} of ${formatNumber(arm.trials)}${rate}, n = ${formatNumber(arm.trials)}`;
    }
    return `mean ${formatNumber(arm.mean)}, sd ${formatNumber(arm.sd)}, n = ${formatNumber(arm.n)}`;
}
