import type { HostileCase, HostileFamily, InputFamily } from './hostile-family.js';
import { atLineStart, insideString } from './hostile-family.js';
import { protocolMisuse } from './protocol-misuse.js';
import { changeBursts } from './change-bursts.js';

/** The smallest plan with an actuals file: the indicator `Hours` and its CSV `a.csv`. */
export const actualsPlan = `plan Team "A community" {
    purpose "Help"
    actuals "a.csv"
}

indicator Hours "Hours given" {
    unit hours
    data "Timesheets"
    target >= 10 by 2027-06
}
`;

const impossibleDates = [
    '2026-02-30',
    '2026-02-29',
    '2026-13',
    '2026-00',
    '2026-13-01',
    '0000-00',
    '2026-1-1',
    '2026-04-31',
    '99999-01',
    '2026-06-00',
    '２０２６-０１',
    '2026-01-01T00:00'
];
const notNumbers = ['1e400', 'Infinity', '-Infinity', 'NaN', '--5', '1.2.3', '0x10', '١٢', '"5,5"', ' ', '1_000'];
/** Numbers the contract rejects (more than 15 significant digits, magnitude above 10^15): only the strict-values work detects them. */
const hugeNumbers = ['1234567890123456789', '10000000000000001', '0.1234567890123456789', '-99999999999999999999', '1000000000000000000000'];

const csvRow = (date: string, value: string) => `Hours,${date},${value}`;
/** Row `i` of a clean actuals file: one day after another from 1900, so no two share a date. */
const goodRow = (i: number) => csvRow(new Date(Date.UTC(1900, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), String(i % 1000));

/** Impossible dates and values that are not numbers, in an actuals file: `actuals-invalid`. */
export const impossibleCsvValues: InputFamily = {
    name: 'impossible-csv-values',
    kind: 'input',
    make(random) {
        const bad = random.chance(0.5) ? csvRow(random.pick(impossibleDates), '5') : csvRow('2026-05', random.pick(notNumbers));
        const rows = ['indicator,date,value', goodRow(1), bad, goodRow(2)];
        return { label: bad, plan: actualsPlan, files: { 'a.csv': rows.join(random.pick(['\n', '\r\n'])) + '\n' }, knownError: true };
    }
};

/**
 * Impossible dates and over-long numbers written in the plan itself (targets, inline actuals,
 * story dates) and over-long numbers in CSVs: `date-invalid` and `number-invalid` (Part 7).
 * Not in the default list until the strict-values work lands: `npm run fuzz -- --families all`.
 */
export const impossiblePlanValues: InputFamily = {
    name: 'impossible-plan-values',
    kind: 'input',
    make(random) {
        const where = random.int(4);
        if (where === 0)
            return { label: 'target date', plan: actualsPlan.replace('by 2027-06', `by ${random.pick(impossibleDates.slice(0, 9))}`), knownError: true };
        if (where === 1) return { label: 'target number', plan: actualsPlan.replace('>= 10', `>= ${random.pick(hugeNumbers)}`), knownError: true };
        if (where === 2)
            return {
                label: 'inline actual',
                plan: actualsPlan.replace('    actuals "a.csv"\n', '') + `\nactual Hours {\n    ${random.pick(impossibleDates.slice(0, 9))} 5\n}\n`,
                knownError: true
            };
        return {
            label: 'csv number',
            plan: actualsPlan,
            files: { 'a.csv': `indicator,date,value\n${csvRow('2026-05', random.pick(hugeNumbers))}\n` },
            knownError: true
        };
    }
};

/** Actuals files of 5,000 to 50,000 rows (up to 1.5 MB); half of them with one bad row somewhere. */
export const hugeCsvs: InputFamily = {
    name: 'huge-csv',
    kind: 'input',
    make(random) {
        const count = 5_000 + random.int(45_000);
        const rows = ['indicator,date,value,note'];
        for (let i = 0; i < count; i++) rows.push(`${goodRow(i)},${random.chance(0.01) ? '"a note, with ""quotes"""' : ''}`);
        const broken = random.chance(0.5);
        if (broken)
            rows.splice(
                1 + random.int(count),
                0,
                random.pick([csvRow('2026-02-30', '1'), csvRow('2026-05', 'NaN'), 'Hours,2026-05', '"unterminated,2026-05,1'])
            );
        return { label: `${count} rows${broken ? ', one broken' : ''}`, plan: actualsPlan, files: { 'a.csv': rows.join('\n') + '\n' }, knownError: broken };
    }
};

/** C0 controls and DEL that no token takes (the grammar's white space takes tab, line ends, \\v and \\f). */
const controlChars = [
    ...Array.from({ length: 9 }, (_, i) => String.fromCharCode(i)),
    ...Array.from({ length: 18 }, (_, i) => String.fromCharCode(0x0e + i)),
    '\u007f'
];
const invisible = ['\u0085', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\u2066', '\ufeff', '\ufffe', '\uffff'];

/** Control characters between tokens (a syntax error) or inside strings (must not crash anything). */
export const controlCharacters: InputFamily = {
    name: 'control-characters',
    kind: 'input',
    make(random, base) {
        const piece = Array.from({ length: 1 + random.int(3) }, () => random.pick(controlChars)).join('');
        if (random.chance(0.5)) return { label: `between tokens ${JSON.stringify(piece)}`, plan: atLineStart(base, piece, random), knownError: true };
        const inString = Array.from({ length: 1 + random.int(4) }, () => random.pick([...controlChars, '\u000b', '\u000c', ...invisible])).join('');
        return { label: `in a string ${JSON.stringify(inString)}`, plan: insideString(base, inString, random), knownError: false };
    }
};

const invalidUtf8 = [
    [0xff],
    [0xfe, 0xff],
    [0xc3, 0x28],
    [0xa0, 0xa1],
    [0xe2, 0x28, 0xa1],
    [0xed, 0xa0, 0x80],
    [0xc0, 0xaf],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xe2, 0x82],
    [0xf0, 0x28, 0x8c, 0x28]
];

/** Bytes that are not UTF-8 (stray, overlong, surrogate, truncated), written to disk as the server and the CLI read plans. */
export const nonUtf8Bytes: InputFamily = {
    name: 'non-utf8',
    kind: 'input',
    make(random, base) {
        const marker = '\u0001MARK\u0001';
        const between = random.chance(0.5);
        const text = between ? atLineStart(base, marker, random) : insideString(base, marker, random);
        const bytes = random.pick(invalidUtf8);
        const [before, after] = text.split(marker);
        const encoder = new TextEncoder();
        const plan = new Uint8Array([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
        return { label: `${between ? 'between tokens' : 'in a string'} ${bytes.map(b => b.toString(16)).join(' ')}`, plan, knownError: between };
    }
};

/** Families `npm test` and `npm run fuzz` run by default. Extend here. */
export const defaultFamilies: HostileFamily[] = [
    impossibleCsvValues,
    impossiblePlanValues,
    hugeCsvs,
    controlCharacters,
    nonUtf8Bytes,
    protocolMisuse,
    changeBursts
];

/** Every family (the same as the default ones since the strict dates and numbers landed). */
export const allFamilies: HostileFamily[] = defaultFamilies;

export type { HostileCase };
