import type { Severity } from '../../language/diagnostics/codes.js';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import type { FileReport } from './file-report.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
    error: 'error', warning: 'warning', information: 'note', hint: 'note'
};

/** SARIF 2.1.0, as GitHub code scanning and other CI dashboards read it. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
    const ruleIds = Object.keys(diagnosticRules) as Array<keyof typeof diagnosticRules>;
    const rules = ruleIds.map(id => ({
        id,
        name: id.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase()),
        shortDescription: { text: diagnosticRules[id].description },
        fullDescription: { text: diagnosticRules[id].description },
        defaultConfiguration: { level: levels[diagnosticRules[id].severity] },
        helpUri: 'https://github.com/cop-tools/cop/blob/main/docs/language.md#diagnostics'
    }));
    const results = reports.flatMap(report => report.diagnostics.map(d => ({
        ruleId: d.code,
        ruleIndex: ruleIds.indexOf(d.code as keyof typeof diagnosticRules),
        level: levels[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: encodeURI(report.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
            }
        }]
    })));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'cop', version, informationUri: 'https://github.com/cop-tools/cop', rules } },
            originalUriBaseIds: { '%SRCROOT%': { uri: encodeURI(`file://${process.cwd().replace(/\\/g, '/')}/`) } },
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
