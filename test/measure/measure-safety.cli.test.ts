import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath, runCli, runCliInProcess } from '../helpers/cli.js';
import type { MeasureRow } from './measure-fixtures.js';
import { folderWith, forumCsv1, forumCsv2, forumSource, seriesOf } from './measure-fixtures.js';

const header = (actuals?: string) => `plan Demo "Demo" {
    purpose "Measure from the forum"${actuals ? `\n    actuals "${actuals}"` : ''}
}
`;
const forumFiles = { 'data/forum-1.csv': forumCsv1, 'data/forum-2.csv': forumCsv2 };

async function run(folder: string, ...args: string[]) {
    const result = await runCliInProcess(['measure', 'plan.cop', '--as-of', '2026-09-15', ...args], { cwd: folder });
    const json = args.includes('json') && result.stdout ? JSON.parse(result.stdout) : undefined;
    return { ...result, json, measures: (json?.measures ?? []) as MeasureRow[] };
}

describe('cop measure: names and values never become SQL', () => {
    test('a where-value built to break out of its quotes is compared as text, and matches nothing', async () => {
        const plan = `${header()}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute count reply where kind = "reply' OR '1'='1"
}
`;
        const result = await run(folderWith({ 'plan.cop': plan, ...forumFiles }), '--format', 'json');
        expect(result.code).toBe(0);
        expect(seriesOf(result.measures, 'Replies')).toEqual([
            ['2026-07', 0],
            ['2026-08', 0]
        ]);
    });

    test('a column name with quotes and SQL in it is a column name: an unknown one is reported, a real one is read', async () => {
        const hostile = `${header()}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute sum "points\\" ) ; DROP TABLE cop_raw.\\"Forum\\"; --" of reply
}
`;
        const bad = await run(folderWith({ 'plan.cop': hostile, ...forumFiles }), '--format', 'json');
        expect(bad.code).toBe(1);
        expect(bad.json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['event-unknown-field']);
        expect(bad.json.diagnostics[0].message).toContain('names column `points" ) ; DROP TABLE cop_raw."Forum"; --`');

        const csv = 'occurred_at,kind,"we""ird ; name"\n2026-07-01T00:00:00Z,reply,5\n2026-07-02T00:00:00Z,reply,7\n';
        const plan = `${header()}
source Odd {
    file "odd.csv"
    time occurred_at
    event kind
}

event reply {
    source Odd
}

indicator Weird {
    compute sum "we\\"ird ; name" of reply where "we\\"ird ; name" = 7
}
`;
        const good = await run(folderWith({ 'plan.cop': plan, 'odd.csv': csv }), '--format', 'json');
        expect(good.stderr).toBe('');
        expect(seriesOf(good.measures, 'Weird')).toEqual([
            ['2026-07', 7],
            ['2026-08', 0]
        ]);
    });

    test("a plan's sql runs read-only over consent-filtered tables: only one SELECT, no file access", async () => {
        const plan = (query: string) => `${header()}
${forumSource('data/forum-*.csv')}
indicator Q {
    compute sql "${query}"
}
`;
        // Rows with consent: July 7 (m3 said false), August 2 (m6 said no); September is incomplete.
        const ok = await run(
            folderWith({ 'plan.cop': plan("select date_trunc('month', occurred_at) as period, count(*) as value from Forum group by 1"), ...forumFiles }),
            '--format',
            'json'
        );
        expect(ok.stderr).toBe('');
        expect(seriesOf(ok.measures, 'Q')).toEqual([
            ['2026-07', 7],
            ['2026-08', 2]
        ]);

        for (const query of [
            'DELETE FROM Forum',
            'select 1 as period, 2 as value; DROP TABLE Forum',
            "select now() as period, count(*) as value from read_csv('/etc/passwd')",
            "COPY Forum TO '/tmp/cop-leak.csv'",
            'select 1 as period, count(*) as value from cop_raw.Forum'
        ]) {
            const result = await run(folderWith({ 'plan.cop': plan(query.replace(/"/g, '\\"')), ...forumFiles }), '--format', 'json');
            expect(result.code, query).toBe(1);
            expect(
                result.json.diagnostics.map((d: { code: string }) => d.code),
                query
            ).toEqual(['source-invalid']);
            expect(result.json.diagnostics[0].message, query).toMatch(/^The `sql` query of indicator `Q` cannot run: /);
        }
    });
});

describe('cop measure: bad input is a diagnostic naming the file, never a crash', () => {
    const plan = (file: string, time = 'occurred_at') => `${header()}
${forumSource(file).replace('time occurred_at', `time ${time}`)}
indicator Replies {
    compute count reply
}
`;
    const codes = (result: Awaited<ReturnType<typeof run>>) => result.json.diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]);

    test('an empty glob', async () => {
        const result = await run(folderWith({ 'plan.cop': plan('data/none-*.csv') }), '--format', 'json');
        expect(result.code).toBe(1);
        expect(codes(result)).toEqual([['source-invalid', expect.stringContaining('`file "data/none-*.csv"` matches no file')]]);
    });

    test('a Parquet file that is not Parquet', async () => {
        const result = await run(folderWith({ 'plan.cop': plan('data/x.parquet'), 'data/x.parquet': 'not parquet at all' }), '--format', 'json');
        expect(result.code).toBe(1);
        expect(codes(result)).toEqual([['source-invalid', expect.stringContaining('x.parquet')]]);
    });

    test('a column the files lack', async () => {
        const result = await run(folderWith({ 'plan.cop': plan('data/forum-*.csv', 'created'), ...forumFiles }), '--format', 'json');
        expect(result.code).toBe(1);
        expect(codes(result)).toEqual([
            ['source-invalid', expect.stringContaining('data/forum-1.csv (and the other files) has no column `created` (its `time`)')]
        ]);
        expect(result.json.diagnostics[0]).toMatchObject({ file: 'plan.cop', line: 5, column: 8 });
    });

    test('a malformed CSV row', async () => {
        const result = await run(
            folderWith({
                'plan.cop': plan('data/f.csv'),
                'data/f.csv': 'occurred_at,member,kind,ok,thread\n2026-07-01,m1,reply,true,t1\n"2026-07-02,m1,reply\n'
            }),
            '--format',
            'json'
        );
        expect(result.code).toBe(1);
        expect(codes(result)).toEqual([['source-invalid', expect.stringContaining('f.csv')]]);
    });

    test('unparseable times and e-mail addresses are said, not silently dropped (the addresses never shown)', async () => {
        const csv = 'occurred_at,member,kind,ok,thread\nsoon,m1,reply,true,t1\n2026-07-02T00:00:00Z,ada@example.org,reply,true,t2\n';
        const result = await run(folderWith({ 'plan.cop': plan('data/f.csv'), 'data/f.csv': csv }), '--format', 'json');
        expect(result.code).toBe(0);
        expect(codes(result).map(([code]: string[]) => code)).toEqual(['time-unparseable', 'identity-unhashed']);
        expect(result.stdout).not.toContain('ada@');
        expect(seriesOf(result.measures, 'Replies')).toEqual([
            ['2026-07', 1],
            ['2026-08', 0]
        ]);
    });
});

describe('cop measure --write', () => {
    const plan = `${header('data/actuals.csv')}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute count reply
}

indicator Share {
    compute share reply of post
}
`;

    test('merges the figures into the actuals file, keeps other rows, writes the lineage; a second run changes no byte', async () => {
        const existing = 'indicator,date,value,note\nOther,2026-06,5,"typed, by hand"\nReplies,2026-07,3,\n';
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles, 'data/actuals.csv': existing });
        const first = await run(folder, '--write');
        expect(first.code, first.stderr).toBe(0);
        const actuals = readFileSync(join(folder, 'data/actuals.csv'), 'utf8');
        expect(actuals).toBe(
            'indicator,date,value,note\nOther,2026-06,5,"typed, by hand"\nReplies,2026-07,3,\nReplies,2026-08,2,\nShare,2026-07,0.666666666667,\n'
        );
        const lineage = JSON.parse(readFileSync(join(folder, 'data/actuals.lineage.json'), 'utf8'));
        expect(lineage.duckdb).toMatch(/^v\d/);
        expect(lineage.measures.map((m: { name: string }) => m.name)).toEqual(['Replies', 'Share']);
        const replies = lineage.measures[0];
        expect(replies.query).toContain('FROM cop_raw."Forum"');
        expect(replies.prepare).toEqual([
            expect.stringMatching(/^CREATE TABLE cop_raw\."Forum" AS SELECT \*, .* FROM read_csv\(\['data\/forum-1\.csv', 'data\/forum-2\.csv'\], /)
        ]);
        expect(replies.parameters).toEqual(['2026-09-16', 'reply', 'answer']);
        expect(replies.files.map((f: { file: string; rows: number; sha256: string }) => [f.file, f.rows, f.sha256.length])).toEqual([
            ['data/forum-1.csv', 8, 64],
            ['data/forum-2.csv', 5, 64]
        ]);
        expect(replies.figures[0]).toMatchObject({ period: '2026-07', value: 3, rows: 3, excluded: { consent: 1, missing: 1 } });

        const before = [readFileSync(join(folder, 'data/actuals.csv')), readFileSync(join(folder, 'data/actuals.lineage.json'))];
        const second = await run(folder, '--write');
        expect(second.code).toBe(0);
        expect(second.stderr).toContain('is up to date');
        expect(readFileSync(join(folder, 'data/actuals.csv'))).toEqual(before[0]);
        expect(readFileSync(join(folder, 'data/actuals.lineage.json'))).toEqual(before[1]);

        // cop check reads the written rows as computed: no actual-conflict; a typed row is one.
        const check = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
        expect(JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain('actual-conflict');
        writeFileSync(join(folder, 'data/actuals.csv'), readFileSync(join(folder, 'data/actuals.csv'), 'utf8') + 'Replies,2026-05,9,\n');
        const typed = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
        expect(
            JSON.parse(typed.stdout)
                .diagnostics.filter((d: { code: string }) => d.code === 'actual-conflict')
                .map((d: { message: string }) => d.message)
        ).toEqual([expect.stringContaining('"data/actuals.csv", row 6: indicator `Replies` is computed')]);
    });

    test('creates the actuals file with its header; a plan without one is told what to add', async () => {
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles });
        expect((await run(folder, '--write')).code).toBe(0);
        expect(readFileSync(join(folder, 'data/actuals.csv'), 'utf8')).toBe(
            'indicator,date,value\nReplies,2026-07,3\nReplies,2026-08,2\nShare,2026-07,0.666666666667\n'
        );
        const none = folderWith({ 'plan.cop': plan.replace('    actuals "data/actuals.csv"\n', ''), ...forumFiles });
        const result = await run(none, '--write');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('has no actuals file to write to; add `actuals "data/actuals.csv"`');
    });
});

describe('cop measure --emit-sql', () => {
    test('prints one query per measure over a table per source, values written in as quoted literals', async () => {
        const plan = `${header()}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute count reply where member = "o'brien"
}
`;
        const result = await run(folderWith({ 'plan.cop': plan }), '--emit-sql');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('-- Replies (count, monthly)');
        expect(result.stdout).toContain('FROM "Forum"');
        expect(result.stdout).toContain(`CAST("member" AS VARCHAR) = 'o''brien'`);
        expect(result.stdout).toContain(`IN ('reply', 'answer')`);
        expect(result.stdout).not.toMatch(/\$\d/);
    });
});

describe('cop check --data', () => {
    test('reads the sources against their files without running a query; plain cop check never reads them', async () => {
        const plan = `${header()}
${forumSource('data/forum-*.csv').replace('requires thread', 'requires thread_id')}
indicator Replies {
    compute count reply
}

indicator AlsoReplies {
    compute unique reply
}

event reaction {
    source Forum
    requires emoji
}
`;
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles });
        const data = await runCliInProcess(['check', '--data', '--format', 'json', 'plan.cop'], { cwd: folder });
        expect(data.code).toBe(1);
        const diagnostics = JSON.parse(data.stdout).diagnostics as { code: string; message: string; line: number }[];
        expect(diagnostics.filter(d => d.code === 'event-unknown-field').map(d => [d.line, d.message])).toEqual([
            [
                13,
                expect.stringContaining(
                    'Event `reply` requires column `thread_id`, which source `Forum` does not have. Name one of its columns: `occurred_at`, `member`, `kind`, `ok`, `thread`, `points`.'
                )
            ],
            // An event no measure uses is checked too; one used by two measures is reported once.
            [36, expect.stringContaining('Event `reaction` requires column `emoji`')]
        ]);
        const plain = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
        expect(JSON.parse(plain.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain('event-unknown-field');
    });
});

describe('cop export after cop measure --write', () => {
    test('adds sources, events, and per computed indicator its form and lineage (null before a run); validates against the schema', async () => {
        const { planExportSchema } = await import('../../language/export/export-schema.js');
        const plan = `${header('data/actuals.csv')}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute count reply
}

indicator Typed {
    data "by hand"
}
`;
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles });
        const exported = async () => JSON.parse((await runCliInProcess(['export', 'plan.cop', '--as-of', '2026-09-15'], { cwd: folder })).stdout);
        const before = await exported();
        expect(before.indicators.find((i: { name: string }) => i.name === 'Replies')).toMatchObject({ compute: 'count', lineage: null });
        expect(before.indicators.find((i: { name: string }) => i.name === 'Typed')).not.toHaveProperty('compute');
        expect((await run(folder, '--write')).code).toBe(0);
        const after = await exported();
        expect(planExportSchema.parse(after)).toEqual(after);
        expect(after.sources).toEqual([
            { name: 'Forum', title: 'Forum export', file: 'data/forum-*.csv', time: 'occurred_at', person: 'member', event: 'kind', consent: 'ok' }
        ]);
        expect(after.events.map((e: { name: string; value: string; replaces: string[] }) => [e.name, e.value, e.replaces])).toEqual([
            ['reply', 'reply', ['answer']],
            ['answer', 'answer', []],
            ['post', 'post', []]
        ]);
        const replies = after.indicators.find((i: { name: string }) => i.name === 'Replies');
        expect(replies.latest).toEqual({ date: '2026-08', value: 2 });
        expect(replies.lineage.files.map((f: { file: string }) => f.file)).toEqual(['data/forum-1.csv', 'data/forum-2.csv']);
        expect(replies.lineage.figures.map((f: { period: string; value: number }) => [f.period, f.value])).toEqual([
            ['2026-07', 3],
            ['2026-08', 2]
        ]);

        // The Impact section marks the computed figures, with their lineage on hover.
        const html = (await runCliInProcess(['export', 'plan.cop', '--as-of', '2026-09-15', '--format', 'html'], { cwd: folder })).stdout;
        const badges = [...html.matchAll(/<span class="computed-badge" title="([^"]*)"/g)].map(match => match[1]);
        expect(badges).toHaveLength(1);
        expect(badges[0]).toContain('Computed by cop measure (compute count, DuckDB v');
        expect(badges[0]).toContain('data/forum-1.csv (8 rows');
        expect(badges[0]).toContain('Latest period 2026-08: 2 rows counted, 1 without consent, 0 missing a required field excluded.');
    });
});

describe('the progress bar', () => {
    const plan = `${header()}
${forumSource('data/forum-*.csv')}
indicator Replies {
    compute count reply
}
`;

    test.runIf(existsSync('/usr/bin/script'))('is drawn on a terminal, then cleared; never in a pipe', () => {
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles });
        // `script` gives the command a terminal; its output is what the terminal received.
        const tty = spawnSync(
            '/usr/bin/script',
            ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} measure plan.cop --as-of 2026-09-15 > /dev/null`, '/dev/null'],
            { cwd: folder, encoding: 'utf8', env: { ...process.env, COP_PROGRESS_AFTER_MS: '0' }, timeout: 60_000 }
        );
        expect(tty.stdout).toMatch(/\r\[#+\.*\] 1\/2 sources and measures/);
        expect(tty.stdout).toContain('\r[##############################] 2/2 sources and measures');
        expect(tty.stdout).toContain('\r\x1b[2K');
        const piped = runCli(['measure', 'plan.cop', '--as-of', '2026-09-15'], { cwd: folder, env: { COP_PROGRESS_AFTER_MS: '0' } });
        expect(piped.stderr).toBe('');
    });
});

describe('cop measure: a plan that cannot be measured as written', () => {
    test('counting people of a source without `person` is a source-invalid error on the indicator', async () => {
        const plan = `${header()}
${forumSource('data/forum-*.csv').replace('    person member\n', '')}
indicator Responders {
    compute unique reply
}
`;
        const result = await run(folderWith({ 'plan.cop': plan, ...forumFiles }), '--format', 'json');
        expect(result.code).toBe(1);
        expect(result.json.diagnostics.map((d: { code: string; line: number; message: string }) => [d.code, d.line, d.message])).toEqual([
            ['source-invalid', 27, 'Indicator `Responders` counts people, but source `Forum` has no `person` line naming who acted.']
        ]);
    });
});
