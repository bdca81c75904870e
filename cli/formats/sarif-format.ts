import type { PlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import type { FileReport } from './file-report.js';
import { artifactLocation, Fingerprints, linesOf, rootUri, sourceRoot } from './sarif-locations.js';
import { repositoryUrl, ruleIds, sarifLevels, sarifRules } from './sarif-rules.js';

/** What the run was, for the log's `invocations`. */
export interface SarifInvocation {
    readonly version: string;
    /** The command's arguments after `cop`, as given. */
    readonly argv: readonly string[];
    readonly exitCode: number;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every code as a rule with its help (the
 * section of docs/diagnostics.md), paths relative to the repository root (`SRCROOT`), and
 * fingerprints that keep an alert the same across unrelated edits.
 */
export function formatSarif(reports: readonly FileReport[], invocation: SarifInvocation): string {
    const root = sourceRoot();
    const fingerprints = new Fingerprints();
    const results = reports.flatMap(report => {
        const location = artifactLocation(report.file, root);
        const lines = linesOf(report.file, report.text);
        return report.diagnostics.map(d => ({
            ruleId: d.code,
            ...ruleIndexOf(d.code),
            level: sarifLevels[d.severity],
            message: { text: d.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: location,
                        region: {
                            startLine: d.line,
                            startColumn: d.column,
                            endLine: d.endLine,
                            endColumn: d.endColumn,
                            ...snippetOf(lines, d)
                        }
                    }
                }
            ],
            partialFingerprints: { 'copLineHash/v1': fingerprints.of(d.code, location.uri, lines[d.line - 1] ?? '') }
        }));
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'cop',
                        version: invocation.version,
                        semanticVersion: invocation.version,
                        informationUri: repositoryUrl,
                        rules: sarifRules()
                    }
                },
                invocations: [
                    {
                        // A check that ran to its end succeeded, whatever it found; a check of cop
                        // that failed on a plan (`internal-error`) did not.
                        executionSuccessful: !results.some(result => result.ruleId === 'internal-error'),
                        exitCode: invocation.exitCode,
                        commandLine: ['cop', ...invocation.argv].map(quoteArgument).join(' '),
                        arguments: [...invocation.argv]
                    }
                ],
                originalUriBaseIds: { SRCROOT: { uri: rootUri(root) } },
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

/** Where the code's rule is in `tool.driver.rules`; left out for a code that has none. */
function ruleIndexOf(code: string): { ruleIndex?: number } {
    const index = ruleIds.indexOf(code as (typeof ruleIds)[number]);
    return index < 0 ? {} : { ruleIndex: index };
}

/** The text the region covers (columns are UTF-16 code units, SARIF's default), when known. */
function snippetOf(lines: readonly string[], d: PlanDiagnostic): { snippet?: { text: string } } {
    if (lines.length === 0 || d.endLine > lines.length) return {};
    const covered = lines.slice(d.line - 1, d.endLine);
    covered[covered.length - 1] = covered[covered.length - 1].slice(0, d.endColumn - 1);
    covered[0] = covered[0].slice(d.column - 1);
    const text = covered.join('\n');
    return text === '' ? {} : { snippet: { text } };
}

function quoteArgument(argument: string): string {
    return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}
