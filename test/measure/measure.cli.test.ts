import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { MeasureRow } from './measure-fixtures.js';
import { crmCsv, crmSource, folderWith, forumCsv1, forumCsv2, forumSource, seriesOf } from './measure-fixtures.js';

const header = `plan Demo "Demo" {
    purpose "Measure from the forum"
}
`;

function measure(plan: string, files: Record<string, string>, asOf = '2026-09-15') {
    const folder = folderWith({ 'plan.cop': plan, ...files });
    const result = runCli(['measure', 'plan.cop', '--format', 'json', '--as-of', asOf], { cwd: folder });
    const json = result.stdout ? JSON.parse(result.stdout) : undefined;
    return { ...result, json, measures: (json?.measures ?? []) as MeasureRow[], folder };
}

const forumFiles = { 'data/forum-1.csv': forumCsv1, 'data/forum-2.csv': forumCsv2 };

describe('cop measure: every compute form over a CSV export, figures worked by hand', () => {
    // Replies counted (consent true/yes/1/TRUE, a thread, `answer` counted as `reply`, times in UTC):
    // July: m1 07-02, m2 07-03 (answer), m1 07-20; m3 has no consent, m4 no thread.
    // August: m5 (07-31 23:30 at -01:00 is 08-01 00:30 UTC), m2 08-10; m6 says `no`.
    // September holds --as-of 2026-09-15: left out; 09-20 is after it anyway.
    const plan = `${header}
${forumSource('data/forum-*.csv')}
indicator Replies "Replies" {
    compute count reply
}

indicator Responders "Members who replied" {
    compute unique reply
}

indicator Points "Points of replies" {
    compute sum points of reply
}

indicator PointsOfM1 "Points of m1's replies" {
    compute sum points of reply where member = "m1"
}

indicator EightPointReplies "Replies worth 8 points" {
    compute count reply where points = 8 and kind = "reply"
}

indicator PostersWhoReplied "Share of posters who replied" {
    compute share reply of post
}

indicator Kept "Repliers who came back after 14 days" {
    compute retained reply after 14 days
}

indicator KeptLong "Repliers who came back after 20 days" {
    compute retained reply after 20 days
}
`;
    const run = measure(plan, forumFiles);

    test('runs cleanly', () => {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.json.diagnostics).toEqual([]);
    });

    test('count, with consent and missing-field exclusions counted per period', () => {
        expect(run.measures.filter(m => m.name === 'Replies')).toEqual([
            { name: 'Replies', period: '2026-07', value: 3, rows: 3, excluded: { consent: 1, missing: 1 } },
            { name: 'Replies', period: '2026-08', value: 2, rows: 2, excluded: { consent: 1, missing: 0 } }
        ]);
    });

    test('unique counts distinct people', () => {
        expect(seriesOf(run.measures, 'Responders')).toEqual([
            ['2026-07', 2],
            ['2026-08', 2]
        ]);
    });

    test('sum, with text and number where-conditions; a period without matches is 0', () => {
        expect(seriesOf(run.measures, 'Points')).toEqual([
            ['2026-07', 3 + 4 + 6],
            ['2026-08', 7 + 8]
        ]);
        expect(seriesOf(run.measures, 'PointsOfM1')).toEqual([
            ['2026-07', 3 + 6],
            ['2026-08', 0]
        ]);
        expect(seriesOf(run.measures, 'EightPointReplies')).toEqual([
            ['2026-07', 0],
            ['2026-08', 1]
        ]);
    });

    test('share: people with both among people with the base; a period without the base is absent', () => {
        // July posters m1, m2, m7; m1 and m2 replied. No posts in August.
        expect(seriesOf(run.measures, 'PostersWhoReplied')).toEqual([['2026-07', 2 / 3]]);
    });

    test('retained: cohorts by first reply, right-censored', () => {
        // July cohort m1 (again 18 days later), m2 (again on 08-10); August cohort m5 (never again).
        expect(seriesOf(run.measures, 'Kept')).toEqual([
            ['2026-07', 1],
            ['2026-08', 0]
        ]);
        // After 20 days: m1's 07-20 reply is too soon, but 09-02 (before --as-of) counts; August's
        // cohort has until 09-20, after --as-of: not reported yet.
        expect(seriesOf(run.measures, 'KeptLong')).toEqual([['2026-07', 1]]);
    });

    test('the period holding --as-of is left out until it is complete, and counted once it is', () => {
        const end = measure(plan, forumFiles, '2026-09-30');
        expect(seriesOf(end.measures, 'Replies')).toEqual([
            ['2026-07', 3],
            ['2026-08', 2],
            ['2026-09', 2]
        ]);
        const early = measure(plan, forumFiles, '2026-08-30');
        expect(seriesOf(early.measures, 'Replies')).toEqual([['2026-07', 3]]);
    });

    test('weekly periods are named by their Monday', () => {
        const weekly = plan.replace('    compute count reply\n', '    cadence weekly\n    compute count reply\n');
        // 2026-07-15 is a Wednesday: its week is left out; the week of 07-06 has no reply (0).
        expect(seriesOf(measure(weekly, forumFiles, '2026-07-15').measures, 'Replies')).toEqual([
            ['2026-06-29', 2],
            ['2026-07-06', 0]
        ]);
    });

    test('text output says the figures and the exclusions in words', () => {
        const folder = folderWith({ 'plan.cop': plan, ...forumFiles });
        const text = runCli(['measure', 'plan.cop', '--as-of', '2026-09-15'], { cwd: folder });
        expect(text.code).toBe(0);
        expect(text.stdout).toContain('Replies (compute count, monthly)');
        expect(text.stdout).toMatch(/2026-07 +3 +\(3 rows, 1 without consent, 1 missing a required field\)/);
    });
});

describe('cop measure: influence, each model and the blend', () => {
    // a1 renews 1000 on 07-01 after ad (30 days before), answer (21), meetup (11): 3 touches, 2 community.
    // a2 renews 500 after one answer. a3 (200) has no touch; a4's answer is 131 days before its 300.
    // August: a5's answer has no consent (400 without touches); a6 renews 100 after ad, answer (19 and 18 days before).
    const decay = (days: number[], community: boolean[], halfLife: number) => {
        const weights = days.map(d => 2 ** (-d / halfLife));
        return weights.reduce((sum, w, i) => sum + (community[i] ? w : 0), 0) / weights.reduce((a, b) => a + b, 0);
    };
    const d1 = decay([30, 21, 11], [false, true, true], 7);
    const d6 = decay([19, 18], [false, true], 7);
    const expected: Record<string, [number, number]> = {
        First: [500, 0],
        Last: [1000 + 500, 100],
        Linear: [(1000 * 2) / 3 + 500, 50],
        Position: [1000 * (0.2 + 0.4) + 500, 50],
        Decay: [1000 * d1 + 500, 100 * d6]
    };
    const models: Record<string, string> = { First: 'first 1', Last: 'last 1', Linear: 'linear 1', Position: 'position 1', Decay: 'decay 1 half-life 7 days' };
    const influences = Object.entries(models)
        .map(
            ([name, model]) => `influence ${name} {
    source Crm
    touches answer2, meetup
    conversion renewal value amount
    window 90 days
    model ${model}
    unit USD
}
`
        )
        .join('\n');
    const plan = `${header}
${crmSource}
${influences}
influence Blend {
    source Crm
    touches answer2, meetup
    conversion renewal value amount
    window 90 days
    model first 0.2, position 0.5, decay 0.3 half-life 7 days
    unit USD
}

kpi Twice {
    formula Blend * 2
    unit USD
}
`;
    const run = measure(plan, { 'data/crm.csv': crmCsv });

    test.each(Object.keys(models))('%s', name => {
        expect(run.code).toBe(0);
        const got = seriesOf(run.measures, name);
        expect(got.map(([period]) => period)).toEqual(['2026-07', '2026-08']);
        expect(got[0][1]).toBeCloseTo(expected[name][0], 9);
        expect(got[1][1]).toBeCloseTo(expected[name][1], 9);
    });

    test('the blend is the weighted sum of the models; conversions are the rows', () => {
        const got = seriesOf(run.measures, 'Blend');
        for (const [index] of got.entries()) {
            expect(got[index][1]).toBeCloseTo(0.2 * expected.First[index] + 0.5 * expected.Position[index] + 0.3 * expected.Decay[index], 9);
        }
        expect(run.measures.filter(m => m.name === 'Blend').map(m => m.rows)).toEqual([4, 2]);
    });

    test('written to the actuals file, an influence is a name in a kpi formula', () => {
        const folder = folderWith({
            'plan.cop': plan.replace('    purpose "Measure from the forum"\n', '    purpose "Measure from the forum"\n    actuals "actuals.csv"\n'),
            'data/crm.csv': crmCsv
        });
        expect(runCli(['measure', 'plan.cop', '--as-of', '2026-09-15', '--write'], { cwd: folder }).code).toBe(0);
        const exported = JSON.parse(runCli(['export', 'plan.cop', '--as-of', '2026-09-15'], { cwd: folder }).stdout);
        const august = seriesOf(run.measures, 'Blend')[1][1];
        expect(exported.kpis.find((k: { name: string }) => k.name === 'Twice').value).toBeCloseTo(2 * august, 6);
        expect(exported.influences.map((i: { name: string; lineage: { figures: unknown[] } }) => [i.name, i.lineage.figures.length])).toContainEqual([
            'Blend',
            2
        ]);
        // The Impact section shows each influence's figures, marked as computed.
        const html = runCli(['export', 'plan.cop', '--as-of', '2026-09-15', '--format', 'html'], { cwd: folder }).stdout;
        expect(html).toMatch(
            /<div class="impact-card influence-card" data-influence="Blend"><h3>Blend <span class="computed-badge" title="Computed by cop measure \(influence, DuckDB v[^"]*"[^>]*>computed<\/span> <small>influence · latest [\d.,]+ USD \(2026-08\)<\/small><\/h3>/
        );
    });
});

describe('cop measure: JSON lines and Parquet read natively, to the same figures', () => {
    const jsonl =
        forumCsv1
            .trim()
            .split('\n')
            .slice(1)
            .concat(forumCsv2.trim().split('\n').slice(1))
            .map(line => {
                const [occurred_at, member, kind, ok, thread, points] = line.split(',');
                const consent = ok === 'true' || ok === 'TRUE' ? true : ok === 'false' ? false : ok === '1' ? 1 : ok;
                return JSON.stringify({ occurred_at, member, kind, ok: consent, thread: thread || null, points: Number(points) });
            })
            .join('\n') + '\n';
    const plan = (file: string) => `${header}
${forumSource(file)}
indicator Replies "Replies" {
    compute count reply
}

indicator Points "Points of replies" {
    compute sum points of reply
}
`;

    test('JSON lines', () => {
        const run = measure(plan('data/forum.jsonl'), { 'data/forum.jsonl': jsonl });
        expect(run.stderr).toBe('');
        expect(seriesOf(run.measures, 'Replies')).toEqual([
            ['2026-07', 3],
            ['2026-08', 2]
        ]);
        expect(seriesOf(run.measures, 'Points')).toEqual([
            ['2026-07', 13],
            ['2026-08', 15]
        ]);
    });

    test('Parquet, written by DuckDB itself', async () => {
        const folder = folderWith({ 'data/forum.jsonl': jsonl, 'plan.cop': plan('data/forum.parquet') });
        const { DuckDBInstance } = await import('@duckdb/node-api');
        const instance = await DuckDBInstance.create(':memory:');
        const connection = await instance.connect();
        await connection.run(
            `COPY (SELECT * FROM read_json('${folder}/data/forum.jsonl', format = 'newline_delimited')) TO '${folder}/data/forum.parquet' (FORMAT parquet)`
        );
        connection.closeSync();
        instance.closeSync();
        const run = runCli(['measure', 'plan.cop', '--format', 'json', '--as-of', '2026-09-15'], { cwd: folder });
        expect(run.stderr).toBe('');
        const measures = JSON.parse(run.stdout).measures as MeasureRow[];
        expect(seriesOf(measures, 'Replies')).toEqual([
            ['2026-07', 3],
            ['2026-08', 2]
        ]);
        expect(seriesOf(measures, 'Points')).toEqual([
            ['2026-07', 13],
            ['2026-08', 15]
        ]);
    });
});
