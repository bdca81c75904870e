import { AstUtils } from 'langium';
import { isReview, isReviewAction } from '../../generated/ast.js';
import { formatDay, today } from '../../impact/dates.js';
import { insertLinesInBlock } from './block-edits.js';
import type { QuickFix } from './quick-fix.js';

/** Quick fixes for operating reviews. */

/** The line each missing part of a review gets, with a placeholder to write over. */
const placeholders = {
    win: 'win "TODO: what went well"',
    worry: 'worry "TODO: what worries you"',
    experiment: 'experiment "TODO: what to try next"'
} as const;

/** `review-incomplete`: add the missing `win`, `worry` and `experiment` lines at the end of the review. */
export const addMissingReviewLines: QuickFix = ({ node, document }) => {
    const review = AstUtils.getContainerOfType(node, isReview);
    if (!review) return [];
    const missing = (Object.keys(placeholders) as (keyof typeof placeholders)[]).filter(part =>
        part === 'experiment' ? review.experiments.length === 0 : !review.notes.some(note => note.kind === part)
    );
    const edit =
        missing.length > 0 &&
        insertLinesInBlock(
            document,
            review,
            missing.map(part => placeholders[part])
        );
    return edit ? [{ title: `Add the missing ${missing.map(part => `\`${part}\``).join(' and ')} to review \`${review.name}\``, edits: [edit] }] : [];
};

/** `action-overdue`: mark the action done today (the editor's today, as a person would write it). */
export const markActionDone: QuickFix = ({ node }) => {
    const action = AstUtils.getContainerOfType(node, isReviewAction);
    const end = action?.$cstNode?.range.end;
    if (!action || !end || action.done !== undefined) return [];
    const date = formatDay(today());
    return [{ title: `Mark "${action.text}" done today (${date})`, edits: [{ range: { start: end, end }, newText: ` done ${date}` }] }];
};
