import type { NumberProblem } from './amounts.js';
import { LARGEST_NUMBER, MOST_DIGITS, formatNumber } from './amounts.js';

/** A number as quoted in a message: the text written, shortened when it runs long. */
export function quotedNumber(text: string): string {
    return text.length <= 24 ? text : `${text.slice(0, 12)}…${text.slice(-6)} (${text.replace(/[^0-9]/g, '').length} digits)`;
}

/**
 * What is wrong with a number cop cannot compute with exactly, in plain words, for
 * `number-invalid` in a plan and in an actuals file alike.
 */
export function numberProblemText(text: string, problem: NumberProblem): string {
    const quoted = quotedNumber(text);
    if (problem.kind === 'too-large') {
        return `${quoted} is larger than ${formatNumber(LARGEST_NUMBER)} (10^15), the largest number cop computes with exactly; write it in a larger unit (thousands, millions)`;
    }
    return `${quoted} has ${problem.digits} significant digits, more than the ${MOST_DIGITS} cop computes with exactly; round it to ${MOST_DIGITS} digits or fewer`;
}
