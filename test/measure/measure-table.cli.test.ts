import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { MeasureRow } from './measure-fixtures.js';
import { folderWith, seriesOf } from './measure-fixtures.js';

/**
 * What the engine keeps of a source's rows (cli/measure/source-table.ts) must never change a
 * figure: touches at the same instant are ordered as the files' rows are, also when the
 * source has a column called `rowid` (which hides DuckDB's own row numbers) and when its
 * rows come from several files; a plan's `sql` still sees every column.
 */

const plan = (file: string) => `plan Demo "Demo" {
    purpose "Ties"
}

source Crm {
    file "${file}"
    time occurred
    person account
    event kind
    consent ok
}

event answer { source Crm }
event ad { source Crm }
event renewal { source Crm }

influence First {
    source Crm
    touches answer
    conversion renewal value amount
    model first 1
    unit USD
}

influence Last {
    source Crm
    touches answer
    conversion renewal value amount
    model last 1
    unit USD
}

indicator Notes {
    compute sql "SELECT date_trunc('month', occurred) AS period, sum(length(note)) AS value FROM Crm GROUP BY 1"
}
`;

// b1: an ad, then an answer, at the same instant: the first touch is the ad, the last the answer.
// b2: the other way round. So First = 500 (b2's), Last = 1000 (b1's).
const rows = [
    ['2026-06-01T00:00:00Z', 'b1', 'ad', 'true', '', 'x'],
    ['2026-06-01T00:00:00Z', 'b1', 'answer', 'true', '', ''],
    ['2026-06-05T00:00:00Z', 'b2', 'answer', 'true', '', 'x'],
    ['2026-06-05T00:00:00Z', 'b2', 'ad', 'true', '', ''],
    ['2026-07-01T00:00:00Z', 'b1', 'renewal', 'true', '1000', ''],
    ['2026-07-02T00:00:00Z', 'b2', 'renewal', 'true', '500', 'x']
];
const csv = (columns: string[], lines: string[][]) => [columns.join(','), ...lines.map(line => line.join(','))].join('\n') + '\n';
const columns = ['occurred', 'account', 'kind', 'ok', 'amount', 'note'];

function measured(files: Record<string, string>, file: string) {
    const folder = folderWith({ 'plan.cop': plan(file), ...files });
    const result = runCli(['measure', 'plan.cop', '--format', 'json', '--as-of', '2026-07-31'], { cwd: folder });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout).measures as MeasureRow[];
}

function expectFigures(measures: MeasureRow[]) {
    expect(seriesOf(measures, 'First')).toEqual([['2026-07', 500]]);
    expect(seriesOf(measures, 'Last')).toEqual([['2026-07', 1000]]);
    expect(seriesOf(measures, 'Notes')).toEqual([
        ['2026-06', 2],
        ['2026-07', 1]
    ]);
}

describe('ties, row numbers and the columns kept', () => {
    test('touches at the same instant are in the order of the rows of one file', () => {
        expectFigures(measured({ 'data/crm.csv': csv(columns, rows) }, 'data/crm.csv'));
    });

    test('a column called rowid does not decide the order: the rows do', () => {
        // Numbers that would reverse each tie, were they taken as the order.
        const numbered = rows.map((row, index) => [...row, String(100 - index)]);
        expectFigures(measured({ 'data/crm.csv': csv([...columns, 'rowid'], numbered) }, 'data/crm.csv'));
    });

    test('over several files, in the order of the files and of their rows', () => {
        expectFigures(measured({ 'data/crm-1.csv': csv(columns, rows.slice(0, 3)), 'data/crm-2.csv': csv(columns, rows.slice(3)) }, 'data/crm-*.csv'));
    });
});
