import type { Random } from '../helpers/prng.js';

/** One way to damage a plan, as a user typing, pasting or opening the wrong file would. */
export interface Mutation {
    readonly name: string;
    apply(text: string, random: Random): string;
}

const at = (text: string, random: Random) => random.int(text.length + 1);
const insert = (text: string, offset: number, piece: string) => text.slice(0, offset) + piece + text.slice(offset);

const keywords = [
    'plan',
    'members',
    'organization',
    'short',
    'long',
    'shared',
    'member',
    'input',
    'output',
    'outcome',
    'from',
    'delivers',
    'measure',
    'indicator',
    'qualitative',
    'unit',
    'baseline',
    'target',
    'by',
    'data',
    'cadence',
    'cycle',
    'immediate',
    'track',
    'kpi',
    'formula',
    'translates',
    'actual',
    'story',
    'tags',
    'objective',
    'key',
    'assumption',
    'range',
    'value',
    'source',
    '{',
    '}',
    ',',
    '.',
    '..',
    '>=',
    '<',
    '%',
    '"'
];
const hostileNames = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'then'];
const markup = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '**bold** _it_ `code`',
    '[link](javascript:alert(1))',
    '&amp; &lt; &#0;',
    '${process.exit(1)}',
    '{{constructor.constructor("x")()}}',
    '\u202Eevil\u202C',
    '</div></body>'
];

export const mutations: readonly Mutation[] = [
    {
        name: 'delete-span',
        apply: (text, random) => {
            const start = at(text, random);
            return text.slice(0, start) + text.slice(start + 1 + random.int(200));
        }
    },
    {
        name: 'duplicate-span',
        apply: (text, random) => {
            const start = at(text, random);
            const span = text.slice(start, start + 1 + random.int(400));
            return insert(text, at(text, random), span);
        }
    },
    { name: 'stray-brace', apply: (text, random) => insert(text, at(text, random), random.pick(['{', '}', '{{', '}}', '{ }'])) },
    { name: 'stray-quote', apply: (text, random) => insert(text, at(text, random), random.pick(['"', '""', '"\\', '\\"'])) },
    { name: 'nested-braces', apply: (text, random) => insert(text, at(text, random), '{'.repeat(1000 + random.int(4000))) },
    {
        name: 'nested-parens',
        apply: (text, random) =>
            insert(
                text,
                at(text, random),
                `\nkpi Deep { formula ${random.pick(['(', '-', '- (', '1 + '])}`.padEnd(3000 + random.int(6000), random.pick(['(', '-', '+']))
            )
    },
    {
        name: 'megabyte-string',
        apply: (text, random) =>
            insert(text, at(text, random), `\nindicator Huge { data "${'x'.repeat(1_000_000 + random.int(100_000))}${random.chance(0.5) ? '"' : ''} }\n`)
    },
    { name: 'nul', apply: (text, random) => insert(text, at(text, random), '\u0000'.repeat(1 + random.int(3))) },
    { name: 'lone-surrogate', apply: (text, random) => insert(text, at(text, random), random.pick(['\uD800', '\uDC00', '\uDBFF\uDBFF', '\uFFFE', '\uFEFF'])) },
    { name: 'crlf', apply: text => text.replace(/\r?\n/g, '\r\n') },
    { name: 'lone-cr', apply: text => text.replace(/\r?\n/g, '\r') },
    {
        name: 'hostile-name',
        apply: (text, random) => {
            const names = [...text.matchAll(/\b[A-Z]\w*\b/g)];
            if (names.length === 0) return insert(text, at(text, random), ` ${random.pick(hostileNames)} `);
            const target = random.pick(names)[0];
            // Renames every use, so declarations and references agree on the hostile name.
            return text.split(target).join(random.pick(hostileNames));
        }
    },
    { name: 'markup', apply: (text, random) => insert(text, at(text, random), random.pick([`"${random.pick(markup)}"`, random.pick(markup)])) },
    {
        name: 'many-errors',
        apply: (text, random) =>
            insert(
                text,
                at(text, random),
                random.pick(['shared S { member \n', '} ) ( , .\n', 'kpi K { formula (\n', 'indicator {\n']).repeat(500 + random.int(3000))
            )
    },
    {
        name: 'keyword-soup',
        apply: (text, random) => insert(text, at(text, random), ' ' + Array.from({ length: 1 + random.int(30) }, () => random.pick(keywords)).join(' ') + ' ')
    },
    {
        name: 'random-chars',
        apply: (text, random) =>
            insert(text, at(text, random), Array.from({ length: 1 + random.int(50) }, () => String.fromCharCode(random.int(0x3000))).join(''))
    },
    { name: 'truncate', apply: (text, random) => text.slice(0, at(text, random)) },
    {
        name: 'swap-lines',
        apply: (text, random) => {
            const lines = text.split('\n');
            const a = random.int(lines.length);
            const b = random.int(lines.length);
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
    },
    { name: 'duplicate-file', apply: text => text + '\n' + text },
    { name: 'empty', apply: () => '' }
];

/** Applies one to three mutations; returns the new text and their names (for the failure report). */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
    const applied: string[] = [];
    const count = 1 + random.int(3);
    for (let i = 0; i < count; i++) {
        const mutation = random.pick(mutations);
        text = mutation.apply(text, random);
        applied.push(mutation.name);
    }
    return { text, applied };
}
