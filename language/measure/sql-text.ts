/**
 * The two ways text enters SQL that the query builder allows: a name, quoted as an
 * identifier, and a value, bound as a parameter (or, for `--emit-sql`, written as a quoted
 * literal). Nothing a plan or a data file says is ever pasted into a query otherwise.
 */

/** `"name"`, with `"` doubled: any text is a safe identifier. */
export function quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}

/** `'text'`, with `'` doubled: for `--emit-sql`, which prints values instead of binding them. */
export function quoteLiteral(value: string | number): string {
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
    return `'${value.replace(/'/g, "''")}'`;
}

/** Collects the values of one query as numbered parameters (`$1`, `$2`, …). */
export class Parameters {
    readonly values: (string | number)[] = [];

    constructor(private readonly inline = false) {}

    /** A placeholder for the value (or the value as a literal when printing portable SQL). */
    bind(value: string | number): string {
        if (this.inline) return quoteLiteral(value);
        this.values.push(value);
        return `$${this.values.length}`;
    }

    /** A list of values: `($1, $2)`. */
    list(values: readonly (string | number)[]): string {
        return `(${values.map(value => this.bind(value)).join(', ')})`;
    }
}
