import type { Expression, Quantity } from '../generated/ast.js';
import { parseAmount } from './amounts.js';
import type { Interval } from './interval.js';
import { addIntervals, divideIntervals, multiplyIntervals, negateInterval, point, subtractIntervals } from './interval.js';
import type { Unit } from './units.js';
import { DIMENSIONLESS, divideUnits, multiplyUnits, sameUnit } from './units.js';

/**
 * Formulas are evaluated on the parsed tree (never as text). Each walk takes a lookup for
 * the names it meets; an undefined anywhere makes the whole result undefined ("no data").
 * The walks switch on `$type`: the four expression types have no subtypes, and a kpi's
 * formula is walked once per scenario, where the generated guards' reflection lookups
 * cost more than the arithmetic.
 */
export function evaluateFormula(expression: Expression | undefined, quantityValue: (quantity: Quantity) => number | undefined): number | undefined {
    switch (expression?.$type) {
        case 'NumberLiteral':
            return parseAmount(expression.value);
        case 'QuantityRef': {
            const quantity = expression.ref?.ref;
            return quantity ? quantityValue(quantity) : undefined;
        }
        case 'Negation': {
            const operand = evaluateFormula(expression.operand, quantityValue);
            return operand === undefined ? undefined : -operand;
        }
        case 'BinaryExpression': {
            const left = evaluateFormula(expression.left, quantityValue);
            const right = evaluateFormula(expression.right, quantityValue);
            if (left === undefined || right === undefined) return undefined;
            switch (expression.operator) {
                case '+':
                    return left + right;
                case '-':
                    return left - right;
                case '*':
                    return left * right;
                case '/':
                    return right === 0 ? undefined : left / right;
            }
        }
    }
    return undefined;
}

export function evaluateInterval(expression: Expression | undefined, intervalOf: (quantity: Quantity) => Interval | undefined): Interval | undefined {
    switch (expression?.$type) {
        case 'NumberLiteral': {
            const value = parseAmount(expression.value);
            return value === undefined ? undefined : point(value);
        }
        case 'QuantityRef': {
            const quantity = expression.ref?.ref;
            return quantity ? intervalOf(quantity) : undefined;
        }
        case 'Negation': {
            const operand = evaluateInterval(expression.operand, intervalOf);
            return operand && negateInterval(operand);
        }
        case 'BinaryExpression': {
            const left = evaluateInterval(expression.left, intervalOf);
            const right = evaluateInterval(expression.right, intervalOf);
            if (!left || !right) return undefined;
            switch (expression.operator) {
                case '+':
                    return addIntervals(left, right);
                case '-':
                    return subtractIntervals(left, right);
                case '*':
                    return multiplyIntervals(left, right);
                case '/':
                    return divideIntervals(left, right);
            }
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
    switch (expression?.$type) {
        case 'QuantityRef': {
            const quantity = expression.ref?.ref;
            return quantity ? unitOf(quantity) : DIMENSIONLESS;
        }
        case 'Negation':
            return unitOfFormula(expression.operand, unitOf, clashes);
        case 'BinaryExpression': {
            const left = unitOfFormula(expression.left, unitOf, clashes);
            const right = unitOfFormula(expression.right, unitOf, clashes);
            switch (expression.operator) {
                case '*':
                    return multiplyUnits(left, right);
                case '/':
                    return divideUnits(left, right);
                default:
                    if (!sameUnit(left, right)) clashes.push({ node: expression, left, right, operator: expression.operator });
                    return left;
            }
        }
    }
    return DIMENSIONLESS; // no formula, or a number
}

/** Every quantity a formula names directly, in the order written. */
export function namesIn(expression: Expression | undefined, names: Quantity[] = []): Quantity[] {
    switch (expression?.$type) {
        case 'QuantityRef': {
            const quantity = expression.ref?.ref;
            if (quantity) names.push(quantity);
            break;
        }
        case 'Negation':
            namesIn(expression.operand, names);
            break;
        case 'BinaryExpression':
            namesIn(expression.left, names);
            namesIn(expression.right, names);
            break;
    }
    return names;
}

/** `x / 0`, `x / -0`, `x / 0%`: a division by a literal zero, outermost first. */
export function literalZeroDivisions(expression: Expression | undefined, zeros: Expression[] = []): Expression[] {
    switch (expression?.$type) {
        case 'Negation':
            literalZeroDivisions(expression.operand, zeros);
            break;
        case 'BinaryExpression':
            if (expression.operator === '/' && isLiteralZero(expression.right)) zeros.push(expression.right);
            literalZeroDivisions(expression.left, zeros);
            literalZeroDivisions(expression.right, zeros);
            break;
    }
    return zeros;
}

function isLiteralZero(expression: Expression): boolean {
    switch (expression.$type) {
        case 'NumberLiteral':
            return parseAmount(expression.value) === 0;
        case 'Negation':
            return isLiteralZero(expression.operand);
        default:
            return false;
    }
}
