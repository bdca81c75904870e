import type { SourceSpec } from '../../language/measure/measure-plan.js';
import { preparedColumns } from '../../language/measure/sql-builder.js';
import { quoteIdentifier as q, quoteLiteral } from '../../language/measure/sql-text.js';
import type { ResolvedSource } from './source-files.js';

/**
 * How the engine reads a source into its one table (duckdb-engine.ts): natively, over its
 * files, with the UTC time and the consent test added once for every measure. What is
 * added per row is kept to what the measures need, since at 10,000,000 rows each column
 * costs: the file of each row only where there are several files (a one-byte ENUM, not the
 * path), a row number only where a column `rowid` hides DuckDB's own, and only the columns
 * the measures read, unless a plan's `sql` reads the source (it may read any column).
 */

/** The column naming each row's file, for a source of several files. */
export const FILE_COLUMN = 'cop$file';

export interface TableShape {
    /** The source's columns and their DuckDB types, as DESCRIBE gives them. */
    readonly described: readonly { readonly name: string; readonly type: string }[];
    /** The columns to keep; every column when undefined. */
    readonly kept?: ReadonlySet<string>;
}

/** The table holds its own row number: the source has a column `rowid`, which hides DuckDB's. */
export function needsRowNumber(shape: TableShape): boolean {
    return shape.described.some(column => column.name.toLowerCase() === 'rowid');
}

/** `CREATE TABLE … AS SELECT …` reading the source; `shown` writes the files as the lineage shows them (relative to the plan). */
export function tableStatement(table: string, source: ResolvedSource, shape: TableShape, shown: boolean): string {
    const spec: SourceSpec = source.spec;
    const columns = shape.described.filter(column => column.name !== FILE_COLUMN && (!shape.kept || shape.kept.has(column.name)));
    // A JSON lines column of mixed kinds (true, 1, "yes") is read as JSON: as text, `"yes"` would keep its quotes.
    const json = columns.filter(column => column.type === 'JSON').map(column => `json_extract_string(${q(column.name)}, '$') AS ${q(column.name)}`);
    const file =
        source.files.length > 1
            ? [`CAST(${q(FILE_COLUMN)} AS ENUM (${source.files.map(f => quoteLiteral(shown ? f.shown : f.path)).join(', ')})) AS ${q(FILE_COLUMN)}`]
            : [];
    const reader = readerCall(source, shown);
    let rows = reader;
    if (shape.kept) {
        const plain = columns.filter(column => column.type !== 'JSON').map(column => q(column.name));
        rows = `(SELECT ${[...plain, ...json, ...file].join(', ')} FROM ${reader})`;
    } else if (json.length + file.length > 0) {
        rows = `(SELECT * REPLACE (${[...json, ...file].join(', ')}) FROM ${reader})`;
    }
    const types = new Map(columns.map(column => [column.name, column.type === 'JSON' ? 'VARCHAR' : column.type]));
    return `CREATE TABLE ${table} AS SELECT *, ${preparedColumns(spec, types, needsRowNumber(shape))} FROM ${rows}`;
}

/** The native reader over a source's files (absolute paths, or as shown to the plan's reader). */
export function readerCall(source: ResolvedSource, shown = false): string {
    const files = `[${source.files.map(file => quoteLiteral(shown ? file.shown : file.path)).join(', ')}]`;
    const common = `${source.files.length > 1 ? `filename = ${quoteLiteral(FILE_COLUMN)}, ` : ''}union_by_name = true`;
    switch (source.reader) {
        // Every CSV cell as text: no guessing of types that a later row contradicts.
        case 'csv':
            return `read_csv(${files}, header = true, all_varchar = true, ${common})`;
        case 'json':
            return `read_json(${files}, format = 'newline_delimited', ${common})`;
        case 'parquet':
            return `read_parquet(${files}, ${common})`;
    }
}

/** The file of a row, as SQL: the file column where a source has several files, else its one file's path. */
export function fileOf(source: ResolvedSource): string {
    return source.files.length > 1 ? `CAST(${q(FILE_COLUMN)} AS VARCHAR)` : quoteLiteral(source.files[0].path);
}

/** The columns a plan's `sql` must not see: what the table adds to the source's own. */
export function addedColumns(source: ResolvedSource, shape: TableShape): string {
    return [...(source.files.length > 1 ? [FILE_COLUMN] : []), 'cop$time', 'cop$consent', ...(needsRowNumber(shape) ? ['cop$row'] : [])].map(q).join(', ');
}
