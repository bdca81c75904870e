import type { Expression, Quantity } from '../generated/ast.js';
import { isBinaryExpression, isNegation, isNumberLiteral, isQuantityRef } from '../generated/ast.js';
import { parseAmount } from './amounts.js';
import type { Interval } from './interval.js';
import { addIntervals, divideIntervals, multiplyIntervals, negateInterval, point, subtractIntervals } from './interval.js';
import type { Unit } from './units.js';
import { DIMENSIONLESS, divideUnits, multiplyUnits, sameUnit } from './units.js';

/**
 * Formulas are evaluated on the parsed tree (never as text). Each walk takes a lookup for
 * the names it meets; an undefined anywhere makes the whole result undefined ("no data").
 */
export function evaluateFormula(expression: Expression | undefined, valueOf: (quantity: Quantity) => number | undefined): number | undefined {
    if (!expression) return undefined;
    if (isNumberLiteral(expression)) return parseAmount(expression.value);
    if (isQuantityRef(expression)) return expression.ref.ref ? valueOf(expression.ref.ref) : undefined;
    if (isNegation(expression)) {
        const operand = evaluateFormula(expression.operand, valueOf);
        return operand === undefined ? undefined : -operand;
    }
    if (isBinaryExpression(expression)) {
        const left = evaluateFormula(expression.left, valueOf);
        const right = evaluateFormula(expression.right, valueOf);
        if (left === undefined || right === undefined) return undefined;
        switch (expression.operator) {
            case '+': return left + right;
            case '-': return left - right;
            case '*': return left * right;
            case '/': return right === 0 ? undefined : left / right;
        }
    }
    return undefined;
}

export function evaluateInterval(expression: Expression | undefined, intervalOf: (quantity: Quantity) => Interval | undefined): Interval | undefined {
    if (!expression) return undefined;
    if (isNumberLiteral(expression)) {
        const value = parseAmount(expression.value);
        return value === undefined ? undefined : point(value);
    }
    if (isQuantityRef(expression)) return expression.ref.ref ? intervalOf(expression.ref.ref) : undefined;
    if (isNegation(expression)) {
        const operand = evaluateInterval(expression.operand, intervalOf);
        return operand && negateInterval(operand);
    }
    if (isBinaryExpression(expression)) {
        const left = evaluateInterval(expression.left, intervalOf);
        const right = evaluateInterval(expression.right, intervalOf);
        if (!left || !right) return undefined;
        switch (expression.operator) {
            case '+': return addIntervals(left, right);
            case '-': return subtractIntervals(left, right);
            case '*': return multiplyIntervals(left, right);
            case '/': return divideIntervals(left, right);
        }
    }
    return undefined;
}

/** A `+` or `-` whose two sides have different units. */
export interface UnitClash {
    readonly node: Expression;
    readonly left: Unit;
    readonly right: Unit;
    readonly operator: '+' | '-';
}

/**
 * The unit of a formula: products and quotients as written; a sum keeps its left side's
 * unit and records a clash when the right side's differs. Unknown names count as
 * dimensionless (they are already reported as unresolved).
 */
export function unitOfFormula(expression: Expression | undefined, unitOf: (quantity: Quantity) => Unit, clashes: UnitClash[] = []): Unit {
    if (!expression) return DIMENSIONLESS;
    if (isNumberLiteral(expression)) return DIMENSIONLESS;
    if (isQuantityRef(expression)) return expression.ref.ref ? unitOf(expression.ref.ref) : DIMENSIONLESS;
    if (isNegation(expression)) return unitOfFormula(expression.operand, unitOf, clashes);
    if (isBinaryExpression(expression)) {
        const left = unitOfFormula(expression.left, unitOf, clashes);
        const right = unitOfFormula(expression.right, unitOf, clashes);
        switch (expression.operator) {
            case '*': return multiplyUnits(left, right);
            case '/': return divideUnits(left, right);
            default:
                if (!sameUnit(left, right)) clashes.push({ node: expression, left, right, operator: expression.operator });
                return left;
        }
    }
    return DIMENSIONLESS;
}

/** Every quantity a formula names directly. */
export function namesIn(expression: Expression | undefined): Quantity[] {
    if (!expression) return [];
    if (isQuantityRef(expression)) return expression.ref.ref ? [expression.ref.ref] : [];
    if (isNegation(expression)) return namesIn(expression.operand);
    if (isBinaryExpression(expression)) return [...namesIn(expression.left), ...namesIn(expression.right)];
    return [];
}

/** `x / 0`, `x / -0`, `x / 0%`: a division by a literal zero. */
export function literalZeroDivisions(expression: Expression | undefined): Expression[] {
    if (!expression) return [];
    if (isNegation(expression)) return literalZeroDivisions(expression.operand);
    if (isBinaryExpression(expression)) {
        const here = expression.operator === '/' && isLiteralZero(expression.right) ? [expression.right] : [];
        return [...here, ...literalZeroDivisions(expression.left), ...literalZeroDivisions(expression.right)];
    }
    return [];
}

function isLiteralZero(expression: Expression): boolean {
    if (isNumberLiteral(expression)) return parseAmount(expression.value) === 0;
    if (isNegation(expression)) return isLiteralZero(expression.operand);
    return false;
}
