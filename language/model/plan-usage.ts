import type { AstNode } from 'langium';
import type { Expression, Indicator, PlanFile, Shared, Value } from '../generated/ast.js';

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

/**
 * Compares `$type` rather than calling the generated guards: these types have no subtypes,
 * and a guard asks the reflection for every element and type (a third of the pass).
 */
export function computePlanUsage(root: PlanFile): PlanUsage {
    const deliveredValues = new Set<Value>();
    const deliveredShared = new Set<Shared>();
    const sharedOf = new Map<Value, Shared[]>();
    const usedIndicators = new Set<Indicator>();
    const useIndicator = (node: AstNode | undefined) => {
        if (node && node.$type === 'Indicator') usedIndicators.add(node as Indicator);
    };
    const useIndicators = (refs: ReadonlyArray<{ readonly ref?: AstNode }>) => {
        for (const ref of refs) useIndicator(ref.ref);
    };
    for (const element of root.elements ?? []) {
        switch (element.$type) {
            case 'Shared':
                addSides(sharedOf, element, element.member);
                addSides(sharedOf, element, element.organization);
                break;
            case 'Outcome':
                for (const ref of element.delivers) {
                    const target = ref.ref;
                    if (target?.$type === 'Value') deliveredValues.add(target);
                    else if (target?.$type === 'Shared') {
                        deliveredShared.add(target);
                        for (const side of target.member) if (side.ref) deliveredValues.add(side.ref);
                        for (const side of target.organization) if (side.ref) deliveredValues.add(side.ref);
                    }
                }
                useIndicators(element.measures);
                break;
            case 'Input':
            case 'Output':
                useIndicators(element.measures);
                break;
            case 'Cycle':
                useIndicators(element.tracks);
                break;
            case 'Kpi':
                useFormulaIndicators(element.formula, useIndicator);
                break;
            case 'Objective':
                for (const key of element.keys) useIndicator(key.subject?.ref); // a half-typed key has no subject yet
                break;
            case 'Story':
                useIndicators(element.tags);
                break;
            case 'Actual':
                useIndicator(element.indicator?.ref);
                break;
        }
    }
    return { deliveredValues, deliveredShared, sharedOf, usedIndicators };
}

/** Every name a formula refers to (`AstUtils.streamAst` without a stream: expressions nest only these ways). */
function useFormulaIndicators(expression: Expression | undefined, use: (node: AstNode | undefined) => void): void {
    switch (expression?.$type) {
        case 'QuantityRef':
            use(expression.ref?.ref);
            break;
        case 'Negation':
            useFormulaIndicators(expression.operand, use);
            break;
        case 'BinaryExpression':
            useFormulaIndicators(expression.left, use);
            useFormulaIndicators(expression.right, use);
            break;
    }
}

function addSides(sharedOf: Map<Value, Shared[]>, shared: Shared, sides: ReadonlyArray<{ readonly ref?: Value }>): void {
    for (const side of sides) {
        const value = side.ref;
        if (!value) continue;
        const list = sharedOf.get(value);
        if (list) list.push(shared);
        else sharedOf.set(value, [shared]);
    }
}
