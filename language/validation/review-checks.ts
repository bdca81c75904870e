import type { ValidationAcceptor } from 'langium';
import type { Review } from '../generated/ast.js';
import type { DecisionsService } from '../decisions/decisions-service.js';
import { describe, report } from './report.js';

const missingLines: Record<'win' | 'worry' | 'experiment', string> = {
    win: '`win "what went well"`',
    worry: '`worry "what worries you"`',
    experiment: '`experiment Name` (or `experiment "what to try"`)'
};

/** Operating reviews (Part 6): one win, one worry and one experiment each; actions done by their date. */
export class ReviewChecks {
    constructor(private readonly decisions: DecisionsService) {}

    checkReview = async (review: Review, accept: ValidationAcceptor): Promise<void> => {
        const model = await this.decisions.decisionsOfNode(review);
        const evaluation = model.reviews.find(candidate => candidate.review === review);
        if (!evaluation) return;
        const { missing } = evaluation;
        if (missing.length > 0) {
            report(
                accept,
                'review-incomplete',
                `Review ${describe(review)} has no ${missing.join(' and no ')}: an operating review brings one win, one worry and one experiment each cycle. Add ${missing.map(word => missingLines[word]).join(' and ')}.`,
                { node: review, property: 'name' }
            );
        }
        for (const { action, status } of evaluation.actions) {
            if (status !== 'overdue') continue;
            report(
                accept,
                'action-overdue',
                `The action${action.text ? ` "${action.text}"` : ''} of review ${describe(review)} was due on ${action.due}${action.owner ? ` (${action.owner})` : ''} and is not done. When it is, add \`done\` and the date; if it moved, change its \`due\` date.`,
                { node: action }
            );
        }
    };
}
