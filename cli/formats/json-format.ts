import type { FileReport } from './file-report.js';

/** `{ "diagnostics": [ { file, line, column, endLine, endColumn, severity, code, message } ] }` */
export function formatJson(reports: readonly FileReport[]): string {
    const diagnostics = reports.flatMap(report =>
        report.diagnostics.map(d => ({
            file: report.file,
            line: d.line,
            column: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            severity: d.severity,
            code: d.code,
            message: d.message
        }))
    );
    return JSON.stringify({ diagnostics }, null, 2) + '\n';
}
