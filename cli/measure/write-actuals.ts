import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { formatFigure } from '../../language/impact/amounts.js';
import { parseDay } from '../../language/impact/dates.js';
import type { Figure } from '../../language/measure/figures.js';
import { CliError } from '../cli-error.js';

/**
 * Merges computed figures into an actuals file's text: a row of the same indicator and date
 * gets the new value (left as it is, byte for byte, when the value is the same number);
 * figures without a row are added at the end; every other row is kept as written. A file
 * that does not exist yet starts with the header `indicator,date,value`.
 */
export function mergeActuals(path: string, figures: readonly Figure[]): { text: string; before?: string } {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const eol = before?.includes('\r\n') ? '\r\n' : '\n';
    const lines = before === undefined || before.trim() === '' ? ['indicator,date,value'] : before.split(/\r?\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    let records: { record: string[]; info: { lines: number } }[];
    try {
        records = parse(lines.join('\n'), { bom: true, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof records;
    } catch (error) {
        throw new CliError(`cop measure: ${path} is not valid CSV (${(error as Error).message}); fix it before --write.`);
    }
    const header = (records[0]?.record ?? []).map(cell => cell.trim().toLowerCase());
    const at = { indicator: header.indexOf('indicator'), date: header.indexOf('date'), value: header.indexOf('value') };
    if (at.indicator < 0 || at.date < 0 || at.value < 0) {
        throw new CliError(`cop measure: the header of ${path} lacks indicator, date or value; fix it before --write.`);
    }
    // Which physical line each record is on (a quoted note may span lines: such a row is matched but never rewritten in part).
    const rowLine = new Map<string, { line: number; value: string; single: boolean }>();
    let previousEnd = 0;
    for (const { record, info } of records) {
        const first = previousEnd;
        previousEnd = info.lines;
        if (first === 0) continue; // the header
        const day = parseDay(record[at.date]?.trim());
        if (day === undefined) continue;
        rowLine.set(`${record[at.indicator]?.trim()}|${day}`, { line: first, value: record[at.value]?.trim() ?? '', single: info.lines === first + 1 });
    }
    const added: string[] = [];
    for (const figure of figures) {
        const text = formatFigure(figure.value);
        const known = rowLine.get(`${figure.name}|${parseDay(figure.period)}`);
        if (known && Number(known.value) === Number(text)) continue;
        const cells = header.map(() => '');
        cells[at.indicator] = figure.name;
        cells[at.date] = figure.period;
        cells[at.value] = text;
        const row = cells.join(',');
        if (known && known.single) lines[known.line] = row;
        else added.push(row);
    }
    const text = [...lines, ...added].join(eol) + eol;
    return { text, before };
}
