import { formatNumber } from '../../impact/amounts.js';
import { operatorText, statusLabels } from '../../impact/render/html.js';
import { escapeMarkdown } from '../../render/markdown/escape-markdown.js';
import type { DecisionsView } from '../decisions-view.js';
import { actionStatusLabels, decisionStatusLabels } from './decision-labels.js';

/** The Decisions view as Markdown lines, first in `cop export --format md`: decisions, North Star (funding-markdown.ts follows). */
export function decisionsMarkdown(view: DecisionsView): string[] {
    const out: string[] = [];
    if (view.decisions.length > 0) {
        out.push('## Decisions', '', `_As of ${view.asOf}._`, '', '| Decision | Due | Owner | Status | Metrics |', '| --- | --- | --- | --- | --- |');
        for (const decision of view.decisions) {
            const metrics = decision.metrics
                .map(metric => {
                    const latest = metric.latest === null ? 'no value yet' : formatNumber(metric.latest);
                    const thresholds = metric.thresholds
                        .map(t => ` (${operatorText(t.op)} ${formatNumber(t.value)}${t.met === false ? ', not met' : ''})`)
                        .join('');
                    return `${escapeMarkdown(metric.title ?? metric.name)}: ${latest}${thresholds}`;
                })
                .join('; ');
            out.push(
                `| **${escapeMarkdown(decision.title ?? decision.name)}** | ${escapeMarkdown(decision.due ?? '—')} | ${escapeMarkdown(decision.owner ?? '—')} | ${decisionStatusLabels[decision.status]} | ${metrics || '—'} |`
            );
        }
        out.push('');
    }
    if (view.northstar) {
        const star = view.northstar;
        const target = star.target
            ? `, target ${operatorText(star.target.op)} ${formatNumber(star.target.value, star.percent)}${star.target.by ? ` by ${escapeMarkdown(star.target.by)}` : ''}`
            : '';
        out.push(
            `**North Star:** ${escapeMarkdown(star.title ?? star.name)} — ${star.latest === null ? 'no value yet' : formatNumber(star.latest, star.percent)}${star.unit ? ` ${escapeMarkdown(star.unit)}` : ''}${target}${star.status ? ` (${statusLabels[star.status]})` : ''}`,
            ''
        );
    }
    return out;
}

/** The OKR, Scorecard and Reviews views as Markdown lines, after the impact. */
export function frameworksMarkdown(view: DecisionsView): string[] {
    const out: string[] = [];
    const percent = (score: number | null) => (score === null ? 'no score yet' : formatNumber(score, true));
    if (view.okr.length > 0) {
        out.push('## OKR', '');
        for (const objective of view.okr) {
            out.push(`- **${escapeMarkdown(objective.title ?? objective.name)}**: ${percent(objective.score)}`);
            for (const key of objective.keys)
                out.push(
                    `  - ${escapeMarkdown(key.subjectTitle ?? key.subject)} ${operatorText(key.op)} ${formatNumber(key.value ?? undefined)}: ${percent(key.score)}`
                );
        }
        out.push('');
    }
    if (view.scorecard.some(group => group.metrics.length > 0)) {
        out.push('## Balanced Scorecard', '');
        for (const group of view.scorecard) {
            out.push(
                `- **${group.perspective}**: ${group.metrics.length ? group.metrics.map(m => `${escapeMarkdown(m.title ?? m.name)} (${m.status ? statusLabels[m.status] : 'no target'})`).join(', ') : '_none yet_'}`
            );
        }
        out.push('');
    }
    if (view.reviews.length > 0) {
        out.push('## Reviews', '');
        for (const review of view.reviews) {
            out.push(`### ${escapeMarkdown(review.date ?? 'undated')} ${escapeMarkdown(review.title ?? review.name)}`, '');
            for (const win of review.wins) out.push(`- Win: ${escapeMarkdown(win.text)}`);
            for (const worry of review.worries) out.push(`- Worry: ${escapeMarkdown(worry.text)}`);
            for (const experiment of review.experiments) out.push(`- Experiment: ${escapeMarkdown(experiment)}`);
            for (const action of review.actions) {
                out.push(
                    `- Action (**${actionStatusLabels[action.status]}**): ${escapeMarkdown(action.text)} — ${escapeMarkdown(action.owner)}, due ${escapeMarkdown(action.due)}${action.done ? `, done ${escapeMarkdown(action.done)}` : ''}`
                );
            }
            out.push('');
        }
    }
    return out;
}
