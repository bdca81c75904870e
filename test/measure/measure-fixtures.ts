import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Small event exports whose figures are worked out by hand in the tests (see the comments
 * there). Times carry offsets on purpose: `2026-07-31T23:30:00-01:00` is August in UTC.
 */
export const forumCsv1 = `occurred_at,member,kind,ok,thread,points
2026-07-01T09:00:00Z,m1,post,true,t1,5
2026-07-02T09:00:00Z,m1,reply,true,t1,3
2026-07-03T09:00:00+02:00,m2,answer,yes,t2,4
2026-07-04T09:00:00Z,m3,reply,false,t3,10
2026-07-05T09:00:00Z,m4,reply,TRUE,,2
2026-07-06T09:00:00Z,m2,post,1,t4,1
2026-07-08T09:00:00Z,m7,post,true,t11,0
2026-07-20T09:00:00Z,m1,reply,true,t5,6
`;

export const forumCsv2 = `occurred_at,member,kind,ok,thread,points
2026-07-31T23:30:00-01:00,m5,reply,true,t6,7
2026-08-10T09:00:00Z,m2,reply,true,t7,8
2026-08-12T09:00:00Z,m6,reply,no,t8,9
2026-09-02T09:00:00Z,m1,reply,true,t9,1
2026-09-20T09:00:00Z,m1,reply,true,t10,1
`;

export const crmCsv = `at,account,kind,consent,amount
2026-06-01T00:00:00Z,a1,ad,true,
2026-06-10T00:00:00Z,a1,answer,true,
2026-06-20T00:00:00Z,a1,meetup,true,
2026-07-01T00:00:00Z,a1,renewal,true,1000
2026-07-05T00:00:00Z,a2,answer,true,
2026-07-15T00:00:00Z,a2,renewal,true,500
2026-07-20T00:00:00Z,a3,renewal,true,200
2026-03-01T00:00:00Z,a4,answer,true,
2026-07-10T00:00:00Z,a4,renewal,true,300
2026-08-05T00:00:00Z,a5,answer,false,
2026-08-06T00:00:00Z,a5,renewal,true,400
2026-08-01T00:00:00Z,a6,ad,true,
2026-08-02T00:00:00Z,a6,answer,true,
2026-08-20T00:00:00Z,a6,renewal,true,100
`;

export const forumSource = (file: string) => `source Forum "Forum export" {
    file "${file}"
    time occurred_at
    person member
    event kind
    consent ok
}

event reply "A reply" {
    source Forum
    requires thread
    replaces answer
}

event answer "Old name of reply" {
    source Forum
    deprecated "Renamed to reply"
}

event post "A new thread" {
    source Forum
}
`;

export const crmSource = `source Crm "CRM touches" {
    file "data/crm.csv"
    time at
    person account
    event kind
    consent consent
}

event answer2 "A community answer" {
    source Crm
    name "answer"
}

event meetup "A meetup" {
    source Crm
}

event renewal "A renewal" {
    source Crm
}
`;

/** A fresh folder holding the files, by path relative to it. */
export function folderWith(files: Readonly<Record<string, string | Buffer>>): string {
    const folder = mkdtempSync(join(tmpdir(), 'cop-measure-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

export interface MeasureRow {
    readonly name: string;
    readonly period: string;
    readonly value: number;
    readonly rows: number | null;
    readonly excluded: { readonly consent: number; readonly missing: number } | null;
}

/** The figures of one measure, as `[period, value]` pairs. */
export function seriesOf(measures: readonly MeasureRow[], name: string): [string, number][] {
    return measures.filter(measure => measure.name === name).map(measure => [measure.period, measure.value]);
}
