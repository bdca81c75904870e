import type { Colors } from 'picocolors/types.js';
import type { Severity } from '../../language/diagnostics/codes.js';
import { escapeControls } from './control-chars.js';
import type { FileReport } from './file-report.js';
import { countBySeverity } from './file-report.js';

/**
 * `file:line:col severity code message`, one a line, then a summary (like tsc and eslint's
 * unix format). Nothing a plan wrote reaches the terminal unescaped (control-chars.ts);
 * colour, when on, only wraps the severity, the code and the summary.
 */
export function formatText(reports: readonly FileReport[], colors: Colors): string {
    const paint: Record<Severity, (text: string) => string> = {
        error: colors.red,
        warning: colors.yellow,
        information: colors.blue,
        hint: colors.dim
    };
    const lines: string[] = [];
    for (const report of reports) {
        const file = escapeControls(report.file);
        for (const d of report.diagnostics) {
            lines.push(`${file}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${colors.dim(escapeControls(d.code))} ${escapeControls(d.message)}`);
        }
    }
    lines.push(summary(reports, colors));
    return lines.join('\n') + '\n';
}

function summary(reports: readonly FileReport[], colors: Colors): string {
    const counts = countBySeverity(reports);
    const files = `${reports.length} plan file${reports.length === 1 ? '' : 's'}`;
    const parts = [
        plural(counts.error, 'error'),
        plural(counts.warning, 'warning'),
        counts.information > 0 ? plural(counts.information, 'information', 'information') : '',
        counts.hint > 0 ? plural(counts.hint, 'hint') : ''
    ].filter(Boolean);
    if (counts.error + counts.warning + counts.information + counts.hint === 0) return colors.green(`No problems in ${files}.`);
    const line = `${parts.join(', ')} in ${files}.`;
    return counts.error > 0 ? colors.bold(colors.red(line)) : counts.warning > 0 ? colors.yellow(line) : line;
}

function plural(count: number, word: string, many = `${word}s`): string {
    return `${count} ${count === 1 ? word : many}`;
}
