import type { FileReport } from './file-report.js';
import { countBySeverity } from './file-report.js';

/** `file:line:col severity code message`, one a line, then a summary (like tsc and eslint's unix format). */
export function formatText(reports: readonly FileReport[]): string {
    const lines: string[] = [];
    for (const report of reports) {
        for (const d of report.diagnostics) {
            lines.push(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
        }
    }
    lines.push(summary(reports));
    return lines.join('\n') + '\n';
}

function summary(reports: readonly FileReport[]): string {
    const counts = countBySeverity(reports);
    const files = `${reports.length} plan file${reports.length === 1 ? '' : 's'}`;
    const parts = [
        plural(counts.error, 'error'),
        plural(counts.warning, 'warning'),
        counts.information > 0 ? plural(counts.information, 'information', 'information') : '',
        counts.hint > 0 ? plural(counts.hint, 'hint') : ''
    ].filter(Boolean);
    if (counts.error + counts.warning + counts.information + counts.hint === 0) return `No problems in ${files}.`;
    return `${parts.join(', ')} in ${files}.`;
}

function plural(count: number, word: string, many = `${word}s`): string {
    return `${count} ${count === 1 ? word : many}`;
}
