import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay, today } from '../../language/impact/dates.js';
import { readMeasurePlan } from '../../language/measure/measure-plan.js';
import { lineagePathOf } from '../../language/measure/lineage.js';
import { planOf } from '../../language/model/plan-queries.js';
import { parseAsOf } from '../as-of-option.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { escapeControls } from '../formats/control-chars.js';
import type { Located } from '../measure/problem-position.js';
import { locate, position } from '../measure/problem-position.js';
import { runMeasures } from '../measure/duckdb-engine.js';
import { emitSql } from '../measure/emit-sql.js';
import { nextLineage } from '../measure/lineage-write.js';
import { Progress } from '../measure/progress.js';
import { formatMeasuresText } from '../measure/measure-text.js';
import { mergeActuals } from '../measure/write-actuals.js';
import { loadOnePlan } from '../plan-workspace.js';
import type { CommandContext } from './command.js';

export const measureHelp = `Usage: cop measure [options] PLAN

Computes the figures of the plan's computed indicators (\`compute …\`) and influences from
its sources' event files (CSV, JSON lines, Parquet) in embedded DuckDB, one period per row:
consent and missing required fields excluded and counted, renamed events mapped, the
period holding --as-of left out while incomplete.

Options:
  --as-of DATE           count rows up to DATE (YYYY-MM-DD; default today, UTC)
  --write                merge the figures into the plan's actuals file and write the
                         lineage file beside it (actuals.csv -> actuals.lineage.json)
  --format text|json     output format (default: text)
  --emit-sql             print the queries as portable SQL over one table per source
                         (for a warehouse) instead of running them
  -h, --help             show this help

Examples:
  cop measure plans/support.cop --as-of 2026-09-30
  cop measure plans/support.cop --write
  cop measure plans/support.cop --emit-sql > measures.sql

Exit codes: 0 figures computed, 1 the plan or its data has errors (nothing written),
2 usage, file or internal problem. Every field: docs/measure.md.`;

export async function runMeasure(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            'as-of': { type: 'string' },
            write: { type: 'boolean', default: false },
            format: { type: 'string', default: 'text' },
            'emit-sql': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(measureHelp + '\n');
        return 0;
    }
    if (values.format !== 'text' && values.format !== 'json') throw new CliError(`cop measure: unknown format "${values.format}"; use text or json.`);
    const asOfOption = parseAsOf(values['as-of'], 'measure');
    const asOf = asOfOption ?? today();
    const { document } = await loadOnePlan(positionals, 'measure', 'cop measure plan.cop --as-of 2026-09-30', { asOf });
    const planPath = document.uri.fsPath;
    const root = document.parseResult.value;
    const file = displayPath(planPath);
    const plan = readMeasurePlan(root);

    if (values['emit-sql']) {
        context.out(emitSql(plan, asOf));
        return 0;
    }
    // The actuals file is what `--write` creates or repairs: its problems (typed rows of a
    // computed indicator among them) do not stop a run.
    const planErrors: Located[] = (document.diagnostics ?? [])
        .filter(d => d.severity === 1 && d.code !== 'actuals-invalid' && d.code !== 'actual-conflict')
        .map(d => ({
            code: String(d.code ?? 'syntax-error'),
            severity: 'error',
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            message: typeof d.message === 'string' ? d.message : d.message.value
        }));
    if (planErrors.length > 0) {
        for (const d of planErrors) context.err(`${escapeControls(file)}:${d.line}:${d.column} error ${d.code} ${escapeControls(d.message)}\n`);
        context.err(`cop measure: ${escapeControls(file)} has errors; fix them (\`cop check ${escapeControls(file)}\`) before measuring.\n`);
        return 1;
    }
    if (plan.measures.length === 0 && plan.problems.length === 0) {
        context.err(`cop measure: ${escapeControls(file)} computes nothing: add a \`compute\` line to an indicator, or an \`influence\` (docs/measure.md).\n`);
        return 2;
    }
    const progress = new Progress();
    const result = await runMeasures(planPath, plan, asOf, progress.step).finally(() => progress.end());
    const diagnostics = [
        ...plan.problems.map(problem => ({
            code: 'source-invalid',
            severity: 'error',
            ...position(root, 'measure', problem.name),
            message: `${capitalise(problem.message)}.`
        })),
        ...result.problems.map(problem => locate(root, problem))
    ];
    const errors = diagnostics.filter(d => d.severity === 'error').length;

    if (values.format === 'json') {
        context.out(
            JSON.stringify(
                {
                    asOf: formatDay(asOf),
                    measures: result.runs.flatMap(run =>
                        run.figures.map(figure => ({
                            name: figure.name,
                            period: figure.period,
                            value: figure.value,
                            rows: figure.rows,
                            excluded: figure.excluded
                        }))
                    ),
                    lineage: {
                        duckdb: result.duckdbVersion,
                        measures: result.runs.map(run => ({
                            name: run.measure.name,
                            form: run.measure.kind.form,
                            query: run.query,
                            parameters: run.parameters,
                            files: run.sources.flatMap(source =>
                                source.files.map(f => ({ file: f.shown, sha256: f.sha256, rows: run.rowsPerFile.get(f.path) ?? 0 }))
                            )
                        }))
                    },
                    diagnostics: diagnostics.map(d => ({ file, ...d }))
                },
                null,
                2
            ) + '\n'
        );
    } else {
        for (const d of diagnostics) context.out(`${escapeControls(file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${escapeControls(d.message)}\n`);
        context.out(formatMeasuresText(result.runs, formatDay(asOf)));
    }
    if (errors > 0) {
        if (values.write) context.err(`cop measure: nothing written: ${errors} error${errors === 1 ? '' : 's'} in the plan's data.\n`);
        return 1;
    }
    if (values.write) {
        const actuals = planOf(root)?.actuals[0];
        if (actuals === undefined)
            throw new CliError(`cop measure: ${file} has no actuals file to write to; add \`actuals "data/actuals.csv"\` to its plan header.`);
        const actualsPath = resolve(dirname(planPath), actuals);
        const lineagePath = lineagePathOf(actualsPath);
        const merged = mergeActuals(
            actualsPath,
            result.runs.flatMap(run => run.figures)
        );
        const lineage = nextLineage(
            lineagePath,
            relative(dirname(lineagePath), actualsPath).split('\\').join('/'),
            result.duckdbVersion,
            result.runs,
            new Date().toISOString()
        );
        if (merged.text !== merged.before) writeFileAtomic(actualsPath, merged.text);
        if (lineage.text !== lineage.before) writeFileAtomic(lineagePath, lineage.text);
        const changed = merged.text !== merged.before || lineage.text !== lineage.before;
        context.err(
            changed
                ? `cop measure: wrote ${displayPath(actualsPath)} and ${displayPath(lineagePath)}.\n`
                : `cop measure: ${displayPath(actualsPath)} is up to date.\n`
        );
    }
    return 0;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
