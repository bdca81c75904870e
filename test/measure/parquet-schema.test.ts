import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlanFile } from '../../language/generated/ast.js';
import { isParquetMagic, parquetColumns, parquetFooterLength } from '../../language/measure/parquet-schema.js';
import { NodeRangeFileSystemProvider } from '../../server/node-file-system.js';

/**
 * The Parquet schema reader over files DuckDB writes in the test: the names it reads from
 * the footer must be the columns DuckDB itself sees in the file (DESCRIBE), top level only,
 * whatever their names; damaged or foreign bytes give no columns and never an exception.
 */

const folder = mkdtempSync(join(tmpdir(), 'cop-parquet-'));
/** Each file's columns as DuckDB describes them. */
const described = new Map<string, string[]>();

const files: Record<string, string> = {
    plain: `SELECT TIMESTAMP '2026-07-01 09:00:00' AS occurred_at, 'm1' AS member, 'reply' AS kind, true AS ok, 3 AS points, 2.5::DOUBLE AS amount`,
    odd: `SELECT 1 AS "occurred at", 2 AS "we""ird", 3 AS "x"" ; DROP TABLE t; --", 4 AS "émoji 🎉", 5 AS "a.b", 7 AS "日本語", 8 AS "  spaced  "`,
    nested: `SELECT {'a': 1, 'b': {'c': 'x', 'd': [1, 2]}} AS s, [1, 2, 3] AS l, MAP {'k': 1} AS m, [{'x': 1, 'y': [true]}] AS ls, 'z' AS after`,
    wide: `SELECT ${Array.from({ length: 40 }, (_, i) => `${i} AS c${i}`).join(', ')}`,
    rows: `SELECT range AS id, 'member ' || range AS member FROM range(100000)`
};

beforeAll(async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    for (const [name, query] of Object.entries(files)) {
        const path = join(folder, `${name}.parquet`);
        await connection.run(`COPY (${query}) TO '${path}' (FORMAT parquet)`);
        const rows = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjects();
        described.set(
            name,
            rows.map(row => String(row.column_name))
        );
    }
    connection.closeSync();
    instance.closeSync();
});

/** The columns of a file's bytes, read as the editor does: tail, footer length, footer. */
function columnsOf(bytes: Uint8Array): string[] | undefined {
    if (bytes.length < 12 || !isParquetMagic(bytes.subarray(0, 4))) return undefined;
    const length = parquetFooterLength(bytes.subarray(bytes.length - 8));
    if (length === undefined || length + 12 > bytes.length) return undefined;
    return parquetColumns(bytes.subarray(bytes.length - 8 - length, bytes.length - 8));
}

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(folder, `${name}.parquet`)));

describe('the Parquet schema reader', () => {
    test.each(Object.keys(files))('reads the columns DuckDB sees in %s.parquet', name => {
        expect(described.get(name)!.length).toBeGreaterThan(0);
        expect(columnsOf(bytesOf(name))).toEqual(described.get(name));
    });

    test('odd names come back byte for byte, nested columns as one top-level column each', () => {
        expect(columnsOf(bytesOf('odd'))).toEqual(['occurred at', 'we"ird', 'x" ; DROP TABLE t; --', 'émoji 🎉', 'a.b', '日本語', '  spaced  ']);
        expect(columnsOf(bytesOf('nested'))).toEqual(['s', 'l', 'm', 'ls', 'after']);
    });

    test('a truncated file, a damaged footer or a file that is not Parquet gives no columns and no exception', () => {
        const bytes = bytesOf('nested');
        const length = parquetFooterLength(bytes.subarray(bytes.length - 8))!;
        const footer = bytes.subarray(bytes.length - 8 - length, bytes.length - 8);
        // Cut anywhere: the magic at the end is gone.
        for (const cut of [1, 4, 8, 100, bytes.length - 4]) expect(columnsOf(bytes.subarray(0, bytes.length - cut))).toBeUndefined();
        // Every prefix of the footer: an answer or undefined, never a throw.
        for (let end = 0; end < footer.length; end++) expect(() => parquetColumns(footer.subarray(0, end))).not.toThrow();
        expect(parquetColumns(footer.subarray(0, 10))).toBeUndefined();
        // Flipped bytes: never a throw, never a hang.
        for (let i = 0; i < footer.length; i++) {
            const damaged = footer.slice();
            damaged[i] ^= 0xff;
            expect(() => parquetColumns(damaged)).not.toThrow();
        }
        expect(columnsOf(new TextEncoder().encode('occurred_at,member\n2026-07-01,m1\n'))).toBeUndefined();
        expect(columnsOf(new TextEncoder().encode('PAR1 not parquet at all PAR1'))).toBeUndefined();
        expect(parquetFooterLength(new Uint8Array([0xff, 0xff, 0xff, 0x7f, 0x50, 0x41, 0x52, 0x31]))).toBeUndefined();
        expect(parquetColumns(new Uint8Array(0))).toBeUndefined();
    });
});

describe("the language server's file system reads parts of files", () => {
    test('the first or last bytes, fewer where the file is shorter', async () => {
        const path = join(folder, 'ten.txt');
        writeFileSync(path, '0123456789');
        const fileSystem = new NodeRangeFileSystemProvider();
        const uri = URI.file(path);
        const text = async (bytes: Uint8Array) => new TextDecoder().decode(bytes);
        expect(await text(await fileSystem.readBytes(uri, { start: 0, length: 4 }))).toBe('0123');
        expect(await text(await fileSystem.readBytes(uri, { start: 8, length: 4 }))).toBe('89');
        expect(await text(await fileSystem.readBytes(uri, { last: 3 }))).toBe('789');
        expect(await text(await fileSystem.readBytes(uri, { last: 30 }))).toBe('0123456789');
        expect(await text(await fileSystem.readBytes(uri, { start: 20, length: 4 }))).toBe('');
    });
});

describe("a source's columns through the file system the shell gives", () => {
    async function columnsWith(fileSystem: 'ranges' | 'whole files'): Promise<string[]> {
        const { NodeFileSystem } = await import('langium/node');
        const { parseHelper } = await import('langium/test');
        const { createCopServices } = await import('../../language/cop-module.js');
        const { NodeRangeFileSystem } = await import('../../server/node-file-system.js');
        const { Cop } = createCopServices(fileSystem === 'ranges' ? NodeRangeFileSystem : NodeFileSystem);
        Cop.shared.workspace.ConfigurationProvider.initialized({});
        const text = `plan P "P" {\n    purpose "p"\n}\n\nsource S {\n    file "nested.parquet"\n    time s\n    event l\n}\n`;
        const document = await parseHelper<PlanFile>(Cop)(text, {
            documentUri: URI.file(join(folder, 'plan.cop')).toString()
        });
        const source = document.parseResult.value.elements.find(element => element.$type === 'Source');
        if (source?.$type !== 'Source') throw new Error('no source parsed');
        return Cop.measure.SourceColumns.columnsOf(document, source);
    }

    test("the language server's reads the footer; one without parts of files (the browser's) offers none", async () => {
        expect(await columnsWith('ranges')).toEqual(['s', 'l', 'm', 'ls', 'after']);
        expect(await columnsWith('whole files')).toEqual([]);
    });
});
