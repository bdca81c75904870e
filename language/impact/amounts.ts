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
    // A sign read by `Number` is the negation `-x` would give, and (-x) / 100 is -(x / 100).
    return compact.endsWith('%') ? Number(compact.slice(0, -1)) / 100 : Number(compact);
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
    const digits = Math.abs(shown) >= 100 ? 0 : Math.abs(shown) >= 10 ? 1 : 2;
    const text = formatDecimal(shown, digits);
    return percent ? `${text}%` : text;
}

/** A short number for chart axes: `1.2M`, `15k`, `450`. */
export function formatCompact(value: number, percent = false): string {
    if (percent) return formatNumber(value, true);
    const size = Math.abs(value);
    if (size >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
    if (size >= 1e4) return `${+(value / 1e3).toFixed(0)}k`;
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
