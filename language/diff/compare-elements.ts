import type { CanonicalElement, FieldLine } from './canonical-lines.js';
import type { ElementChange } from './diff-model.js';

/** Where the elements being compared come from: their plan's name and the files of each side. */
export interface ElementSides {
    readonly plan: string;
    readonly beforeFile?: string;
    readonly afterFile?: string;
}

/** `type` and `name`: how an element is matched across the two sides. */
function keyOf(element: CanonicalElement): string {
    return `${element.type}\u0000${element.name}`;
}

/**
 * The changes between the elements of one plan before and after: matched by type and name
 * (so moving a block is no change), one entry per line keyword whose lines differ as a set
 * of items (so reordering lines, or splitting `measure A, B` over two lines, is no change).
 */
export function compareElements(before: readonly CanonicalElement[], after: readonly CanonicalElement[], sides: ElementSides): ElementChange[] {
    const changes: ElementChange[] = [];
    const old = new Map<string, CanonicalElement>();
    for (const element of before) if (!old.has(keyOf(element))) old.set(keyOf(element), element);
    const seen = new Set<string>();
    for (const element of after) {
        const key = keyOf(element);
        if (seen.has(key)) continue; // a duplicate name is the checker's concern (duplicate-name)
        seen.add(key);
        const previous = old.get(key);
        const base = { plan: sides.plan, element: element.name, type: element.type, file: sides.afterFile ?? '', line: element.line };
        if (!previous) {
            changes.push({ ...base, change: 'added', ...titled(element.title) });
            continue;
        }
        const title = element.title ?? previous.title;
        for (const field of fieldOrder(previous, element)) {
            const a = previous.fields.get(field);
            const b = element.fields.get(field);
            if (sameLines(a, b)) continue;
            changes.push({ ...base, change: 'changed', field, before: joined(a), after: joined(b), ...titled(title) });
        }
    }
    for (const element of before) {
        const key = keyOf(element);
        if (seen.has(key)) continue;
        seen.add(key);
        changes.push({
            plan: sides.plan,
            element: element.name,
            type: element.type,
            change: 'removed',
            file: sides.beforeFile ?? '',
            line: element.line,
            ...titled(element.title)
        });
    }
    return changes;
}

function titled(title: string | undefined): { title?: string } {
    return title === undefined ? {} : { title };
}

/** The fields of the new element in its order, then those only the old one had. */
function fieldOrder(before: CanonicalElement, after: CanonicalElement): string[] {
    const fields = [...after.fields.keys()];
    for (const field of before.fields.keys()) if (!after.fields.has(field)) fields.push(field);
    return fields;
}

function itemsKey(lines: readonly FieldLine[] | undefined): string {
    if (!lines) return '';
    return lines
        .flatMap(line => line.items)
        .sort()
        .join('\u0000');
}

function sameLines(a: readonly FieldLine[] | undefined, b: readonly FieldLine[] | undefined): boolean {
    if (!a || !b) return a === b;
    return itemsKey(a) === itemsKey(b);
}

/** Repeated lines as one list: their texts joined by `; `; null when the line is absent. */
function joined(lines: readonly FieldLine[] | undefined): string | null {
    return lines && lines.length > 0 ? lines.map(line => line.text).join('; ') : null;
}
