import type { Severity } from '../../language/diagnostics/codes.js';
import { escapeControlsButLineBreaks } from './control-chars.js';
import type { FileReport } from './file-report.js';

const commands: Record<Severity, 'error' | 'warning' | 'notice'> = {
    error: 'error',
    warning: 'warning',
    information: 'notice',
    hint: 'notice'
};

/**
 * GitHub Actions workflow commands, one a line, which the runner shows as annotations on the
 * pull request: `::error file=F,line=L,col=C,endLine=…,endColumn=…,title=CODE::MESSAGE`.
 * Escaped as the runner unescapes them (actions/toolkit, `command.ts`): in the message `%`,
 * CR and LF; in properties also `:` and `,`. Other control characters become visible escapes,
 * so a plan cannot start a workflow command or a terminal sequence of its own.
 */
export function formatGithub(reports: readonly FileReport[]): string {
    const lines: string[] = [];
    for (const report of reports) {
        for (const d of report.diagnostics) {
            const properties = [
                `file=${escapeProperty(report.file)}`,
                `line=${d.line}`,
                `col=${d.column}`,
                `endLine=${d.endLine}`,
                `endColumn=${d.endColumn}`,
                `title=${escapeProperty(d.code)}`
            ].join(',');
            lines.push(`::${commands[d.severity]} ${properties}::${escapeData(d.message)}`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}

export function escapeData(text: string): string {
    return escapeControlsButLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
