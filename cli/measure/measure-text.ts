import { formatNumber } from '../../language/impact/amounts.js';
import type { MeasureRun } from './duckdb-engine.js';

/** The figures for people: one block per measure, one line per period, exclusions said in words. */
export function formatMeasuresText(runs: readonly MeasureRun[], asOf: string): string {
    const lines: string[] = [];
    for (const run of runs) {
        const what = run.measure.kind.form === 'influence' ? 'influence' : `compute ${run.measure.kind.form}`;
        lines.push(`${run.measure.name} (${what}, ${run.measure.cadence})`);
        if (run.figures.length === 0) lines.push(`  no complete period with data as of ${asOf}`);
        for (const figure of run.figures) {
            const parts: string[] = [];
            if (figure.rows !== null) parts.push(`${figure.rows} row${figure.rows === 1 ? '' : 's'}`);
            if (figure.excluded?.consent) parts.push(`${figure.excluded.consent} without consent`);
            if (figure.excluded?.missing) parts.push(`${figure.excluded.missing} missing a required field`);
            lines.push(`  ${figure.period.padEnd(10)}  ${formatNumber(figure.value).padStart(12)}${parts.length ? `  (${parts.join(', ')})` : ''}`);
        }
    }
    lines.push(`As of ${asOf}; the period holding it is left out until it is complete.`);
    return lines.join('\n') + '\n';
}
