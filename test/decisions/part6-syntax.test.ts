import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import type { Decision, PlanFile, Review, Story } from '../../language/generated/ast.js';
import { isDecision, isPlan, isReview, isStory } from '../../language/generated/ast.js';
import { createTestServices, validate } from '../helpers/services.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/part6-example.cop'), 'utf8');

async function format(text: string): Promise<string> {
    const { Cop } = createTestServices();
    const document = await parseHelper<PlanFile>(Cop)(text);
    const result = formatPlanDocument(document);
    if (!result.ok) throw new Error(result.refusal.message);
    return result.text;
}

describe('Part 6 syntax', () => {
    test('every new line parses and links', async () => {
        const document = await validate(example);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const elements = document.parseResult.value.elements;
        const plan = elements.find(isPlan)!;
        expect(plan.northstar?.ref?.name).toBe('Responders');
        expect(plan.cost?.ref?.name).toBe('CommunityCost');
        const decision = elements.find(isDecision) as Decision;
        expect(decision.owner).toBe('VP Support');
        expect(decision.due).toBe('2027-05');
        expect(decision.uses.map(use => use.ref?.name)).toEqual(['SupportSavings', 'Responders']);
        expect(decision.thresholds.map(t => [t.metric.ref?.name, t.operator, t.value])).toEqual([['SupportSavings', '>=', '10000']]);
        const review = elements.find(isReview) as Review;
        expect(review.notes.map(note => [note.kind, note.tags.map(tag => tag.ref?.name)])).toEqual([
            ['win', ['Responders']],
            ['worry', ['Deflected', 'Deflection']]
        ]);
        expect(review.experiments.map(e => e.experiment?.$refText ?? e.text)).toEqual(['ForumFirst', 'Try a weekend rota']);
        expect(review.actions.map(a => [a.text, a.owner, a.due, a.done])).toEqual([
            ['Weekend rota of experts', 'Community manager', '2026-11-30', undefined],
            ['Publish the minutes', 'CoP lead', '2026-10-12', '2026-10-10']
        ]);
        const story = elements.find(isStory) as Story;
        expect(story.tags.map(tag => tag.ref?.name)).toEqual(['Responders', 'SupportSavings', 'Deflection', 'LowerCost']);
        expect(story.cycles).toEqual(['immediate', 'applied', 'realized']);
        const unresolved = (document.diagnostics ?? []).filter(d => d.code === 'unresolved-reference');
        expect(unresolved).toEqual([]);
    });

    test('cop fmt prints the example as written and messy lines canonically', async () => {
        expect(await format(example)).toBe(example);
        const messy = `review R { date 2026-10-05 win "w" tags A,B worry "x"
   experiment "e" action "a" owner "o"
     due 2026-11-30 done 2026-11-01 }
decision D { owner "o" due 2027-05 uses A, B threshold A >= 3 threshold B < 2% }
indicator A { perspective financial }
kpi B { perspective customer formula A }
story S { tags A cycles immediate,applied }
plan P { northstar A cost A }`;
        expect(await format(messy)).toBe(`review R {
    date 2026-10-05
    win "w" tags A, B
    worry "x"
    experiment "e"
    action "a" owner "o" due 2026-11-30 done 2026-11-01
}

decision D {
    owner "o"
    due 2027-05
    uses A, B
    threshold A >= 3
    threshold B < 2%
}

indicator A {
    perspective financial
}

kpi B {
    perspective customer
    formula A
}

story S {
    tags A
    cycles immediate, applied
}

plan P {
    northstar A
    cost A
}
`);
    });

    test('a mistyped line of a review is reported once, with the nearest line', async () => {
        const document = await validate('review R {\n    date 2026-10-05\n    wory "x"\n}\n');
        const messages = document.parseResult.lexerErrors.map(e => String(e.message));
        expect(messages).toEqual([expect.stringContaining('did you mean `worry`?')]);
    });

    test('new words stay valid names', async () => {
        const document = await validate(
            'indicator decision { unit customer perspective process }\nkpi review { formula decision translates O }\noutcome O {}\n'
        );
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});
