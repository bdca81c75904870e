import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { MeasureRow } from './measure-fixtures.js';

/**
 * `--emit-sql` prints queries for a warehouse that compute the time, consent and row number
 * themselves, while the engine's read a prepared table: both must give the same figures.
 * The printed queries run here in DuckDB over one table per source holding the example's
 * rows as exported, and every figure `cop measure` reports for a period they return is theirs.
 */
test('the printed queries give the figures cop measure computes, over the example', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cop-emit-'));
    cpSync(resolve('examples/measure'), folder, { recursive: true });
    const asOf = ['--as-of', '2026-10-31'];
    const measured = runCli(['measure', 'forum-measures.cop', '--format', 'json', ...asOf], { cwd: folder });
    expect(measured.code, measured.stderr).toBe(0);
    const figures = JSON.parse(measured.stdout).measures as MeasureRow[];
    const emitted = runCli(['measure', 'forum-measures.cop', '--emit-sql', ...asOf], { cwd: folder });
    expect(emitted.code, emitted.stderr).toBe(0);
    const queries = emitted.stdout
        .split(/\n(?=-- \w+ \()/)
        .slice(1)
        .map(part => ({ name: /^-- (\w+) \(/.exec(part)![1], sql: part.replace(/^--.*\n/, '').replace(/;\s*$/, '') }));
    expect(queries.map(query => query.name)).toEqual([...new Set(figures.map(figure => figure.name))]);

    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`SET TimeZone = 'UTC'`);
    const csv = (files: string) => `read_csv('${join(folder, files)}', header = true, all_varchar = true, union_by_name = true)`;
    await connection.run(`CREATE TABLE "Forum" AS SELECT * FROM ${csv('data/forum-*.csv')}`);
    await connection.run(`CREATE TABLE "Crm" AS SELECT * FROM ${csv('data/crm-touches.csv')}`);
    let compared = 0;
    for (const query of queries) {
        const rows = (await connection.runAndReadAll(`SELECT strftime(period, '%Y-%m') AS period, value FROM (${query.sql})`)).getRowObjects();
        const byPeriod = new Map(rows.map(row => [String(row.period), row.value === null ? null : Number(row.value)]));
        for (const figure of figures.filter(f => f.name === query.name && byPeriod.has(f.period))) {
            const value = byPeriod.get(figure.period);
            if (figure.value === null || value === null) expect(value ?? null, `${query.name} ${figure.period}`).toBe(figure.value);
            else expect(value, `${query.name} ${figure.period}`).toBeCloseTo(figure.value, 9);
            compared++;
        }
    }
    connection.closeSync();
    instance.closeSync();
    // Every measure, most periods: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(figures.length / 2);
});
