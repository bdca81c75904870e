import { parseAmount } from '../impact/amounts.js';
import { parseDay } from '../impact/dates.js';
import type { CanonicalElement } from './canonical-lines.js';
import type { ElementChange, PolicyMatch, PolicyRule } from './diff-model.js';

/** The elements of one plan on one side, by `type` and `name`. */
export type ElementIndex = ReadonlyMap<string, CanonicalElement>;

export function indexElements(elements: readonly CanonicalElement[]): ElementIndex {
    const index = new Map<string, CanonicalElement>();
    for (const element of elements) {
        const key = `${element.type}\u0000${element.name}`;
        if (!index.has(key)) index.set(key, element);
    }
    return index;
}

interface Goal {
    readonly operator: string;
    readonly value: number;
    readonly text: string;
    readonly by?: number;
}

/** `>= 1000 by 2027-06` (a `target` line) or, with `subject`, `Deflected >= 1000` (a `key`). */
const GOAL = /^(?:(\S+)\s+)?(>=|<=|>|<|=)\s*(\S+)(?:\s+by\s+(\S+))?$/;

function parseGoal(text: string): (Goal & { subject?: string }) | undefined {
    const match = GOAL.exec(text.trim());
    const value = match ? parseAmount(match[3]) : undefined;
    if (!match || value === undefined) return undefined;
    return { subject: match[1], operator: match[2], value, text: text.trim(), by: parseDay(match[4]) };
}

/**
 * Why a target was made easier, or undefined when it was not: a lower `>=`/`>` value, a
 * higher `<=`/`<` value, a later `by` (or none), any other value for `=`, a change of
 * direction (`>=` to `<=`), or the target removed. Undefined for a new or a harder target.
 */
export function loweredBy(before: string | undefined, after: string | undefined): string | undefined {
    if (before === undefined) return undefined;
    const old = parseGoal(before);
    if (!old) return undefined;
    if (after === undefined) return `the target ${old.text} was removed`;
    const goal = parseGoal(after);
    if (!goal) return undefined;
    const from = `from ${old.text} to ${goal.text}`;
    const rising = (op: string) => op === '>=' || op === '>';
    const falling = (op: string) => op === '<=' || op === '<';
    if (old.operator !== goal.operator) {
        const sameDirection = (rising(old.operator) && rising(goal.operator)) || (falling(old.operator) && falling(goal.operator));
        // `> 100` to `>= 100` admits 100 too; `>=` to `>` is stricter.
        if (!sameDirection || (goal.operator.length > old.operator.length && goal.value === old.value)) return `the target was loosened ${from}`;
    }
    if (rising(goal.operator) && rising(old.operator) && goal.value < old.value) return `the target was lowered ${from}`;
    if (falling(goal.operator) && falling(old.operator) && goal.value > old.value) return `the target was raised ${from} (more is allowed)`;
    if (goal.operator === '=' && old.operator === '=' && goal.value !== old.value) return `the target value changed ${from}`;
    if (old.by !== undefined && goal.by === undefined) return `the target's date was removed (${from})`;
    if (old.by !== undefined && goal.by !== undefined && goal.by > old.by) return `the target's date was moved later ${from}`;
    return undefined;
}

/** The lines of one field of an element (`target`, `key`), split back into its items. */
function linesOf(element: CanonicalElement | undefined, field: string): string[] {
    return element?.fields.get(field)?.map(line => line.text) ?? [];
}

/**
 * The changes of one plan that match the rules asked for. `before` and `after` index the
 * plan's elements on each side (a removed indicator's target was removed too).
 */
export function matchPolicies(rules: readonly PolicyRule[], changes: readonly ElementChange[], before: ElementIndex, after: ElementIndex): PolicyMatch[] {
    const matches: PolicyMatch[] = [];
    const wanted = new Set(rules);
    const seen = new Set<string>();
    for (const change of changes) {
        const key = `${change.type}\u0000${change.element}`;
        const base = {
            plan: change.plan,
            element: change.element,
            type: change.type,
            file: change.file,
            line: change.line,
            ...(change.title !== undefined ? { title: change.title } : {})
        };
        if (wanted.has('target-lowered')) {
            const old = before.get(key);
            const current = change.change === 'removed' ? undefined : after.get(key);
            const fieldHit = change.change === 'changed' && (change.field === 'target' || change.field === 'key');
            if (fieldHit || (change.change === 'removed' && old)) {
                for (const reason of loweredTargets(old, current, change.change === 'removed' ? ['target', 'key'] : [change.field!])) {
                    matches.push({ rule: 'target-lowered', ...base, field: reason.field, reason: reason.text });
                }
            }
        }
        if (wanted.has('value-removed') && change.change === 'removed' && (change.type === 'value' || change.type === 'shared')) {
            matches.push({ rule: 'value-removed', ...base, reason: change.type === 'value' ? 'a matrix value was removed' : 'a shared value was removed' });
        }
        if (wanted.has('unsourced-assumption') && change.type === 'assumption' && change.change !== 'removed' && !seen.has(key)) {
            const current = after.get(key);
            if (current && !current.fields.has('source') && !current.fields.has('from')) {
                seen.add(key);
                matches.push({ rule: 'unsourced-assumption', ...base, reason: `the assumption was ${change.change} without a \`source\` or \`from\` line` });
            }
        }
    }
    return matches;
}

function loweredTargets(
    before: CanonicalElement | undefined,
    after: CanonicalElement | undefined,
    fields: readonly string[]
): { field: string; text: string }[] {
    const reasons: { field: string; text: string }[] = [];
    for (const field of fields) {
        const old = linesOf(before, field);
        const current = linesOf(after, field);
        if (field === 'key') {
            // Key results are matched by their subject (`key Deflected >= 1000`).
            const bySubject = new Map(current.map(text => [parseGoal(text)?.subject, text]));
            for (const text of old) {
                const subject = parseGoal(text)?.subject;
                const reason = loweredBy(text.replace(/^\S+\s+/, ''), bySubject.get(subject)?.replace(/^\S+\s+/, ''));
                if (reason) reasons.push({ field, text: `key result ${subject}: ${reason}` });
            }
        } else {
            const reason = loweredBy(old[0], current[0]);
            if (reason) reasons.push({ field, text: reason });
        }
    }
    return reasons;
}
