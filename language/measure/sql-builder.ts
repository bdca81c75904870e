import type { Cadence, EventSpec, MeasureSpec, ModelWeight, SourceSpec, WhereCondition } from './measure-plan.js';
import { Parameters, quoteIdentifier as q } from './sql-text.js';

/**
 * One SQL query per measure, from the plan's definitions: names quoted as identifiers,
 * values bound as parameters, so a column called `x"; drop table t; --` or a where-value
 * with quotes stays a name or a value. Every query reads one table per source holding its
 * rows as exported, and does the rest itself: the time parsed as UTC, the consent test,
 * the `replaces` mapping, `requires`, `where`, `--as-of`. The engine runs it as is over
 * DuckDB; `--emit-sql` prints the same text with the values written in (for a warehouse).
 *
 * Each query returns one row per period that holds a row of the event, with columns
 * `period` (DATE, the period's first day), `value` (DOUBLE; NULL where the form has no
 * figure), `rows` (rows counted), `consent` and `missing` (rows excluded), `present` (rows of
 * the event that passed the consent filter, before `where`: what starts the series).
 */

export interface BuiltQuery {
    readonly sql: string;
    /** Values for `$1`, `$2`, …: empty when the values are written in. */
    readonly parameters: readonly (string | number)[];
}

export interface BuildOptions {
    /** The table holding a source's rows (the engine's own schema; the source's name for a warehouse). */
    readonly table: (source: SourceSpec) => string;
    /** The first instant not counted: the day after `--as-of`, `YYYY-MM-DD`. */
    readonly end: string;
    /** Write values as literals instead of parameters (`--emit-sql`). */
    readonly inline?: boolean;
    /**
     * The table already holds the derived columns (`preparedColumns`): the engine computes
     * them once per source rather than once per measure. `--emit-sql` derives them in the query.
     */
    readonly prepared?: boolean;
    /**
     * With `prepared`: the table holds its own row number (`preparedColumns(…, true)`),
     * because a column of the source called `rowid` hides DuckDB's. Otherwise the table's
     * `rowid`, which is the row's place in the files as read, numbers the rows.
     */
    readonly rowNumbered?: boolean;
}

/**
 * The columns the engine adds to a source's rows once: the UTC time, the consent test, and
 * (`numbered`) a row number. `types` are the DuckDB types of the source's columns, when
 * known: a time column read as a TIMESTAMP or DATE (Parquet, JSON) is taken as it is
 * rather than written out as text and parsed back, which gives the same instant.
 */
export function preparedColumns(source: SourceSpec, types?: ReadonlyMap<string, string>, numbered = true): string {
    return `${timeOf(source, types?.get(source.time))} AS ${T}, ${consentOf(source, types?.get(source.consent ?? ''))} AS ${OK}${numbered ? `, row_number() OVER () AS ${ID}` : ''}`;
}

const TRUNC: Record<Cadence, string> = { weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };

/** Internal column names, chosen not to meet a real column (they are quoted all the same). */
const T = q('cop$time');
const OK = q('cop$consent');
const ID = q('cop$row');

export function buildMeasureQuery(measure: MeasureSpec, options: BuildOptions): BuiltQuery {
    const params = new Parameters(options.inline);
    const source = measure.source;
    if (!source || measure.kind.form === 'sql') throw new Error("sql measures run the plan's own query");
    const unit = TRUNC[measure.cadence];
    const period = (column: string) => `CAST(date_trunc('${unit}', ${column}) AS DATE)`;
    const kind = measure.kind;
    const numbered = kind.form === 'influence';
    const derived = options.prepared ? (numbered && !options.rowNumbered ? `, rowid AS ${ID}` : '') : `, ${preparedColumns(source, undefined, numbered)}`;
    // `dated` keeps only the columns the measure reads, and the engine has it read the table
    // again wherever it is named (NOT MATERIALIZED) rather than copy its rows: both cost less
    // than a copy of every column of every row, and give the same rows. (Touches need no
    // narrowing to the people who converted: the join with the conversions does that.)
    const notMaterialized = options.prepared ? 'NOT MATERIALIZED ' : '';
    const base = `src AS ${notMaterialized}(
    SELECT *${derived}
    FROM ${options.table(source)}
),
dated AS ${notMaterialized}(
    SELECT ${[T, OK, ...(numbered ? [ID] : []), ...columnsRead(measure).map(column => q(column))].join(', ')}
    FROM src WHERE ${T} IS NOT NULL AND ${T} < CAST(${params.bind(options.end)} AS TIMESTAMP)
)`;
    const where = conditions(measure.where, params);
    switch (kind.form) {
        case 'count':
        case 'unique':
        case 'sum': {
            const counted = `${OK} AND ${requiresOf(kind.event)} AND ${where}`;
            const value =
                kind.form === 'sum'
                    ? `coalesce(sum(TRY_CAST(${q(kind.column)} AS DOUBLE)) FILTER (WHERE ${counted}), 0)`
                    : kind.form === 'unique'
                      ? `count(DISTINCT ${q(source.person ?? source.event)}) FILTER (WHERE ${counted})`
                      : `count(*) FILTER (WHERE ${counted})`;
            return built(
                `WITH ${base}
SELECT ${period(T)} AS period,
    CAST(${value} AS DOUBLE) AS value,
    ${stats(kind.event, counted)}
FROM dated
WHERE ${isEvent(source, kind.event, params)}
GROUP BY 1
ORDER BY 1`,
                params
            );
        }
        case 'share': {
            const person = q(source.person ?? source.event);
            const countedA = `${OK} AND ${requiresOf(kind.event)} AND ${where}`;
            const isA = isEvent(source, kind.event, params);
            const isB = isEvent(source, kind.base, params);
            return built(
                `WITH ${base},
tagged AS (
    SELECT *, ${period(T)} AS period,
        (${isA}) AS is_a,
        (${isB}) AND ${OK} AND ${requiresOf(kind.base)} AND ${where} AS in_b
    FROM dated
    WHERE (${isA}) OR (${isB})
),
people AS (
    SELECT period, bool_or(is_a AND ${countedA}) AS a, bool_or(in_b) AS b
    FROM tagged WHERE ${person} IS NOT NULL GROUP BY period, ${person}
),
shares AS (
    SELECT period, count(*) FILTER (WHERE a AND b) AS both_count, count(*) FILTER (WHERE b) AS base_count
    FROM people GROUP BY period
),
counts AS (
    SELECT period, ${stats(kind.event, countedA, 'is_a')}
    FROM tagged GROUP BY period
)
SELECT counts.period AS period,
    CASE WHEN shares.base_count > 0 THEN CAST(shares.both_count AS DOUBLE) / shares.base_count END AS value,
    counts.rows, counts.consent, counts.missing, counts.present
FROM counts LEFT JOIN shares ON shares.period = counts.period
ORDER BY 1`,
                params
            );
        }
        case 'retained': {
            const person = q(source.person ?? source.event);
            const counted = `${OK} AND ${requiresOf(kind.event)} AND ${where}`;
            const hours = Math.round(kind.days * 24);
            // A person returned when any of their rows is N days after their first: when their last is.
            return built(
                `WITH ${base},
rows_of_event AS (
    SELECT * FROM dated WHERE ${isEvent(source, kind.event, params)}
),
kept AS (
    SELECT ${person} AS person, ${T} AS t FROM rows_of_event WHERE ${counted} AND ${person} IS NOT NULL
),
cohorts AS (
    SELECT ${period('min(t)')} AS period, max(t) >= min(t) + INTERVAL ${hours} HOUR AS returned
    FROM kept GROUP BY person
),
rates AS (
    SELECT period, avg(CASE WHEN returned THEN 1.0 ELSE 0.0 END) AS rate FROM cohorts GROUP BY period
),
counts AS (
    SELECT ${period(T)} AS period, ${stats(kind.event, counted)} FROM rows_of_event GROUP BY 1
)
SELECT counts.period AS period, CAST(rates.rate AS DOUBLE) AS value,
    counts.rows, counts.consent, counts.missing, counts.present
FROM counts LEFT JOIN rates ON rates.period = counts.period
ORDER BY 1`,
                params
            );
        }
        case 'influence': {
            const person = q(source.person ?? source.event);
            const isConversion = isEvent(source, kind.conversion, params);
            const convValue = `TRY_CAST(${q(kind.valueColumn)} AS DOUBLE)`;
            const countedConversion = `${OK} AND ${requiresOf(kind.conversion)} AND ${convValue} IS NOT NULL AND ${person} IS NOT NULL`;
            const community = kind.touches.map(touch => `((${isEvent(source, touch, params)}) AND ${requiresOf(touch)})`).join(' OR ');
            // A community event's row lacking a required field is not that event, and no touch either.
            const brokenTouch = kind.touches.map(touch => `((${isEvent(source, touch, params)}) AND NOT ${requiresOf(touch)})`).join(' OR ');
            const shares = kind.models.map((model, index) => `${modelShare(model, index)} AS ${q(`share${index}`)}`).join(',\n        ');
            const blend = kind.models.map((model, index) => `${model.weight} * coalesce(shares.${q(`share${index}`)}, 0)`).join(' + ');
            return built(
                `WITH ${base},
conversions AS (
    SELECT ${ID} AS cid, ${person} AS person, ${T} AS ct, ${convValue} AS cv
    FROM dated WHERE (${isConversion}) AND ${countedConversion}
),
touches AS (
    SELECT ${ID} AS tid, ${person} AS person, ${T} AS tt, coalesce(${community}, false) AS community
    FROM dated WHERE ${OK} AND ${person} IS NOT NULL AND NOT coalesce(${brokenTouch}, false)
),
pairs AS (
    SELECT conversions.cid, CASE WHEN touches.community THEN 1.0 ELSE 0.0 END AS c,
        ${turnOf('touches.tt', 'touches.tid')} AS turn,
        date_diff('second', touches.tt, conversions.ct) / 86400.0 AS days
    FROM conversions JOIN touches ON touches.person = conversions.person AND touches.tid <> conversions.cid
        AND touches.tt >= conversions.ct - INTERVAL ${Math.round(kind.windowDays * 24)} HOUR AND touches.tt < conversions.ct
),
per_conversion AS (
    SELECT cid, count(*) AS k, sum(c) AS community_touches,
        min_by(c, turn) AS first_c, max_by(c, turn) AS last_c${decaySums(kind.models)}
    FROM pairs GROUP BY cid
),
shares AS (
    SELECT cid,
        ${shares}
    FROM per_conversion
),
valued AS (
    SELECT ${period('conversions.ct')} AS period, sum(conversions.cv * (${blend})) AS value
    FROM conversions LEFT JOIN shares ON shares.cid = conversions.cid GROUP BY 1
),
counts AS (
    SELECT ${period(T)} AS period, ${stats(kind.conversion, countedConversion)}
    FROM dated WHERE ${isConversion} GROUP BY 1
)
SELECT counts.period AS period, CAST(coalesce(valued.value, 0) AS DOUBLE) AS value,
    counts.rows, counts.consent, counts.missing, counts.present
FROM counts LEFT JOIN valued ON valued.period = counts.period
ORDER BY 1`,
                params
            );
        }
    }
}

/**
 * The share of one conversion's value a model gives the community's touches, from the
 * aggregates of its touches (per_conversion): no window over the touches is needed, as
 * `position` gives the middle touches 20 % together, shared evenly.
 */
function modelShare(model: ModelWeight, index: number): string {
    switch (model.model) {
        case 'first':
            return 'first_c';
        case 'last':
            return 'last_c';
        case 'linear':
            return 'community_touches / k';
        case 'position':
            return `CASE WHEN k = 1 THEN first_c WHEN k = 2 THEN 0.5 * (first_c + last_c) ELSE 0.4 * first_c + 0.4 * last_c + 0.2 * (community_touches - first_c - last_c) / (k - 2) END`;
        case 'decay':
            return `${q(`decay${index}_community`)} / ${q(`decay${index}_all`)}`;
    }
}

/** For each `decay` model: Σ of the community's touch weights and of all touch weights, 2^(−days ÷ half-life). */
function decaySums(models: readonly ModelWeight[]): string {
    return models
        .map((model, index) => {
            if (model.model !== 'decay') return '';
            const weight = `pow(2.0, -days / ${Number(model.halfLifeDays ?? 7)})`;
            return `,\n        sum(c * ${weight}) AS ${q(`decay${index}_community`)}, sum(${weight}) AS ${q(`decay${index}_all`)}`;
        })
        .join('');
}

function built(sql: string, params: Parameters): BuiltQuery {
    return { sql, parameters: params.values };
}

/**
 * A touch's place in time order, ties in the order of the files' rows, as one number
 * (microseconds × 2^40 + row): comparing it costs a fraction of comparing a (time, row) pair.
 */
function turnOf(time: string, row: string): string {
    return `(CAST(epoch_us(${time}) AS HUGEINT) * 1099511627776 + ${row})`;
}

/** The time column as a UTC timestamp; NULL when empty or not a time. `type`: the column's DuckDB type, if known. */
function timeOf(source: SourceSpec, type?: string): string {
    const column = q(source.time);
    // The same instant as the text path below, which prints these types without a zone (read as UTC) or with one.
    if (type !== undefined && ['TIMESTAMP', 'DATE', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_S', 'TIMESTAMP_MS'].includes(type)) {
        return `CAST(${column} AS TIMESTAMP)`;
    }
    return `CAST(TRY_CAST(CAST(${column} AS VARCHAR) AS TIMESTAMPTZ) AS TIMESTAMP)`;
}

/**
 * Consent is true for boolean true, the number 1, or the text true/yes/1 in any case; a
 * source without a consent column has all rows. The usual exact values are decided first:
 * the general test (lower, trim, a number) costs ten times as much, and gives them the same answer.
 */
export function consentOf(source: SourceSpec, type?: string): string {
    if (source.consent === undefined) return 'true';
    const column = q(source.consent);
    if (type === 'BOOLEAN') return `coalesce(${column}, false)`;
    const text = `CAST(${column} AS VARCHAR)`;
    return `CASE WHEN ${text} IN ('true', 'yes', '1') THEN true WHEN ${text} IN ('false', 'no', '0', '') THEN false ELSE coalesce(lower(trim(${text})) IN ('true', 'yes', '1') OR TRY_CAST(${column} AS DOUBLE) = 1, false) END`;
}

function isEvent(source: SourceSpec, event: EventSpec, params: Parameters): string {
    return `CAST(${q(source.event)} AS VARCHAR) IN ${params.list(event.values)}`;
}

/**
 * Every required field is there: not empty, not only spaces. Text that starts with a visible
 * ASCII character ('0' … '~') has something in it, decided without the trim that costs more.
 */
function requiresOf(event: EventSpec): string {
    if (event.requires.length === 0) return 'true';
    return (
        '(' +
        event.requires
            .map(column => {
                const text = `CAST(${q(column)} AS VARCHAR)`;
                return `CASE WHEN ${text} >= '0' AND ${text} < chr(127) THEN true ELSE coalesce(trim(${text}) <> '', false) END`;
            })
            .join(' AND ') +
        ')'
    );
}

/** The source's columns a measure reads: its event and person columns, required fields, `where`, `sum`, `value`. */
/** The events a measure reads rows of (a plan's own `sql` names none). */
export function eventsOf(kind: MeasureSpec['kind']) {
    return kind.form === 'share'
        ? [kind.event, kind.base]
        : kind.form === 'influence'
          ? [...kind.touches, kind.conversion]
          : kind.form === 'sql'
            ? []
            : [kind.event];
}

export function columnsRead(measure: MeasureSpec): string[] {
    const source = measure.source;
    const kind = measure.kind;
    if (!source) return [];
    const events = eventsOf(kind);
    const columns = [source.event, ...(source.person !== undefined ? [source.person] : []), ...events.flatMap(event => event.requires)];
    columns.push(...measure.where.map(condition => condition.column));
    if (kind.form === 'sum') columns.push(kind.column);
    if (kind.form === 'influence') columns.push(kind.valueColumn);
    return [...new Set(columns)];
}

function conditions(where: readonly WhereCondition[], params: Parameters): string {
    if (where.length === 0) return 'true';
    return (
        '(' +
        where
            .map(condition =>
                typeof condition.value === 'number'
                    ? `TRY_CAST(${q(condition.column)} AS DOUBLE) = ${params.bind(condition.value)}`
                    : `CAST(${q(condition.column)} AS VARCHAR) = ${params.bind(condition.value)}`
            )
            .join(' AND ') +
        ')'
    );
}

/** Rows counted and excluded, over rows of the event (`among` narrows a mixed set of rows to it). */
function stats(event: EventSpec, counted: string, among = 'true'): string {
    return `count(*) FILTER (WHERE ${among} AND ${counted}) AS rows,
    count(*) FILTER (WHERE ${among} AND NOT ${OK}) AS consent,
    count(*) FILTER (WHERE ${among} AND ${OK} AND NOT ${requiresOf(event)}) AS missing,
    count(*) FILTER (WHERE ${among} AND ${OK}) AS present`;
}
