/**
 * The lineage file `cop measure --write` keeps beside the actuals file (`actuals.csv` →
 * `actuals.lineage.json`): for every computed figure, the query that produced it, the files
 * it read (SHA-256 and row count), the rows excluded and why, DuckDB's version, and when a
 * run last changed the figure. The export and the preview read it to show where a figure
 * comes from; `cop check` reads it to tell computed rows of the actuals file from typed ones.
 */

export interface LineageFigure {
    readonly period: string;
    readonly value: number;
    readonly rows: number | null;
    readonly excluded: { readonly consent: number; readonly missing: number } | null;
    /** ISO 8601 time of the run that last changed this figure. */
    readonly changed: string;
}

export interface LineageMeasure {
    readonly name: string;
    /** `count`, `unique`, `sum`, `share`, `retained`, `sql` or `influence`. */
    readonly form: string;
    readonly source: string | null;
    /** How the engine read each source into the table the query reads (files relative to the plan). */
    readonly prepare?: readonly string[];
    readonly query: string;
    readonly parameters: readonly (string | number)[];
    readonly files: readonly { readonly file: string; readonly sha256: string; readonly rows: number }[];
    readonly figures: readonly LineageFigure[];
}

export interface Lineage {
    readonly actuals: string;
    readonly duckdb: string;
    readonly measures: readonly LineageMeasure[];
}

/** `data/actuals.csv` → `data/actuals.lineage.json`. */
export function lineagePathOf(actualsPath: string): string {
    return actualsPath.replace(/\.csv$/i, '') + '.lineage.json';
}

/** A lineage file's content, or undefined when it is not one (it is then ignored, and rewritten by the next run). */
export function parseLineage(text: string): Lineage | undefined {
    try {
        const value = JSON.parse(text) as Partial<Lineage>;
        if (!value || typeof value !== 'object' || !Array.isArray(value.measures)) return undefined;
        const measures = value.measures.filter(measure => measure && typeof measure.name === 'string' && Array.isArray(measure.figures));
        return { actuals: String(value.actuals ?? ''), duckdb: String(value.duckdb ?? ''), measures };
    } catch {
        return undefined;
    }
}

/** Whether the actuals row (indicator, period, value) is a figure the lineage records. */
export function computedKeys(lineage: Lineage | undefined): Set<string> {
    const keys = new Set<string>();
    for (const measure of lineage?.measures ?? []) {
        for (const figure of measure.figures) keys.add(figureKey(measure.name, figure.period, figure.value));
    }
    return keys;
}

export function figureKey(name: string, period: string, value: number): string {
    return `${name}|${period}|${value}`;
}
