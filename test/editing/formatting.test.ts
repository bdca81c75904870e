import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';
import { dumpAst } from './ast-dump.js';

const messy = `// A plan written in a hurry
plan  Messy "Messy plan" {purpose "p"   catalog "c.json"      // our own catalog
}
members   Analysts "Analysts" { short Help "Help"   long Growth
// growth comes later

   short data "Keyword as a name" }
/* a block
   comment */
shared Sweet { member Help,Growth organization Org.Speed,
   Org.Reach }
indicator Cost { unit USD/request baseline -5 target >= 20% by 2027-06 data "d" cadence monthly }
assumption TicketCost { value 38
  range 25..55 source "Finance" }
assumption Other { range 1..2 value 1 unit hours }
kpi Savings { formula (Cost + TicketCost) * -TicketCost / 2 translates Outcome1 }
actual Cost { 2026-07 210 2026-08 260 "relaunch" }
objective Fast { key Cost <= 24 by 2027-06 key Savings >= 5 }
outcome Outcome1 {}
outcome Outcome2 { // nothing yet
}
cycle immediate { aspiration "a" condition "c" track Cost data "x" }
story S { date 2026-09-14 tags Cost, Savings text "t" }
// the end`;

const canonical = `// A plan written in a hurry
plan Messy "Messy plan" {
    purpose "p"
    catalog "c.json"      // our own catalog
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth
    // growth comes later

    short data "Keyword as a name"
}

/* a block
   comment */
shared Sweet {
    member Help, Growth
    organization Org.Speed, Org.Reach
}

indicator Cost {
    unit USD/request
    baseline -5
    target >= 20% by 2027-06
    data "d"
    cadence monthly
}

assumption TicketCost {
    value 38 range 25..55
    source "Finance"
}

assumption Other {
    range 1..2
    value 1
    unit hours
}

kpi Savings {
    formula (Cost + TicketCost) * -TicketCost / 2
    translates Outcome1
}

actual Cost {
    2026-07 210
    2026-08 260 "relaunch"
}

objective Fast {
    key Cost <= 24 by 2027-06
    key Savings >= 5
}

outcome Outcome1 {}

outcome Outcome2 { // nothing yet
}

cycle immediate {
    aspiration "a"
    condition "c"
    track Cost
    data "x"
}

story S {
    date 2026-09-14
    tags Cost, Savings
    text "t"
}

// the end
`;

async function format(text: string): Promise<{ text?: string; refused?: string; ast: unknown }> {
    const { Cop } = createTestServices();
    const document = await parseHelper<PlanFile>(Cop)(text);
    const result = formatPlanDocument(document);
    return {
        ...(result.ok ? { text: result.text } : { refused: `${result.refusal.line}: ${result.refusal.message}` }),
        ast: dumpAst(document.parseResult.value)
    };
}

describe('canonical layout', () => {
    test('a messy plan comes out in the canonical layout, and a second pass changes nothing', async () => {
        const first = await format(messy);
        expect(first.text).toBe(canonical);
        const second = await format(first.text!);
        expect(second.text).toBe(canonical);
    });

    test('formatting never changes the syntax tree', async () => {
        const examples = resolve(import.meta.dirname, '../../examples');
        const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cop'));
        expect(files.length).toBeGreaterThan(0);
        for (const text of [messy, ...files.map(name => readFileSync(join(examples, name), 'utf8'))]) {
            const before = await format(text);
            if (before.refused) continue; // an example of a syntax error
            const after = await format(before.text!);
            expect(after.ast).toEqual(before.ast);
            expect(JSON.stringify(before.ast)).toContain('"ref":');
            expect((await format(after.text!)).text).toBe(after.text);
        }
    });

    test('a comment inside a statement keeps the statement together on the next line', async () => {
        const result = await format('plan P {}\noutput O { measure A, // first\nB }\n');
        expect(result.text).toBe('plan P {}\n\noutput O {\n    measure A, // first\n        B\n}\n');
        expect((await format(result.text!)).text).toBe(result.text);
    });

    test('a `{` that a comment pushed to the next line joins its header line', async () => {
        const result = await format('plan P {}\ninput W "Webinars"   // unmeasured\n{\n}\noutput O\n// why\n{ from W }\n');
        expect(result.text).toBe('plan P {}\n\ninput W "Webinars" { // unmeasured\n}\n\noutput O {\n    // why\n    from W\n}\n');
        expect((await format(result.text!)).text).toBe(result.text);
    });

    test('a file written with Windows line endings keeps them', async () => {
        const result = await format(messy.replace(/\n/g, '\r\n'));
        expect(result.text).toBe(canonical.replace(/\n/g, '\r\n'));
    });

    test('a plan with a syntax error is refused, naming the line', async () => {
        const result = await format('plan P {\n    purpose "p"\n}\nindicator I {\n    unit\n}\n');
        expect(result.text).toBeUndefined();
        expect(result.refused).toMatch(/^6:/);
    });

    test('the language server formatter gives the same layout', async () => {
        const { Cop } = createTestServices();
        await expectFormatting(Cop)({ before: messy, after: canonical });
    });
});
