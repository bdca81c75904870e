import type { Review, ReviewAction } from '../generated/ast.js';
import type { Day } from '../impact/dates.js';
import type { ActionStatus } from './action-status.js';
import { actionStatus } from './action-status.js';

export interface ActionEvaluation {
    readonly action: ReviewAction;
    readonly status: ActionStatus;
}

export interface ReviewEvaluation {
    readonly review: Review;
    readonly actions: readonly ActionEvaluation[];
    /** What an operating review brings each cycle and this one lacks: `win`, `worry`, `experiment`. */
    readonly missing: readonly ('win' | 'worry' | 'experiment')[];
}

export function evaluateReview(review: Review, asOf: Day): ReviewEvaluation {
    const missing: ('win' | 'worry' | 'experiment')[] = [];
    if (!review.notes.some(note => note.kind === 'win')) missing.push('win');
    if (!review.notes.some(note => note.kind === 'worry')) missing.push('worry');
    if (review.experiments.length === 0) missing.push('experiment');
    return { review, actions: review.actions.map(action => ({ action, status: actionStatus(action, asOf) })), missing };
}
