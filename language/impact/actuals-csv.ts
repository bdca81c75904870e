import { parse } from 'csv-parse/sync';
import { numberProblem, parseAmount } from './amounts.js';
import type { Day } from './dates.js';
import { dateProblem, parseDay } from './dates.js';
import { numberProblemText } from './value-problems.js';

/** One data row of an actuals file. `row` is the file's line number (the header is row 1). */
export interface CsvActual {
    readonly indicator: string;
    readonly date: string;
    readonly day: Day;
    readonly value: number;
    readonly percent: boolean;
    readonly note?: string;
    readonly row: number;
}

/** What is wrong, and where: 1-based row (line) and column, as a spreadsheet shows them. */
export interface CsvProblem {
    readonly row: number;
    readonly column?: number;
    readonly message: string;
    /** `date-invalid` or `number-invalid` when the cell is shaped right but names no day or no exact number; otherwise the file is malformed (`actuals-invalid`). */
    readonly code?: 'date-invalid' | 'number-invalid';
}

export interface ParsedActuals {
    readonly rows: CsvActual[];
    readonly problems: CsvProblem[];
}

const REQUIRED = ['indicator', 'date', 'value'] as const;

/**
 * Reads an actuals file: header `indicator,date,value` and an optional `note` column, in
 * any order. csv-parse does the quoting rules; every row that cannot be used becomes a
 * problem naming its row and column, and the good rows are still returned.
 */
export function parseActualsCsv(text: string): ParsedActuals {
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
        records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
    } catch (error) {
        const e = error as { lines?: number; column?: number; message?: string; code?: string };
        return {
            rows: [],
            problems: [
                {
                    row: e.lines ?? 1,
                    column: typeof e.column === 'number' ? e.column + 1 : undefined,
                    message: `the file is not valid CSV (${plainCsvError(e.code, e.message)})`
                }
            ]
        };
    }
    if (records.length === 0) {
        return {
            rows: [],
            problems: [{ row: 1, message: 'the file is empty; its first row must be the header `indicator,date,value` (and optionally `note`)' }]
        };
    }
    const header = records[0].record.map(cell => cell.toLowerCase());
    const missing = REQUIRED.filter(name => !header.includes(name));
    if (missing.length > 0) {
        return {
            rows: [],
            problems: [
                {
                    row: records[0].info.lines,
                    message: `the header lacks ${missing.map(m => `\`${m}\``).join(', ')}; the first row must be \`indicator,date,value\` (and optionally \`note\`)`
                }
            ]
        };
    }
    const at = (name: string) => header.indexOf(name);
    const rows: CsvActual[] = [];
    const problems: CsvProblem[] = [];
    for (const { record, info } of records.slice(1)) {
        const row = info.lines;
        const cell = (name: string) => record[at(name)];
        const column = (name: string) => at(name) + 1;
        const indicator = cell('indicator');
        if (!indicator) {
            problems.push({ row, column: column('indicator'), message: 'the indicator name is empty' });
            continue;
        }
        const date = cell('date');
        const day = parseDay(date);
        const impossible = day === undefined ? dateProblem(date) : undefined;
        if (impossible !== undefined) {
            problems.push({
                row,
                column: column('date'),
                code: 'date-invalid',
                message: `${date} is not a date: ${impossible}. The row is not used until the date is fixed`
            });
            continue;
        }
        if (day === undefined) {
            problems.push({ row, column: column('date'), message: `"${date ?? ''}" is not a date; write YYYY-MM or YYYY-MM-DD` });
            continue;
        }
        const valueText = cell('value');
        const value = parseAmount(valueText);
        const inexact = value === undefined ? numberProblem(valueText) : undefined;
        if (inexact !== undefined) {
            problems.push({
                row,
                column: column('value'),
                code: 'number-invalid',
                message: `${numberProblemText(valueText.trim(), inexact)}. The row is not used until the number is fixed`
            });
            continue;
        }
        if (value === undefined) {
            problems.push({
                row,
                column: column('value'),
                message: `"${valueText ?? ''}" is not a number; write digits with an optional \`.\` decimal part, \`-\` sign or \`%\``
            });
            continue;
        }
        const note = at('note') >= 0 ? cell('note') || undefined : undefined;
        rows.push({ indicator, date, day, value, percent: valueText.endsWith('%'), note, row });
    }
    return { rows, problems };
}

function plainCsvError(code: string | undefined, message: string | undefined): string {
    switch (code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'a quoted cell is never closed';
        case 'INVALID_OPENING_QUOTE':
            return 'a quote appears inside an unquoted cell';
        case 'CSV_INVALID_CLOSING_QUOTE':
            return 'a closing quote is followed by more text';
        default:
            return message?.split(':')[0] ?? 'unreadable';
    }
}
