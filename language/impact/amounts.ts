/**
 * Amounts as the grammar keeps them: strings like `-5`, `38`, `0.25` or `80%`.
 * A trailing `%` divides by a hundred, so `80%` and `0.8` are the same number.
 */
export function parseAmount(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const trimmed = text.replace(/\s+/g, '');
    const match = /^(-?)(\d+(?:\.\d+)?)(%?)$/.exec(trimmed);
    if (!match) return undefined;
    const magnitude = Number(match[2]) / (match[3] ? 100 : 1);
    return match[1] ? -magnitude : magnitude;
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
    const text = shown.toLocaleString('en-US', { maximumFractionDigits: digits });
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
