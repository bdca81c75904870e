import { parseAmount } from './amounts.js';
import { parseDay } from './dates.js';
import type { Goal, Operator } from './status.js';

export function goalOf(target: { operator: string; value: string; by?: string } | undefined): Goal | undefined {
    const value = parseAmount(target?.value);
    if (!target || value === undefined) return undefined;
    const by = parseDay(target.by);
    // An impossible date (`by 2027-13`, reported as date-invalid) leaves no goal: judged
    // without its date, the target would be one nobody set.
    if (target.by !== undefined && by === undefined) return undefined;
    return { operator: target.operator as Operator, value, by };
}
