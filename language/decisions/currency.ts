import type { Unit } from '../impact/units.js';
import { formatUnit } from '../impact/units.js';

/**
 * Words that name a currency besides ISO 4217 codes (compared in their singular, as units are:
 * `euros` is `euro`). A unit is a currency when it is one such word to the power one: `USD`,
 * `EUR`, `CHF`, `euros`; `USD/year` or `USD/request` are not a currency but a rate.
 */
const CURRENCY_WORDS = new Set(['dollar', 'euro', 'pound', 'yen', 'yuan', 'franc', 'rupee', 'krona', 'krone', 'peso', 'real', 'rand']);

/** An ISO 4217 code: three capital letters (`USD`, `EUR`, `GBP`, `KES`). */
const ISO_CODE = /^[A-Z]{3}$/;

/** The unit's text when it is a currency (`USD`), else undefined. */
export function currencyOf(unit: Unit): string | undefined {
    if (unit.size !== 1) return undefined;
    const [[word, power]] = [...unit.entries()];
    if (power !== 1) return undefined;
    return ISO_CODE.test(word) || CURRENCY_WORDS.has(word.toLowerCase()) ? formatUnit(unit) : undefined;
}
