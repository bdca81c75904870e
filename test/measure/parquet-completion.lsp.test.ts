import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { positionOf } from '../editing/lsp-helpers.js';

/**
 * Completion of a Parquet source's columns over stdio (out/server.js): the server reads the
 * schema from the file's footer without DuckDB. The file is written by DuckDB in the test.
 */

const plan = `plan P "P" {
    purpose "p"
}

source Forum "Forum export" {
    file "data/forum-*.parquet"
    time occurred_at
    person member
    event kind
    consent ok
}

source Broken {
    file "broken/x.parquet"
    time at
    event kind
}

event reply {
    source Forum
    requires thread
}

event renewal {
    source Forum
}

event odd {
    source Broken
    requires at
}

indicator Replies {
    compute count reply where ok = "true"
}

influence Influenced {
    source Forum
    touches reply
    conversion renewal value amount
    window 90 days
    model first 1
    unit USD
}
`;

describe('completion of the columns of a Parquet source, over stdio', () => {
    let client: LspClient;
    let uri: string;

    beforeAll(async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-parquet-lsp-'));
        mkdirSync(join(folder, 'data'));
        mkdirSync(join(folder, 'broken'));
        writeFileSync(join(folder, 'broken/x.parquet'), 'at,kind\nnot parquet at all\n');
        const { DuckDBInstance } = await import('@duckdb/node-api');
        const instance = await DuckDBInstance.create(':memory:');
        const connection = await instance.connect();
        await connection.run(
            `COPY (SELECT TIMESTAMP '2026-07-01 09:00:00' AS occurred_at, 'm1' AS member, 'reply' AS kind, true AS ok,
                't1' AS "thread id", 3 AS points, 10.5 AS amount, {'a': 1, 'b': 'x'} AS details
                FROM range(1000)) TO '${join(folder, 'data/forum-1.parquet')}' (FORMAT parquet)`
        );
        // A later file of the glob: the first file's columns are offered, as for CSV.
        await connection.run(`COPY (SELECT 1 AS other) TO '${join(folder, 'data/forum-2.parquet')}' (FORMAT parquet)`);
        connection.closeSync();
        instance.closeSync();
        writeFileSync(join(folder, 'plan.cop'), plan);
        uri = fileUri(join(folder, 'plan.cop'));
        client = new LspClient();
        await client.initialize(folder);
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
    });
    afterAll(async () => {
        await client.shutdown();
    });

    /** The columns offered at the end of the line that `needle` (ending with a new line) ends. */
    async function columnsAt(text: string, needle: string, source = 'Forum'): Promise<[string, string | undefined][]> {
        await client.change(uri, text);
        const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri },
            position: positionOf(text, needle, 0, needle.length - 1)
        });
        return (Array.isArray(result) ? result : result.items).filter(item => item.detail === `column of ${source}`).map(item => [item.label, item.insertText]);
    }

    const forum: [string, string][] = [
        ['occurred_at', 'occurred_at'],
        ['member', 'member'],
        ['kind', 'kind'],
        ['ok', 'ok'],
        ['thread id', '"thread id"'],
        ['points', 'points'],
        ['amount', 'amount'],
        ['details', 'details']
    ];

    test("`requires` offers the columns of the source's first Parquet file", async () => {
        expect(await columnsAt(plan.replace('    requires thread\n', '    requires \n'), '    requires \n')).toEqual(forum);
    });

    test('so do `where` and an influence’s `value`', async () => {
        expect(await columnsAt(plan.replace('compute count reply where ok = "true"', 'compute count reply where '), 'compute count reply where \n')).toEqual(
            forum
        );
        expect(await columnsAt(plan.replace('conversion renewal value amount', 'conversion renewal value '), 'conversion renewal value \n')).toEqual(forum);
    });

    test('a file that is not Parquet offers no columns, and the server keeps answering', async () => {
        expect(await columnsAt(plan.replace('    requires at\n', '    requires \n'), '    requires \n', 'Broken')).toEqual([]);
        expect(await columnsAt(plan.replace('    requires thread\n', '    requires \n'), '    requires \n')).toEqual(forum);
    });
});
