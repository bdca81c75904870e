import { attr, escapeHtml } from '../../render/escape.js';
import type { DecisionsView, ReviewView } from '../decisions-view.js';
import { actionStatusLabels } from './decision-labels.js';

/**
 * The Reviews view: the operating reviews as a timeline, newest first, each with its wins,
 * worries and experiments, and its actions with owner and due date; open actions and overdue
 * ones are marked (in words and colour), and what a review lacks is said.
 */
export function renderReviews(view: DecisionsView): string {
    if (view.reviews.length === 0)
        return '<div class="impact"><h2>Reviews</h2><p class="impact-empty">No operating reviews yet: add a <code>review</code> with a win, a worry, an experiment and actions.</p></div>';
    const open = view.reviews.flatMap(review => review.actions.filter(action => action.status !== 'done'));
    const overdue = open.filter(action => action.status === 'overdue').length;
    const summary = `<p class="impact-as-of">As of ${escapeHtml(view.asOf)}: ${open.length} open action${open.length === 1 ? '' : 's'}, ${overdue} overdue.</p>`;
    return `<div class="impact reviews"><h2>Reviews</h2>${summary}<ol class="timeline">${view.reviews.map(renderReview).join('')}</ol></div>`;
}

function renderReview(review: ReviewView): string {
    const notes = (label: string, items: { text: string; tags: string[] }[]) =>
        items
            .map(
                item =>
                    `<li><strong>${label}:</strong> ${escapeHtml(item.text)}${item.tags.length ? ` <span class="story-meta">${item.tags.map(escapeHtml).join(', ')}</span>` : ''}</li>`
            )
            .join('');
    const experiments = review.experiments.map(text => `<li><strong>Experiment:</strong> ${escapeHtml(text)}</li>`).join('');
    const actions = review.actions
        .map(
            action =>
                `<li class="action action-${action.status}">` +
                `<span class="action-status">${actionStatusLabels[action.status]}</span> ${escapeHtml(action.text)}` +
                ` <span class="story-meta">${escapeHtml(action.owner)} · due ${escapeHtml(action.due)}${action.done ? ` · done ${escapeHtml(action.done)}` : ''}</span></li>`
        )
        .join('');
    const missing = review.missing.length ? `<p class="empty missing">No ${review.missing.join(', no ')} yet.</p>` : '';
    return (
        `<li class="review" ${attr('data-review', review.name)}>` +
        `<h3><time>${escapeHtml(review.date ?? 'undated')}</time> ${escapeHtml(review.title ?? review.name)}</h3>` +
        `<ul class="review-notes">${notes('Win', review.wins)}${notes('Worry', review.worries)}${experiments}</ul>${missing}` +
        (actions ? `<ul class="actions" aria-label="Actions">${actions}</ul>` : '') +
        `</li>`
    );
}
