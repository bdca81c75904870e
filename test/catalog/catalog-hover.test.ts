import { expectHover } from 'langium/test';
import { describe, test } from 'vitest';
import { createTestServices } from '../helpers/services.js';

const { Cop } = createTestServices();
const hover = expectHover(Cop);

const plan = `plan Cop "A community" { purpose "Help" }
members Analysts "Analysts" {
    short <|>Help "Help with challenges"
    long Growth "Professional development"
}
organization Unit "Analytics unit" {
    short Speed "Rapid problem solving"
}
shared Sweet "Problems solved faster" {
    member Help
    organization <|>Speed
}
outcome Faster "Faster answers" {
    delivers Sweet, Growth
    measure Responses
}
outcome Known "Known" {
    delivers Speed
    measure <|>Responses
}
indicator <|>Responses "Time to respond to questions" {
    unit hours
    baseline 48
    target <= 24 by 2027-06
    data "Forum API"
    cadence monthly
}
indicator <|>Mood "<|>Mood of the room" {
    qualitative
    data "Facilitator notes"
}
cycle immediate {
    aspiration "a"
    condition "c"
    track Responses, <|>Mood
    data "d"
}
indicator <|>Untitled {
    data "x"
}
`;

describe('hover on an indicator', () => {
    test('its name: title, kind, unit, catalog description, baseline → target, cycles', async () => {
        await hover({
            text: plan,
            index: 3,
            disposeAfterCheck: true,
            hover: /\*\*Time to respond to questions\*\* — indicator `Responses`[\s\S]*quantitative, unit `hours`[\s\S]*first useful answer[\s\S]*Baseline 48 → target &lt;= 24 by 2027-06 · collected monthly[\s\S]*Cycles: tracked in the immediate cycle of the plan; the catalog links it to immediate/
        });
    });
    test('a reference to it shows the same', async () => {
        await hover({ text: plan, index: 2, disposeAfterCheck: true, hover: /indicator `Responses`[\s\S]*Baseline 48 → target &lt;= 24/ });
    });
    test('an indicator in no catalog says so', async () => {
        await hover({
            text: plan,
            index: 4,
            disposeAfterCheck: true,
            hover: /qualitative, no unit[\s\S]*_Not in any catalog._[\s\S]*Cycles: tracked in the immediate cycle/
        });
        await hover({ text: plan, index: 6, disposeAfterCheck: true, hover: /\*\*Mood of the room\*\*/ });
        await hover({ text: plan, index: 7, disposeAfterCheck: true, hover: /\*\*Untitled\*\*[\s\S]*Cycles: none yet\./ });
    });
});

describe('hover on an indicator title', () => {
    test('the title string shows the indicator too', async () => {
        await hover({ text: plan, index: 5, disposeAfterCheck: true, hover: /^\*\*Mood of the room\*\* — indicator `Mood`/ });
    });
});

describe('hover on a value', () => {
    test('its name: term, row, shared values and the outcomes that deliver it', async () => {
        await hover({
            text: plan,
            index: 0,
            disposeAfterCheck: true,
            hover: /member value `Help`[\s\S]*Short-term value of the member segment `Analysts`[\s\S]*Shared values: `Sweet`[\s\S]*Delivered by: `Faster` \("Faster answers"\) through `Sweet`[\s\S]*Members get help/
        });
    });
    test('a reference to it: delivered directly and through a shared value', async () => {
        await hover({
            text: plan,
            index: 1,
            disposeAfterCheck: true,
            hover: /organization value `Speed`[\s\S]*the organization `Unit`[\s\S]*Delivered by: `Known` \("Known"\); `Faster` \("Faster answers"\) through `Sweet`/
        });
    });
});
