import type { AstNode } from 'langium';
import type { Indicator, PlanFile, Shared, Value } from '../generated/ast.js';
import { isCycle, isInput, isKpi, isObjective, isOutcome, isOutput, isQuantityRef, isShared, isStory, isValue, isActual } from '../generated/ast.js';
import { AstUtils } from 'langium';

/**
 * Which values a plan delivers and which indicators it uses, found in one pass over the
 * plan so the whole-plan checks stay linear in its size.
 */
export interface PlanUsage {
    /** Values delivered by an outcome, directly or through a shared value. */
    readonly deliveredValues: ReadonlySet<Value>;
    /** Shared values some outcome delivers. */
    readonly deliveredShared: ReadonlySet<Shared>;
    /** The plan's own shared values each value is a side of (another plan may deliver them). */
    readonly sharedOf: ReadonlyMap<Value, readonly Shared[]>;
    /** Indicators measured by a chain element, tracked by a cycle, or used by the impact layer. */
    readonly usedIndicators: ReadonlySet<Indicator>;
}

export function computePlanUsage(root: PlanFile): PlanUsage {
    const deliveredValues = new Set<Value>();
    const deliveredShared = new Set<Shared>();
    const sharedOf = new Map<Value, Shared[]>();
    const usedIndicators = new Set<Indicator>();
    const useIndicator = (node: AstNode | undefined) => {
        if (node && node.$type === 'Indicator') usedIndicators.add(node as Indicator);
    };
    for (const element of root.elements ?? []) {
        if (isShared(element)) {
            for (const side of [...element.member, ...element.organization]) {
                const value = side.ref;
                if (!value) continue;
                const list = sharedOf.get(value);
                if (list) list.push(element);
                else sharedOf.set(value, [element]);
            }
        }
        if (isOutcome(element)) {
            for (const ref of element.delivers) {
                const target = ref.ref;
                if (isValue(target)) deliveredValues.add(target);
                else if (isShared(target)) {
                    deliveredShared.add(target);
                    for (const side of [...target.member, ...target.organization]) {
                        if (side.ref) deliveredValues.add(side.ref);
                    }
                }
            }
        }
        if (isInput(element) || isOutput(element) || isOutcome(element)) {
            element.measures.forEach(ref => useIndicator(ref.ref));
        } else if (isCycle(element)) {
            element.tracks.forEach(ref => useIndicator(ref.ref));
        } else if (isKpi(element) && element.formula) {
            for (const node of AstUtils.streamAst(element.formula)) {
                if (isQuantityRef(node)) useIndicator(node.ref?.ref);
            }
        } else if (isObjective(element)) {
            element.keys.forEach(key => useIndicator(key.subject?.ref)); // a half-typed key has no subject yet
        } else if (isStory(element)) {
            element.tags.forEach(ref => useIndicator(ref.ref));
        } else if (isActual(element)) {
            useIndicator(element.indicator?.ref);
        }
    }
    return { deliveredValues, deliveredShared, sharedOf, usedIndicators };
}
