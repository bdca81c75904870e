import type { languages } from 'monaco-editor/editor/editor.api.js';

/**
 * A Monarch port of syntaxes/cop.tmLanguage.json (monaco has no TextMate engine without a
 * WebAssembly regex library, which would double the page): the same words and shapes, with
 * monaco's standard token names so its light theme colours them. test/web/monarch.test.ts
 * keeps the word lists in step with the TextMate grammar.
 */
export const blockKinds = [
    'plan',
    'members',
    'organization',
    'shared',
    'input',
    'output',
    'outcome',
    'indicator',
    'assumption',
    'kpi',
    'story',
    'objective',
    'cycle',
    'actual',
    'experiment',
    'decision',
    'review',
    'source',
    'event',
    'influence'
];
export const lineKeywords = [
    'purpose',
    'sponsor',
    'catalog',
    'actuals',
    'member',
    'organization',
    'from',
    'delivers',
    'measure',
    'unit',
    'baseline',
    'target',
    'by',
    'data',
    'cadence',
    'owner',
    'aspiration',
    'condition',
    'track',
    'value',
    'range',
    'source',
    'formula',
    'translates',
    'date',
    'tags',
    'text',
    'key',
    'short',
    'long',
    'qualitative',
    // Part 3: experiments, adjustments, evidence
    'metric',
    'treatment',
    'control',
    'start',
    'end',
    'of',
    'mean',
    'sd',
    'n',
    'evidence',
    'deadweight',
    'displacement',
    'attribution',
    // Part 6: frameworks, decisions and reviews
    'northstar',
    'cost',
    'perspective',
    'due',
    'uses',
    'threshold',
    'win',
    'worry',
    'action',
    'done',
    'cycles',
    'found',
    // Part 5: measuring from data
    'file',
    'time',
    'person',
    'consent',
    'name',
    'requires',
    'version',
    'replaces',
    'deprecated',
    'compute',
    'count',
    'unique',
    'sum',
    'share',
    'retained',
    'after',
    'days',
    'sql',
    'where',
    'and',
    'touches',
    'conversion',
    'window',
    'model'
];
export const constants = [
    'weekly',
    'monthly',
    'quarterly',
    'yearly',
    'immediate',
    'potential',
    'applied',
    'realized',
    'transformative',
    'strategic',
    'enabling',
    'financial',
    'customer',
    'process',
    'learning',
    'first',
    'last',
    'linear',
    'position',
    'decay',
    'observational',
    'estimate'
];

export const copMonarch: languages.IMonarchLanguage = {
    defaultToken: '',
    tokenPostfix: '.cop',
    blockKinds,
    lineKeywords,
    constants,
    tokenizer: {
        root: [
            [/\/\*/, 'comment', '@comment'],
            [/\/\/.*$/, 'comment'],
            [/"/, 'string', '@string'],
            // A date before numbers, so 2027-06 is one date, not 2027 minus 06.
            [/\b\d{4}-\d{2}(?:-\d{2})?(?!\d)/, 'number'],
            [/\b\d+(?:\.\d+)?%?/, 'number'],
            // The two words with a hyphen, before `-` is read as an operator.
            [/\b(?:half-life|quasi-experiment)\b/, 'keyword'],
            [/>=|<=|=|>|<|\.\.|[-+*/]/, 'operator'],
            [
                /[A-Za-z_][A-Za-z0-9_]*/,
                {
                    cases: {
                        '@blockKinds': 'keyword',
                        '@lineKeywords': 'keyword',
                        '@constants': 'type',
                        '@default': 'identifier'
                    }
                }
            ],
            [/[{}()]/, '@brackets'],
            [/[,.]/, 'delimiter']
        ],
        comment: [
            [/\*\//, 'comment', '@pop'],
            [/[^*]+/, 'comment'],
            [/\*/, 'comment']
        ],
        // A string ends at its quote or at the end of the line, as in the TextMate grammar.
        string: [
            [/\\./, 'string.escape'],
            [/"/, 'string', '@pop'],
            [/[^\\"]+$/, 'string', '@pop'],
            [/[^\\"]+/, 'string']
        ]
    }
};
