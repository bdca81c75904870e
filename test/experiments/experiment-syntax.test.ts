import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import type { Assumption, Experiment, Kpi, PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';
import { dumpAst } from '../editing/ast-dump.js';

const messy = `plan P { purpose "p" }
indicator Deflected { unit requests }
experiment ForumFirst "Forum first" { metric Deflected treatment 412 of   2000 control 318 of 2000
  start 2026-07-01 end 2026-08-31 }
experiment Time { treatment mean 4.2 sd 1.1 n 300 control mean -3.9 sd 1.0 n 310 }
assumption Uplift { from ForumFirst unit requests/visit evidence quasi-experiment }
kpi Savings { formula Deflected * Uplift unit USD deadweight 10% displacement 0%
  attribution 20%..40% evidence experiment }
`;

const canonical = `plan P {
    purpose "p"
}

indicator Deflected {
    unit requests
}

experiment ForumFirst "Forum first" {
    metric Deflected
    treatment 412 of 2000
    control 318 of 2000
    start 2026-07-01
    end 2026-08-31
}

experiment Time {
    treatment mean 4.2 sd 1.1 n 300
    control mean -3.9 sd 1.0 n 310
}

assumption Uplift {
    from ForumFirst
    unit requests/visit
    evidence quasi-experiment
}

kpi Savings {
    formula Deflected * Uplift
    unit USD
    deadweight 10%
    displacement 0%
    attribution 20%..40%
    evidence experiment
}
`;

async function parse(text: string) {
    const { Cop } = createTestServices();
    return parseHelper<PlanFile>(Cop)(text);
}

describe('experiments, adjustments and evidence: syntax', () => {
    test('every new line parses into the syntax tree', async () => {
        const document = await parse(messy);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const [, , forum, time, uplift, savings] = document.parseResult.value.elements as [unknown, unknown, Experiment, Experiment, Assumption, Kpi];
        expect(forum.metric?.$refText).toBe('Deflected');
        expect([forum.treatment?.successes, forum.treatment?.trials, forum.control?.successes, forum.start, forum.end]).toEqual([
            '412',
            '2000',
            '318',
            '2026-07-01',
            '2026-08-31'
        ]);
        expect([time.treatment?.mean, time.treatment?.sd, time.treatment?.n, time.control?.mean]).toEqual(['4.2', '1.1', '300', '-3.9']);
        expect([uplift.from?.$refText, uplift.evidence]).toEqual(['ForumFirst', 'quasi-experiment']);
        expect([savings.deadweight?.low, savings.deadweight?.high, savings.attribution?.low, savings.attribution?.high, savings.evidence]).toEqual([
            '10%',
            undefined,
            '20%',
            '40%',
            'experiment'
        ]);
    });

    test('the new words stay valid names', async () => {
        const document = await parse(
            'plan P {}\nindicator metric {}\nassumption start { value 1 }\nkpi end { formula metric * start + n }\nassumption n { value 2 }\nexperiment of { metric metric treatment 1 of 2 control 1 of 2 }\n'
        );
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.lexerErrors).toEqual([]);
    });

    test('`cop fmt` prints them canonically, keeps the syntax tree, and a second pass changes nothing', async () => {
        const before = await parse(messy);
        const first = formatPlanDocument(before);
        expect(first.ok && first.text).toBe(canonical);
        const after = await parse(canonical);
        expect(dumpAst(after.parseResult.value)).toEqual(dumpAst(before.parseResult.value));
        const second = formatPlanDocument(after);
        expect(second.ok && second.text).toBe(canonical);
    });

    test('a mistyped line of an experiment is read as the line meant', async () => {
        const document = await parse('plan P {}\nexperiment E {\n    treatmnt 1 of 2\n    control 1 of 2\n}\n');
        expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual(['`treatmnt` is not a line of `experiment` blocks: did you mean `treatment`?']);
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test('mistyped new words get a suggestion: a block, a kpi line, a grade is a syntax error', async () => {
        const block = await parse('plan P {}\nexperment E {\n    treatment 1 of 2\n}\n');
        expect(block.parseResult.lexerErrors.map(e => e.message)).toEqual(['`experment` is not a kind of block: did you mean `experiment`?']);
        const line = await parse('plan P {}\nkpi K {\n    formula 1\n    deadwieght 10%\n}\n');
        expect(line.parseResult.lexerErrors.map(e => e.message)).toEqual(['`deadwieght` is not a line of `kpi` blocks: did you mean `deadweight`?']);
        const grade = await parse('plan P {}\nkpi K {\n    formula 1\n    evidence strong\n}\n');
        expect(grade.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});
