import { describe, expect, test } from 'vitest';
import { planMentions, plansReached } from '../../language/workspace/plan-mentions.js';
import { createTestServices } from '../helpers/services.js';

const lexer = createTestServices().Cop.parser.Lexer;

describe('what the tokens of a plan say about its links', () => {
    test('its name is the word after a top-level `plan`; a word before `.` is a plan it may refer to', () => {
        const found = planMentions(
            lexer,
            [
                '// plan Commented: a comment is not a header, nor Fake.Ref',
                '/* plan Blocked { Other.X } */',
                'plan Cop "Cop: plan Title.Words" { purpose "x" }',
                'outcome O "O" {',
                '    delivers Org.Quick, Local',
                '    plan Inner',
                '}',
                'indicator I "I" { unit percent baseline 1.5 }'
            ].join('\n')
        );
        expect([...found.names]).toEqual(['Cop']);
        expect([...found.referred]).toEqual(['Org']);
    });

    test('plans reached: referred to, by those, namesakes, referrers; never the rest', () => {
        const named = ['plan A { purpose "x" }\noutcome O "O" { delivers B.Quick }'];
        const others = [
            'plan D { purpose "unrelated, mentions A but refers to none" }',
            'plan B { purpose "x" }\noutcome Q "Q" { delivers C.Long }',
            'plan C { purpose "x" }',
            'plan A { purpose "a second plan called A" }',
            'plan E { purpose "refers to A, and to F" }\noutcome R "R" { delivers A.O, F.X }',
            'plan F { purpose "x" }',
            'plan G { purpose "refers to E, which A does not" }\noutcome S "S" { delivers E.R }'
        ];
        const reached = (plans: string[]) =>
            plansReached(
                plans.map(text => planMentions(lexer, text)),
                others.map(text => planMentions(lexer, text))
            );
        expect(reached(named)).toEqual([1, 2, 3, 4, 5]);
        expect(reached(['plan Z { purpose "x" }'])).toEqual([]);
    });
});
