import type { languages } from 'monaco-editor/editor/editor.api.js';

/**
 * A Monarch port of syntaxes/cop.tmLanguage.json (monaco has no TextMate engine without a
 * WebAssembly regex library, which would double the page): the same words and shapes, with
 * monaco's standard token names so its light theme colours them. test/web/monarch.test.ts
 * keeps the word lists in step with the TextMate grammar.
 */
export const blockKinds = ['plan', 'members', 'organization', 'shared', 'input', 'output', 'outcome', 'indicator', 'assumption', 'kpi', 'story', 'objective', 'cycle', 'actual'];
export const lineKeywords = ['purpose', 'sponsor', 'catalog', 'actuals', 'member', 'organization', 'from', 'delivers', 'measure', 'unit', 'baseline', 'target', 'by', 'data', 'cadence', 'owner', 'aspiration', 'condition', 'track', 'value', 'range', 'source', 'formula', 'translates', 'date', 'tags', 'text', 'key', 'short', 'long', 'qualitative'];
export const constants = ['weekly', 'monthly', 'quarterly', 'yearly', 'immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling'];

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
            [/>=|<=|=|>|<|\.\.|[-+*/]/, 'operator'],
            [/[A-Za-z_][A-Za-z0-9_]*/, {
                cases: {
                    '@blockKinds': 'keyword',
                    '@lineKeywords': 'keyword',
                    '@constants': 'type',
                    '@default': 'identifier'
                }
            }],
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
