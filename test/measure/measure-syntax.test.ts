import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { isEvent, isIndicator, isInfluence, isRetainedCompute, isSource } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';

const messy = `plan P "P" {}
source Forum "Forum export" { file "data/forum-*.csv" time occurred_at person member_hash event kind consent "analytics ok" }
event reply "A reply" { source Forum requires thread_id, "x y" version 2 replaces answer }
event answer { source Forum deprecated "Renamed" }
indicator Responders { cadence weekly compute unique reply where kind = "a" and n = -3 }
indicator Kept { compute retained reply after 30 days }
indicator Q { compute sql "select 1 as value" }
influence Influenced "Renewal" {
    source Forum touches reply, answer conversion reply value amount window 90 days
    model first 0.2, position 0.5, decay 0.3 half-life 14 days unit USD
}
kpi K { formula Influenced * 2 }`;

const canonical = `plan P "P" {}

source Forum "Forum export" {
    file "data/forum-*.csv"
    time occurred_at
    person member_hash
    event kind
    consent "analytics ok"
}

event reply "A reply" {
    source Forum
    requires thread_id, "x y"
    version 2
    replaces answer
}

event answer {
    source Forum
    deprecated "Renamed"
}

indicator Responders {
    cadence weekly
    compute unique reply where kind = "a" and n = -3
}

indicator Kept {
    compute retained reply after 30 days
}

indicator Q {
    compute sql "select 1 as value"
}

influence Influenced "Renewal" {
    source Forum
    touches reply, answer
    conversion reply value amount
    window 90 days
    model first 0.2, position 0.5, decay 0.3 half-life 14 days
    unit USD
}

kpi K {
    formula Influenced * 2
}
`;

async function parse(text: string) {
    const { Cop } = createTestServices();
    const document = await parseHelper<PlanFile>(Cop)(text);
    await Cop.shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}

describe('measure syntax', () => {
    test('sources, events, compute lines and influences parse into their parts', async () => {
        const document = await parse(messy);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const elements = document.parseResult.value.elements;
        const source = elements.find(isSource)!;
        expect([source.file, source.time, source.person, source.event, source.consent]).toEqual([
            'data/forum-*.csv',
            'occurred_at',
            'member_hash',
            'kind',
            'analytics ok'
        ]);
        const reply = elements.filter(isEvent)[0];
        expect(reply.requires).toEqual(['thread_id', 'x y']);
        expect(reply.replaces[0].ref?.name).toBe('answer');
        const kept = elements.filter(isIndicator)[1];
        expect(isRetainedCompute(kept.compute) && kept.compute.days).toBe('30');
        const influence = elements.find(isInfluence)!;
        expect(influence.models.map(m => [m.model, m.weight, m.halfLife])).toEqual([
            ['first', '0.2', undefined],
            ['position', '0.5', undefined],
            ['decay', '0.3', '14']
        ]);
        expect(influence.touches.map(t => t.ref?.name)).toEqual(['reply', 'answer']);
    });

    test('the new words stay valid names', async () => {
        const document = await parse('plan P {}\nindicator count { unit days }\nassumption first { value 1 }\nkpi window { formula count * first }');
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test('cop fmt lays the new lines out canonically, and a second pass changes nothing', async () => {
        const once = formatPlanDocument(await parse(messy));
        expect(once).toEqual({ ok: true, text: canonical });
        expect(formatPlanDocument(await parse(canonical))).toEqual({ ok: true, text: canonical });
    });
});
