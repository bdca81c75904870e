import type { CopServices } from '../../cop-module.js';
import { isDecision, isPlan, isReview } from '../../generated/ast.js';
import type { DecisionsService } from '../../decisions/decisions-service.js';
import { formatNumber } from '../../impact/amounts.js';
import { formatDay } from '../../impact/dates.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';

/**
 * Hover on a decision (status, owner, due, each threshold against its metric's latest value),
 * on a review (its actions with their status) and on the plan's name (North Star and ROI),
 * as of today.
 */
export class DecisionHover implements HoverContribution {
    private readonly decisions: DecisionsService;

    constructor(services: CopServices) {
        this.decisions = services.impact.Decisions;
    }

    async hover({ declaration }: HoverTarget): Promise<string | undefined> {
        if (!isDecision(declaration) && !isReview(declaration) && !isPlan(declaration)) return undefined;
        const model = await this.decisions.decisionsOfNode(declaration);
        const asOf = `_As of ${formatDay(model.asOf)}._`;
        const heading = (kind: string) => `**${escapeMarkdown(declaration.title ?? declaration.name)}** (${codeSpan(declaration.name)}) — ${kind}`;
        if (isDecision(declaration)) {
            const evaluation = model.decisions.find(candidate => candidate.decision === declaration);
            if (!evaluation) return undefined;
            const lines = [
                `Status **${evaluation.status}**${declaration.due ? ` · due ${escapeMarkdown(declaration.due)}` : ''}${declaration.owner ? ` · owner ${escapeMarkdown(declaration.owner)}` : ''}`
            ];
            for (const check of evaluation.thresholds) {
                const latest = check.latest === undefined ? 'no value yet' : formatNumber(check.latest);
                lines.push(
                    `${codeSpan(check.threshold.metric.$refText)} ${escapeMarkdown(check.threshold.operator)} ${escapeMarkdown(check.threshold.value)}: ${latest}${check.met === undefined ? '' : check.met ? ' (met)' : ' (**not met**)'}`
                );
            }
            for (const reason of evaluation.reasons) lines.push(escapeMarkdown(reason.replace(/`/g, '')));
            return `${heading('decision')}\n\n${lines.join('  \n')}\n\n${asOf}`;
        }
        if (isReview(declaration)) {
            const evaluation = model.reviews.find(candidate => candidate.review === declaration);
            if (!evaluation) return undefined;
            const lines = evaluation.actions.map(
                ({ action, status }) =>
                    `${status === 'overdue' ? '**overdue**' : status}: ${escapeMarkdown(action.text)} (${escapeMarkdown(action.owner)}, due ${escapeMarkdown(action.due)})`
            );
            if (evaluation.missing.length > 0) lines.push(`Missing: ${evaluation.missing.join(', ')}`);
            if (lines.length === 0) return undefined;
            return `${heading('operating review')}\n\n${lines.join('  \n')}\n\n${asOf}`;
        }
        const lines: string[] = [];
        if (model.northstar) {
            const star = model.northstar;
            lines.push(
                `North Star ${codeSpan(star.metric.name)}: ${star.latest === undefined ? 'no value yet' : `**${formatNumber(star.latest, star.percent)}**`}${star.status ? ` (${star.status})` : ''}`
            );
        }
        const roi = model.roi;
        if (roi?.value !== undefined) {
            lines.push(
                `Return on ${formatNumber(roi.cost.value)} ${escapeMarkdown(roi.cost.currency ?? '')}: **${formatNumber(roi.value)}×** (${formatNumber(roi.low)} – ${formatNumber(roi.high)})`
            );
        }
        return lines.length === 0 ? undefined : `${lines.join('  \n')}\n\n${asOf}`;
    }
}
