import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type {
    ActualPoint,
    Arm,
    Assumption,
    Decision,
    Indicator,
    KeyResult,
    NumberLiteral,
    Review,
    ReviewAction,
    Share,
    Story,
    Target,
    Threshold
} from '../generated/ast.js';
import { numberProblem } from '../impact/amounts.js';
import { dateProblem } from '../impact/dates.js';
import { numberProblemText } from '../impact/value-problems.js';
import { report } from './report.js';

/**
 * Strict dates and numbers (Part 7 of the contract): every DATE and every number a plan
 * writes is checked where it is written. The evaluation does not use an impossible date or
 * an inexact number (`parseDay` and `parseAmount` give nothing for them), so each message
 * also says what is left out until the line is fixed.
 */
export class ValueChecks {
    checkTarget = (target: Target, accept: ValidationAcceptor): void => {
        // Not a string built per target: most targets are fine, and a plan has thousands.
        const effect = target.$container.$type === 'Kpi' ? KPI_TARGET_EFFECT : INDICATOR_TARGET_EFFECT;
        checkNumber(accept, target, 'value', target.value, effect);
        checkDate(accept, target, 'by', target.by, effect);
    };

    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        checkNumber(accept, indicator, 'baseline', indicator.baseline, 'The baseline is not used until it is fixed.');
    };

    checkActualPoint = (actual: ActualPoint, accept: ValidationAcceptor): void => {
        const effect = 'This actual is not used until it is fixed.';
        checkDate(accept, actual, 'date', actual.date, effect);
        checkNumber(accept, actual, 'value', actual.value, effect);
    };

    checkStory = (story: Story, accept: ValidationAcceptor): void => {
        checkDate(accept, story, 'date', story.date, 'The story has no date until it is fixed.');
    };

    checkDecision = (decision: Decision, accept: ValidationAcceptor): void => {
        checkDate(accept, decision, 'due', decision.due, 'The decision has no due date until it is fixed.');
        decision.thresholds.forEach(threshold => checkThreshold(accept, threshold));
    };

    checkReview = (review: Review, accept: ValidationAcceptor): void => {
        checkDate(accept, review, 'date', review.date, 'The review has no date until it is fixed.');
    };

    checkReviewAction = (action: ReviewAction, accept: ValidationAcceptor): void => {
        checkDate(accept, action, 'due', action.due, 'The action is not judged overdue until it is fixed.');
        checkDate(accept, action, 'done', action.done, 'The action still counts as done.');
    };

    checkKeyResult = (key: KeyResult, accept: ValidationAcceptor): void => {
        const effect = 'This key result is not judged until it is fixed.';
        checkNumber(accept, key, 'value', key.value, effect);
        checkDate(accept, key, 'by', key.by, effect);
    };

    checkAssumption = (assumption: Assumption, accept: ValidationAcceptor): void => {
        const effect = 'The kpis that use this assumption have no value until it is fixed.';
        checkNumber(accept, assumption, 'value', assumption.value, effect);
        checkNumber(accept, assumption, 'low', assumption.low, effect);
        checkNumber(accept, assumption, 'high', assumption.high, effect);
    };

    checkArm = (arm: Arm, accept: ValidationAcceptor): void => {
        const effect = 'The experiment has no uplift until it is fixed.';
        for (const property of ['successes', 'trials', 'mean', 'sd', 'n'] as const) checkNumber(accept, arm, property, arm[property], effect);
    };

    checkShare = (share: Share, accept: ValidationAcceptor): void => {
        const effect = 'The share counts as 0% until it is fixed.';
        checkNumber(accept, share, 'low', share.low, effect);
        checkNumber(accept, share, 'high', share.high, effect);
    };

    checkNumberLiteral = (literal: NumberLiteral, accept: ValidationAcceptor): void => {
        checkNumber(accept, literal, 'value', literal.value, 'The kpi has no value until it is fixed.');
    };
}

const KPI_TARGET_EFFECT = 'The target of this kpi is not judged until it is fixed.';
const INDICATOR_TARGET_EFFECT = 'The target of this indicator is not judged until it is fixed.';

function checkThreshold(accept: ValidationAcceptor, threshold: Threshold): void {
    checkNumber(accept, threshold, 'value', threshold.value, 'The threshold is not judged until it is fixed.');
}

function checkNumber<N extends AstNode>(accept: ValidationAcceptor, node: N, property: Properties<N>, text: string | undefined, effect: string): void {
    const problem = numberProblem(text);
    if (!problem) return;
    const written = text!.replace(/\s+/g, '');
    report(accept, 'number-invalid', `${capitalised(numberProblemText(written, problem))}. ${effect}`, { node, property });
}

function checkDate<N extends AstNode>(accept: ValidationAcceptor, node: N, property: Properties<N>, text: string | undefined, effect: string): void {
    const problem = dateProblem(text);
    if (!problem) return;
    report(accept, 'date-invalid', `${text!.trim()} is not a date: ${problem}. ${effect}`, { node, property });
}

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
