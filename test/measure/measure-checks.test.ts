import { describe, expect, test } from 'vitest';
import { validate } from '../helpers/services.js';

const base = `plan P "P" { purpose "p" }

source Crm {
    file "crm.csv"
    time at
    person account
    event kind
    consent ok
}

source Forum {
    file "forum.csv"
    time at
    event kind
}

event answer { source Crm }
event renewal { source Crm }
event post { source Forum }
`;

const messagesOf = async (text: string, code: string) =>
    ((await validate(text)).diagnostics ?? []).filter(d => d.code === code).map(d => `${d.range.start.line + 1}: ${d.message}`);

describe('influence-invalid', () => {
    test('weights that do not sum to 1, a negative weight, decay without half-life, half-life elsewhere', async () => {
        const text = `${base}
influence I {
    source Crm
    touches answer
    conversion renewal value amount
    model first -0.5, last 0.5 half-life 3 days, decay 0.5
}
`;
        const messages = await messagesOf(text, 'influence-invalid');
        expect(messages).toEqual([
            expect.stringContaining('The weight of `first` in influence `I` is negative (-0.5)'),
            expect.stringContaining('Only `decay` takes a half-life; `last` in influence `I` does not.'),
            expect.stringContaining('`decay` in influence `I` has no half-life.'),
            expect.stringContaining('The weights of influence `I` sum to 0.5, not 1')
        ]);
    });

    test('touches and conversion of another source; a valid influence is quiet', async () => {
        const foreign = `${base}
influence I {
    source Crm
    touches answer, post
    conversion renewal value amount
    model position 1
}
`;
        expect(await messagesOf(foreign, 'influence-invalid')).toEqual([
            expect.stringMatching(/^23: Event `post` is an event of source `Forum`, not of `Crm`/)
        ]);
        const fine = foreign.replace('touches answer, post', 'touches answer');
        expect(await messagesOf(fine, 'influence-invalid')).toEqual([]);
    });
});

describe('consent-missing, event-deprecated, actual-conflict', () => {
    test('a person without consent; a deprecated event in compute and influence; typed actuals of a computed indicator', async () => {
        const text = `${base}
source Chat {
    file "chat.jsonl"
    time at
    person who
    event kind
}

event reply { source Crm replaces answerOld }
event answerOld { source Crm name "answer_v1" deprecated "Renamed" }

indicator Replies { compute share answerOld of reply }

influence I {
    source Crm
    touches answerOld
    conversion renewal value amount
    model last 1
}

actual Replies {
    2026-07 3
}
`;
        expect(await messagesOf(text, 'consent-missing')).toEqual([
            expect.stringMatching(/^24: Source `Chat` says who acted \(`person who`\) but has no `consent` column/)
        ]);
        expect((await messagesOf(text, 'event-deprecated')).map(m => m.split(':')[0])).toEqual(['31', '35']);
        expect(await messagesOf(text, 'actual-conflict')).toEqual([expect.stringMatching(/^40: Indicator `Replies` is computed/)]);
        expect(await messagesOf(text, 'indicator-without-data')).toEqual([]);
    });
});
