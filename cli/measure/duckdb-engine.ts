import type { DuckDBConnection } from '@duckdb/node-api';
import type { Day } from '../../language/impact/dates.js';
import { formatDay } from '../../language/impact/dates.js';
import type { Figure, QueryRow } from '../../language/measure/figures.js';
import { figuresOf, sqlFiguresOf } from '../../language/measure/figures.js';
import type { MeasurePlan, MeasureSpec, SourceSpec } from '../../language/measure/measure-plan.js';
import { buildMeasureQuery, columnsRead, eventsOf } from '../../language/measure/sql-builder.js';
import { quoteIdentifier as q } from '../../language/measure/sql-text.js';
import type { ResolvedSource } from './source-files.js';
import { resolveSource } from './source-files.js';
import { loadDuckDb } from './load-duckdb.js';
import type { TableShape } from './source-table.js';
import { addedColumns, FILE_COLUMN, fileOf, needsRowNumber, readerCall, tableStatement } from './source-table.js';

/**
 * Runs a plan's measures in embedded DuckDB. Each source is read once, natively
 * (read_csv / read_json / read_parquet over its files), into a table of the engine's own
 * schema; every measure is then one query over those tables (sql-builder.ts). The plan's
 * own `sql "…"` queries run last, once the raw rows are gone: they see one table per
 * source with consent, time and `--as-of` applied, with file access switched off, and only
 * a single SELECT is accepted.
 */

/** Where a problem belongs in the plan: a source, an event, or a measure (indicator or influence). */
export interface EngineProblem {
    readonly code: 'source-invalid' | 'event-unknown-field' | 'identity-unhashed' | 'time-unparseable';
    readonly message: string;
    readonly on: { readonly kind: 'source' | 'event' | 'measure'; readonly name: string };
}

export interface MeasureRun {
    readonly measure: MeasureSpec;
    readonly query: string;
    readonly parameters: readonly (string | number)[];
    readonly figures: readonly Figure[];
    /** The files the query read (every source's for `sql`). */
    readonly sources: readonly ResolvedSource[];
    readonly rowsPerFile: ReadonlyMap<string, number>;
    /** How the engine read each source the query reads, file paths relative to the plan (the lineage's `prepare`). */
    readonly prepare: readonly string[];
}

export interface EngineResult {
    readonly runs: readonly MeasureRun[];
    readonly problems: readonly EngineProblem[];
    readonly duckdbVersion: string;
}

const RAW = 'cop_raw';

export interface RunOptions {
    /** `cop check --data`: read every source and check the columns, but run no query. */
    readonly validateOnly?: boolean;
}

export async function runMeasures(
    planPath: string,
    plan: MeasurePlan,
    asOf: Day,
    step: (done: number, total: number) => void,
    options: RunOptions = {}
): Promise<EngineResult> {
    // Loaded here only: the rest of cop, and the editor extension, never load native code.
    const { DuckDBInstance } = loadDuckDb();
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    try {
        return await run(connection, planPath, plan, asOf, step, options);
    } finally {
        connection.closeSync();
        instance.closeSync();
    }
}

async function run(
    connection: DuckDBConnection,
    planPath: string,
    plan: MeasurePlan,
    asOf: Day,
    step: (done: number, total: number) => void,
    options: RunOptions
): Promise<EngineResult> {
    const problems: EngineProblem[] = [];
    await connection.run(`SET TimeZone = 'UTC'`);
    await connection.run(`CREATE SCHEMA ${RAW}`);
    const version = String((await connection.runAndReadAll('SELECT version() AS v')).getRowObjects()[0].v);
    const loaded = new Map<string, ResolvedSource>();
    const rowsPerFile = new Map<string, number>();
    const columns = new Map<string, Set<string>>();
    /** How each source was read, its files relative to the plan: the lineage's `prepare`. */
    const prepared = new Map<string, string>();
    const total = plan.sources.length + plan.measures.length;
    /** What each source's table holds (source-table.ts). */
    const shapes = new Map<string, TableShape>();
    let done = 0;
    const used = new Set(
        plan.measures.flatMap(measure => (measure.kind.form === 'sql' ? measure.kind.sources.map(s => s.name) : measure.source ? [measure.source.name] : []))
    );
    for (const spec of plan.sources) {
        if (!used.has(spec.name) && !options.validateOnly) continue;
        // Every problem of a source is said the same way: `Source \`Forum\`: what is wrong.`
        const invalid = (what: string) =>
            problems.push({ code: 'source-invalid', message: `Source \`${spec.name}\`: ${what}.`, on: { kind: 'source', name: spec.name } });
        const resolved = resolveSource(planPath, spec);
        if (typeof resolved === 'string') {
            invalid(resolved);
            continue;
        }
        let described: { name: string; type: string }[];
        try {
            described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${readerCall(resolved)}`))
                .getRowObjects()
                .map(row => ({ name: String(row.column_name), type: String(row.column_type) }));
        } catch (error) {
            invalid(`its files cannot be read: ${oneLine(error)}`);
            continue;
        }
        const names = new Set(described.map(column => column.name).filter(name => name !== FILE_COLUMN));
        const lacking = (['time', 'person', 'event', 'consent'] as const).filter(line => spec[line] !== undefined && !names.has(spec[line]!));
        if (lacking.length === 0) {
            // Only the columns the measures read, unless a plan's `sql` reads the source.
            const readBySql = plan.measures.some(m => m.kind.form === 'sql' && m.kind.sources.some(s => s.name === spec.name));
            const wanted = [spec.time, spec.person, spec.event, spec.consent, ...plan.measures.filter(m => m.source?.name === spec.name).flatMap(columnsRead)];
            const shape: TableShape = {
                described,
                kept: readBySql ? undefined : new Set(wanted.filter((column): column is string => column !== undefined && names.has(column)))
            };
            shapes.set(spec.name, shape);
            const prepare = (shown: boolean) => tableStatement(`${RAW}.${q(spec.name)}`, resolved, shape, shown);
            prepared.set(spec.name, prepare(true));
            try {
                // Read once; the UTC time, the consent test and a row number computed once for every measure.
                const began = performance.now();
                await connection.run(prepare(false));
                timing(`prepare ${spec.name}`, began);
            } catch (error) {
                invalid(`its files cannot be read: ${oneLine(error)}`);
                continue;
            }
        }
        columns.set(spec.name, names);
        if (lacking.length > 0) {
            const first = resolved.files[0].shown;
            invalid(
                `${first}${resolved.files.length > 1 ? ' (and the other files)' : ''} has no column ${lacking.map(line => `\`${spec[line]}\` (its \`${line}\`)`).join(', ')}. Its columns are ${listColumns(names)}`
            );
            continue;
        }
        for (const row of (
            await connection.runAndReadAll(`SELECT ${fileOf(resolved)} AS f, count(*) AS n FROM ${RAW}.${q(spec.name)} GROUP BY 1`)
        ).getRowObjects()) {
            rowsPerFile.set(String(row.f), Number(row.n));
        }
        for (const file of resolved.files) if (!rowsPerFile.has(file.path)) rowsPerFile.set(file.path, 0);
        const checked = performance.now();
        await checkRows(connection, resolved, problems);
        timing(`check rows ${spec.name}`, checked);
        loaded.set(spec.name, resolved);
        step(++done, total);
    }

    const runs: MeasureRun[] = [];
    const end = formatDay(asOf + 1);
    for (const measure of plan.measures) {
        if (measure.kind.form === 'sql') continue;
        const source = measure.source && loaded.get(measure.source.name);
        if (!source) continue;
        const unknown = unknownFields(measure, columns.get(source.spec.name)!);
        if (unknown.length > 0) {
            problems.push(...unknown);
            continue;
        }
        if (options.validateOnly) continue;
        const built = buildMeasureQuery(measure, {
            table: spec => `${RAW}.${q(spec.name)}`,
            end,
            prepared: true,
            rowNumbered: needsRowNumber(shapes.get(source.spec.name)!)
        });
        const began = performance.now();
        if (process.env.COP_MEASURE_EXPLAIN) {
            const plan = await connection.runAndReadAll(`EXPLAIN ANALYZE ${built.sql}`, [...built.parameters]);
            process.stderr.write(
                `== ${measure.name}\n${plan
                    .getRowObjects()
                    .map(r => String(r.explain_value))
                    .join('\n')}\n`
            );
        }
        const reader = await connection.runAndReadAll(
            `SELECT CAST(period AS VARCHAR) AS period, CAST(value AS DOUBLE) AS value, CAST(rows AS DOUBLE) AS rows, CAST(consent AS DOUBLE) AS consent, CAST(missing AS DOUBLE) AS missing, CAST(present AS DOUBLE) AS present FROM (\n${built.sql}\n) AS measured`,
            [...built.parameters]
        );
        const rows = reader.getRowObjects() as unknown as QueryRow[];
        timing(measure.name, began);
        runs.push({
            measure,
            query: built.sql,
            parameters: built.parameters,
            figures: figuresOf(measure, rows, asOf),
            sources: [source],
            rowsPerFile,
            prepare: [prepared.get(source.spec.name)!]
        });
        step(++done, total);
    }

    const sqlMeasures = plan.measures.filter(measure => measure.kind.form === 'sql');
    if (sqlMeasures.length > 0 && !options.validateOnly) {
        await lockDown(
            connection,
            [...loaded.values()].map(source => ({ spec: source.spec, added: addedColumns(source, shapes.get(source.spec.name)!) })),
            end
        );
        for (const measure of sqlMeasures) {
            if (measure.kind.form !== 'sql') continue;
            const result = await runPlanSql(connection, measure, measure.kind.query, asOf);
            if (typeof result === 'string') {
                problems.push({
                    code: 'source-invalid',
                    message: `The \`sql\` query of indicator \`${measure.name}\` cannot run: ${result}.`,
                    on: { kind: 'measure', name: measure.name }
                });
            } else {
                runs.push({
                    measure,
                    query: measure.kind.query,
                    parameters: [],
                    figures: result,
                    sources: [...loaded.values()],
                    rowsPerFile,
                    prepare: [...loaded.keys()].map(name => prepared.get(name)!)
                });
            }
            step(++done, total);
        }
    }
    if (options.validateOnly) {
        // Every event, measured or not, against its source's columns.
        for (const event of plan.events) {
            const names = columns.get(event.source);
            if (!names || !loaded.has(event.source)) continue;
            for (const column of event.requires.filter(column => !names.has(column))) {
                problems.push({
                    code: 'event-unknown-field',
                    message: requiresMessage(event.name, column, event.source, names),
                    on: { kind: 'event', name: event.name }
                });
            }
        }
    }
    // Two measures of one event would report its missing column twice.
    const unique = new Map(problems.map(problem => [`${problem.code}|${problem.on.kind}|${problem.on.name}|${problem.message}`, problem]));
    return { runs, problems: [...unique.values()], duckdbVersion: version };
}

/** Unparseable times and e-mail addresses in the person column: said, with the file, never the address. */
async function checkRows(connection: DuckDBConnection, source: ResolvedSource, problems: EngineProblem[]): Promise<void> {
    const spec = source.spec;
    const table = `${RAW}.${q(spec.name)}`;
    const time = q(spec.time);
    const bad = (
        await connection.runAndReadAll(
            `SELECT ${fileOf(source)} AS f, count(*) AS n, min(CAST(${time} AS VARCHAR)) AS example FROM ${table}
         WHERE ${q('cop$time')} IS NULL GROUP BY 1 ORDER BY 1`
        )
    ).getRowObjects();
    for (const row of bad) {
        const shown = source.files.find(file => file.path === String(row.f))?.shown ?? String(row.f);
        const example = row.example === null ? 'an empty time' : `the first: "${String(row.example).slice(0, 40)}"`;
        problems.push({
            code: 'time-unparseable',
            message: `Source \`${spec.name}\`: ${Number(row.n)} row${Number(row.n) === 1 ? '' : 's'} of ${shown} ha${Number(row.n) === 1 ? 's' : 've'} an empty time or one that is not ISO 8601 in column \`${spec.time}\` (${example}); ${Number(row.n) === 1 ? 'it is' : 'they are'} not counted.`,
            on: { kind: 'source', name: spec.name }
        });
    }
    if (spec.person !== undefined) {
        const person = q(spec.person);
        const mails = (
            await connection.runAndReadAll(
                `SELECT ${fileOf(source)} AS f, count(*) AS n FROM ${table} WHERE contains(CAST(${person} AS VARCHAR), '@') AND regexp_matches(CAST(${person} AS VARCHAR), '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$') GROUP BY 1 ORDER BY 1`
            )
        ).getRowObjects();
        for (const row of mails) {
            const shown = source.files.find(file => file.path === String(row.f))?.shown ?? String(row.f);
            problems.push({
                code: 'identity-unhashed',
                message: `Source \`${spec.name}\`: ${Number(row.n)} value${Number(row.n) === 1 ? '' : 's'} of column \`${spec.person}\` in ${shown} look${Number(row.n) === 1 ? 's' : ''} like e-mail addresses. Export a salted hash of each person instead, so figures never carry who they are.`,
                on: { kind: 'source', name: spec.name }
            });
        }
    }
}

/** Columns a measure names (`requires`, `sum`, `where`, an influence's `value`) that its source does not have. */
function unknownFields(measure: MeasureSpec, columns: ReadonlySet<string>): EngineProblem[] {
    const problems: EngineProblem[] = [];
    const kind = measure.kind;
    const source = measure.source!.name;
    const lacks = (column: string) => !columns.has(column);
    for (const event of eventsOf(kind)) {
        for (const column of event.requires.filter(lacks)) {
            problems.push({
                code: 'event-unknown-field',
                message: requiresMessage(event.name, column, source, columns),
                on: { kind: 'event', name: event.name }
            });
        }
    }
    const named: string[] = [...measure.where.map(condition => condition.column)];
    if (kind.form === 'sum') named.push(kind.column);
    if (kind.form === 'influence') named.push(kind.valueColumn);
    for (const column of named.filter(lacks)) {
        problems.push({
            code: 'event-unknown-field',
            message: `\`${measure.name}\` names column \`${column}\`, which source \`${source}\` does not have. Name one of its columns: ${listColumns(columns)}.`,
            on: { kind: 'measure', name: measure.name }
        });
    }
    return problems;
}

function requiresMessage(event: string, column: string, source: string, columns: ReadonlySet<string>): string {
    return `Event \`${event}\` requires column \`${column}\`, which source \`${source}\` does not have. Name one of its columns: ${listColumns(columns)}.`;
}

function listColumns(columns: ReadonlySet<string>): string {
    return [...columns]
        .filter(name => name !== FILE_COLUMN)
        .map(name => `\`${name}\``)
        .join(', ');
}

/**
 * Replaces the raw rows by what a plan's `sql` may see (one table per source, named as the
 * source: consent, time and `--as-of` applied, the time typed TIMESTAMP), then switches
 * off file access and locks the settings, so no query can read or write a file.
 */
async function lockDown(connection: DuckDBConnection, sources: readonly { spec: SourceSpec; added: string }[], end: string): Promise<void> {
    for (const { spec, added } of sources) {
        const time = q(spec.time);
        await connection.run(
            `CREATE TABLE main.${q(spec.name)} AS SELECT * EXCLUDE (${added}) REPLACE (${q('cop$time')} AS ${time})
            FROM ${RAW}.${q(spec.name)} WHERE ${q('cop$consent')} AND ${q('cop$time')} IS NOT NULL AND ${q('cop$time')} < CAST($1 AS TIMESTAMP)`,
            [end]
        );
    }
    await connection.run(`DROP SCHEMA ${RAW} CASCADE`);
    await connection.run(`SET enable_external_access = false`);
    await connection.run(`SET lock_configuration = true`);
}

const TRUNC = { weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' } as const;

async function runPlanSql(connection: DuckDBConnection, measure: MeasureSpec, query: string, asOf: Day): Promise<Figure[] | string> {
    const text = query.trim().replace(/;\s*$/, '');
    try {
        const statements = await connection.extractStatements(text);
        if (statements.count !== 1) return 'it must be one SELECT statement';
        const prepared = await statements.prepare(0);
        const { StatementType } = loadDuckDb();
        if (prepared.statementType !== StatementType.SELECT) return "only a SELECT may run: the plan's queries read, never change anything";
        const reader = await connection.runAndReadAll(
            `SELECT CAST(CAST(date_trunc('${TRUNC[measure.cadence]}', CAST(period AS TIMESTAMP)) AS DATE) AS VARCHAR) AS period, CAST(value AS DOUBLE) AS value FROM (\n${text}\n) AS plan_query`
        );
        return sqlFiguresOf(measure, reader.getRowObjects() as unknown as { period: string | null; value: number | null }[], asOf);
    } catch (error) {
        return oneLine(error);
    }
}

/** `COP_MEASURE_TIMING=1`: how long each step took, on stderr (for the bench). */
function timing(what: string, began: number): void {
    if (process.env.COP_MEASURE_TIMING) process.stderr.write(`${what}: ${Math.round(performance.now() - began)} ms\n`);
}

function oneLine(error: unknown): string {
    return String((error as Error)?.message ?? error)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\.$/, '');
}
