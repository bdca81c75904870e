import type { Assumption } from '../generated/ast.js';
import { parseAmount } from './amounts.js';
import { upliftOf } from './experiment-uplift.js';

/** An assumption's amounts as the evaluation reads them. */
export interface AssumptionAmounts {
    readonly value?: number;
    readonly low?: number;
    readonly high?: number;
}

/**
 * An assumption's value and range: its own lines, or, when it comes `from` an experiment,
 * the experiment's uplift and interval (its own `value`/`range` are then an
 * `assumption-conflict` and ignored). An experiment with a problem gives no value.
 */
export function assumptionAmounts(assumption: Assumption): AssumptionAmounts {
    if (assumption.from) {
        const experiment = assumption.from.ref;
        const uplift = experiment && upliftOf(experiment);
        return uplift ? { value: uplift.uplift, low: uplift.low, high: uplift.high } : {};
    }
    return { value: parseAmount(assumption.value), low: parseAmount(assumption.low), high: parseAmount(assumption.high) };
}
