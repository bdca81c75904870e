/**
 * Amounts as the grammar keeps them: strings like `-5`, `38`, `0.25` or `80%`.
 * A trailing `%` divides by a hundred, so `80%` and `0.8` are the same number.
 */
const SPACE = /\s/;
const AMOUNT = /^-?\d+(?:\.\d+)?%?$/;

export function parseAmount(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const compact = SPACE.test(text) ? text.replace(/\s+/g, '') : text;
    // `test` and `Number` rather than the groups of a match: amounts are read thousands of
    // times per check, and a match allocates an array and a string per group.
    if (!AMOUNT.test(compact)) return undefined;
    // A number a double cannot hold exactly is not used at all (`number-invalid` says so):
    // a rounded or infinite value would be a number nobody wrote.
    if (compact.length > SAFE_LENGTH && numberProblem(compact) !== undefined) return undefined;
    // A sign read by `Number` is the negation `-x` would give, and (-x) / 100 is -(x / 100).
    return compact.endsWith('%') ? Number(compact.slice(0, -1)) / 100 : Number(compact);
}

/** The largest magnitude, and the most significant digits, a number may be written with. */
export const LARGEST_NUMBER = 1e15;
export const MOST_DIGITS = 15;
/** `-99999999999999%` has 14 digits: text up to this length cannot break either limit. */
const SAFE_LENGTH = 15;

/** Why a written number cannot be computed with exactly. */
export interface NumberProblem {
    readonly kind: 'too-large' | 'too-precise';
    /** Significant digits written (from the first to the last non-zero digit). */
    readonly digits: number;
}

/**
 * Whether a number as written (`-5`, `0.25`, `80%`) lies within what cop computes with
 * exactly: magnitude at most 10^15 and at most 15 significant digits (leading and trailing
 * zeros do not count: `1000` has one, `0.0250` has two). The `%` is ignored: the limits are
 * on what people write. Undefined for a good number, or text that is not a number at all.
 */
export function numberProblem(text: string | undefined): NumberProblem | undefined {
    if (text === undefined) return undefined;
    const compact = SPACE.test(text) ? text.replace(/\s+/g, '') : text;
    if (!AMOUNT.test(compact)) return undefined;
    let first = -1;
    let last = -1;
    let position = 0; // digits seen, the point not counted
    let wholeDigits = -1; // significant digits before the point
    for (let i = 0; i < compact.length; i++) {
        const code = compact.charCodeAt(i);
        if (code === 46) {
            wholeDigits = first < 0 ? 0 : position - first;
            continue;
        } // '.'
        if (code < 48 || code > 57) continue; // '-', '%'
        if (code !== 48) {
            if (first < 0) first = position;
            last = position;
        }
        position++;
    }
    if (wholeDigits < 0) wholeDigits = first < 0 ? 0 : position - first;
    const digits = first < 0 ? 0 : last - first + 1;
    const magnitude = Math.abs(Number(compact.endsWith('%') ? compact.slice(0, -1) : compact));
    if (wholeDigits > 16 || magnitude > LARGEST_NUMBER) return { kind: 'too-large', digits };
    if (digits > MOST_DIGITS) return { kind: 'too-precise', digits };
    return undefined;
}

/** Whether an amount was written as a percentage (so views show it as one). */
export function isPercent(text: string | undefined): boolean {
    return text?.trim().endsWith('%') ?? false;
}

/** A number for people: thousands separated, at most two decimals, `%` when asked. */
export function formatNumber(value: number | undefined, percent = false): string {
    if (value === undefined || Number.isNaN(value)) return '—';
    if (value === Infinity) return '∞';
    if (value === -Infinity) return '−∞';
    const shown = percent ? value * 100 : value;
    const size = Math.abs(shown);
    // Two significant digits for small fractions (0.0042, not 0), down to ten decimals.
    const digits = size >= 100 ? 0 : size >= 10 ? 1 : size >= 0.01 || size < 1e-10 ? 2 : 1 - Math.floor(Math.log10(size));
    let text = formatDecimal(shown, Math.min(digits, 11));
    // `-0` (written, or a tiny negative rounded away) is zero to a reader.
    if (text.startsWith('-') && /^-[0.,]*$/.test(text)) text = text.slice(1);
    return percent ? `${text}%` : text;
}

/**
 * A number as a plan writes it, for code a message suggests (`target >= 1234.5`): no
 * thousands separators (a plan cannot parse them), up to six decimals, `-0` as 0, `%` when
 * asked (`80%` for 0.8).
 */
export function formatPlanNumber(value: number, percent = false): string {
    const text = formatDecimal(percent ? value * 100 : value, 6).replace(/,/g, '');
    const plain = /^-[0.]*$/.test(text) ? text.slice(1) : text;
    return percent ? `${plain}%` : plain;
}

/** A number with exactly `digits` decimals (`10.0 MB`), grouped like `formatDecimal`; `-0` is 0. */
export function formatFixed(value: number, digits: number): string {
    let text = formatDecimal(value, digits);
    if (text.startsWith('-') && /^-[0.,]*$/.test(text)) text = text.slice(1);
    const point = text.indexOf('.');
    const decimals = point < 0 ? 0 : text.length - point - 1;
    return digits === 0 ? text : `${text}${point < 0 ? '.' : ''}${'0'.repeat(digits - decimals)}`;
}

/** Significant digits a number keeps in JSON exports: enough for any amount, none of the noise. */
export const EXPORT_DIGITS = 12;

/**
 * A number as exports write it: 12 significant digits, so 0.1 + 0.2 is 0.3 and 0.57 × 100
 * is 57; `-0` is 0; no NaN or infinity (null, which the export schemas allow where a value
 * may be missing).
 */
export function exportNumber(value: number | undefined | null): number | null {
    if (value === undefined || value === null || !Number.isFinite(value)) return null;
    const rounded = Number(value.toPrecision(EXPORT_DIGITS));
    return rounded === 0 ? 0 : rounded;
}

/** A short number for chart axes: `1.2M`, `15k`, `450`. */
export function formatCompact(value: number, percent = false): string {
    if (percent) return formatNumber(value, true);
    const size = Math.abs(value);
    if (size >= 1e6) return `${formatNumber(Number((value / 1e6).toFixed(1)))}M`;
    if (size >= 1e4) return `${formatNumber(Math.round(value / 1e3))}k`;
    return formatNumber(value);
}

/**
 * `value` as `Intl.NumberFormat('en-US', { maximumFractionDigits: digits })` writes it:
 * comma-grouped thousands, at most `digits` decimals rounded half away from zero from the
 * shortest decimal form of the number, no trailing zeros, `-0` kept. Written by hand because
 * the first Intl formatter of a process starts ICU, 15 ms of every `cop check`.
 */
export function formatDecimal(value: number, digits: number): string {
    const negative = value < 0 || Object.is(value, -0);
    const [whole, fraction] = plainDecimal(Math.abs(value));
    let integer = whole;
    let decimals = fraction;
    if (decimals.length > digits) {
        const roundUp = decimals.charCodeAt(digits) >= 53; // '5'
        decimals = decimals.slice(0, digits);
        if (roundUp) {
            const next = increment(integer + decimals);
            integer = next.slice(0, next.length - digits);
            decimals = next.slice(next.length - digits);
        }
    }
    // Each replacement only where it can change something: most numbers shown are whole.
    if (decimals.endsWith('0')) decimals = decimals.replace(/0+$/, '');
    const grouped = integer.length > 3 ? integer.replace(/\B(?=(\d{3})+$)/g, ',') : integer;
    return `${negative ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** The digits before and after the point of a finite non-negative number, without an exponent. */
function plainDecimal(value: number): [string, string] {
    const text = String(value);
    const exponent = text.indexOf('e');
    if (exponent < 0) {
        const point = text.indexOf('.');
        return point < 0 ? [text, ''] : [text.slice(0, point), text.slice(point + 1)];
    }
    // `1.5e+21`, `1.23e-7`: move the point by the exponent.
    const mantissa = text.slice(0, exponent).replace('.', '');
    const shift = Number(text.slice(exponent + 1)) + 1; // digits before the point
    if (shift <= 0) return ['0', '0'.repeat(-shift) + mantissa];
    if (shift >= mantissa.length) return [mantissa + '0'.repeat(shift - mantissa.length), ''];
    return [mantissa.slice(0, shift), mantissa.slice(shift)];
}

/** A string of decimal digits plus one (`999` → `1000`). */
function increment(digits: string): string {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    if (i < 0) return '1' + '0'.repeat(digits.length);
    return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * A computed figure as `cop measure --write` puts it in an actuals file: 12 significant
 * digits, plain decimal notation (never `1e-7`, which an actuals file cannot hold), `-0` as 0.
 */
export function formatFigure(value: number): string {
    const rounded = exportNumber(value) ?? 0;
    const text = String(rounded);
    if (!/e/i.test(text)) return text;
    const [whole, fraction = ''] = rounded.toFixed(20).split('.');
    const trimmed = fraction.replace(/0+$/, '');
    return trimmed ? `${whole}.${trimmed}` : whole;
}
