import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Grammar } from '../helpers/textmate-lite.js';
import { tokenizeLine } from '../helpers/textmate-lite.js';

const root = resolve(import.meta.dirname, '../..');
const grammar = JSON.parse(readFileSync(resolve(root, 'syntaxes/cop.tmLanguage.json'), 'utf8')) as Grammar;
const scopes = (line: string) => tokenizeLine(grammar, line).map(t => [t.text, t.scope]);

describe('TextMate grammar', () => {
    test('block headers: kind, declared name, title', () => {
        expect(scopes('members Practitioners "Data practitioners" {')).toEqual([
            ['members', 'storage.type.members.cop'],
            ['Practitioners', 'entity.name.type.cop'],
            ['"', 'punctuation.definition.string.begin.cop'],
            ['Data practitioners', 'string.quoted.double.cop'],
            ['"', 'punctuation.definition.string.end.cop'],
            ['{', 'punctuation.section.block.begin.cop']
        ]);
        expect(scopes('cycle immediate {').slice(0, 2)).toEqual([
            ['cycle', 'storage.type.cycle.cop'],
            ['immediate', 'entity.name.section.cycle.cop']
        ]);
        // Inside a shared value, `organization` starts a line of references, not a block.
        expect(scopes('    organization Org.Quick, Deep')).toEqual([
            ['organization', 'keyword.other.line.cop'],
            ['Org', 'entity.name.namespace.cop'],
            ['.', 'punctuation.accessor.cop'],
            ['Quick', 'variable.other.reference.cop'],
            [',', 'punctuation.separator.comma.cop'],
            ['Deep', 'variable.other.reference.cop']
        ]);
    });

    test('values, dates, numbers with %, operators, cadences, comments', () => {
        expect(scopes('    short Help "Help" // the first')).toEqual([
            ['short', 'keyword.other.term.cop'],
            ['Help', 'entity.name.function.value.cop'],
            ['"', 'punctuation.definition.string.begin.cop'],
            ['Help', 'string.quoted.double.cop'],
            ['"', 'punctuation.definition.string.end.cop'],
            ['//', 'punctuation.definition.comment.cop'],
            [' the first', 'comment.line.double-slash.cop']
        ]);
        expect(scopes('    target >= 24 by 2027-06')).toEqual([
            ['target', 'keyword.other.line.cop'],
            ['>=', 'keyword.operator.comparison.cop'],
            ['24', 'constant.numeric.cop'],
            ['by', 'keyword.other.line.cop'],
            ['2027-06', 'constant.numeric.date.cop']
        ]);
        expect(scopes('baseline 12.5% cadence monthly')).toEqual([
            ['baseline', 'keyword.other.line.cop'],
            ['12.5', 'constant.numeric.cop'],
            ['%', 'constant.numeric.percent.cop'],
            ['cadence', 'keyword.other.line.cop'],
            ['monthly', 'constant.language.cadence.cop']
        ]);
        expect(scopes('value 38 range 25..55')).toEqual([
            ['value', 'keyword.other.line.cop'],
            ['38', 'constant.numeric.cop'],
            ['range', 'keyword.other.line.cop'],
            ['25', 'constant.numeric.cop'],
            ['..', 'keyword.operator.range.cop'],
            ['55', 'constant.numeric.cop']
        ]);
        expect(scopes('2026-09-14 300 "relaunch"').slice(0, 2)).toEqual([
            ['2026-09-14', 'constant.numeric.date.cop'],
            ['300', 'constant.numeric.cop']
        ]);
        expect(scopes('/* a */ formula Deflected * TicketCost')).toEqual([
            ['/*', 'punctuation.definition.comment.begin.cop'],
            [' a ', 'comment.block.cop'],
            ['*/', 'punctuation.definition.comment.end.cop'],
            ['formula', 'keyword.other.line.cop'],
            ['Deflected', 'variable.other.reference.cop'],
            ['*', 'keyword.operator.arithmetic.cop'],
            ['TicketCost', 'variable.other.reference.cop']
        ]);
    });

    test('experiments, adjustments and evidence grades', () => {
        expect(scopes('experiment ForumFirst {').slice(0, 2)).toEqual([
            ['experiment', 'storage.type.experiment.cop'],
            ['ForumFirst', 'entity.name.type.cop']
        ]);
        expect(scopes('    treatment 412 of 2000').map(([, scope]) => scope)).toEqual([
            'keyword.other.line.cop',
            'constant.numeric.cop',
            'keyword.other.line.cop',
            'constant.numeric.cop'
        ]);
        expect(scopes('    evidence experiment')).toEqual([
            ['evidence', 'keyword.other.line.cop'],
            ['experiment', 'constant.language.evidence.cop']
        ]);
        expect(scopes('    evidence quasi-experiment')).toEqual([
            ['evidence', 'keyword.other.line.cop'],
            ['quasi-experiment', 'constant.language.evidence.cop']
        ]);
        expect(scopes('    attribution 20%..40%').map(([text]) => text)).toEqual(['attribution', '20', '%', '..', '40', '%']);
    });

    test('a string with an escaped quote is one string', () => {
        expect(scopes('purpose "say \\"hi\\" // not a comment"').map(([, scope]) => scope)).toEqual([
            'keyword.other.line.cop',
            'punctuation.definition.string.begin.cop',
            'string.quoted.double.cop',
            'constant.character.escape.cop',
            'string.quoted.double.cop',
            'constant.character.escape.cop',
            'string.quoted.double.cop',
            'punctuation.definition.string.end.cop'
        ]);
    });

    test('every keyword of the Langium grammar is coloured (the generated grammar lists them)', () => {
        const generated = JSON.parse(readFileSync(resolve(root, 'syntaxes/cop.tmLanguage.generated.json'), 'utf8'));
        const keywordRule = generated.patterns.find((p: { name?: string }) => p.name?.startsWith('keyword'));
        const keywords: string[] = keywordRule.match.replace(/^\\b\(|\)\\b$/g, '').split('|');
        expect(keywords.length).toBeGreaterThan(40);
        const uncoloured = keywords.filter(keyword => {
            const [first] = tokenizeLine(grammar, `${keyword} `);
            return !first || first.text !== keyword || first.scope === 'variable.other.reference.cop';
        });
        expect(uncoloured).toEqual([]);
    });

    test('language configuration: comments, brackets, auto-closing quotes', () => {
        const config = JSON.parse(readFileSync(resolve(root, 'language-configuration.json'), 'utf8'));
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.autoClosingPairs).toContainEqual({ open: '"', close: '"', notIn: ['string', 'comment'] });
        expect(new RegExp(config.indentationRules.increaseIndentPattern).test('members M "Title" {')).toBe(true);
        expect(new RegExp(config.indentationRules.decreaseIndentPattern).test('    }')).toBe(true);
    });
});
