import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { PlanSymbols } from '../../language/scoping/plan-symbols.js';
import { createTestServices } from '../helpers/services.js';
import { parseHelper } from 'langium/test';
import type { PlanFile } from '../../language/generated/ast.js';

const plan = `plan P "P" {
    purpose "p"
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}

organization Unit "Unit" {
    short Help "The same name as a member value"
    long Capacity "Capacity"
}

indicator Growth "An indicator named like a value" {
    data "d"
}

indicator Reach "Reach" {
    data "d"
}

indicator Reach "Reach again" {
    data "d"
}

indicator Reach "And a third time" {
    data "d"
}
`;

const duplicates = (diagnostics: readonly Diagnostic[] | undefined) =>
    (diagnostics ?? []).filter(d => d.code === 'duplicate-name').map(d => `${d.range.start.line + 1}: ${d.message}`);

/**
 * The duplicate-name check reads the repeats from the plan's symbol table, which the build
 * makes anyway; a tree without its table is gone through name by name. Both say the same.
 */
describe('duplicate-name', () => {
    it('reports every repeat of a name, rows and blocks alike, against its first use', async () => {
        const { Cop } = createTestServices();
        const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: 'file:///ws/duplicates.cop' });
        await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.localSymbols).toBeInstanceOf(PlanSymbols);
        const fromTable = duplicates(document.diagnostics);
        expect(fromTable).toEqual([
            '11: The name `Help` is already used on line 6. Names must be unique in a plan: rename one of them.',
            '15: The name `Growth` is already used on line 7. Names must be unique in a plan: rename one of them.',
            '23: The name `Reach` is already used on line 19. Names must be unique in a plan: rename one of them.',
            '27: The name `Reach` is already used on line 19. Names must be unique in a plan: rename one of them.'
        ]);

        // The same tree without its table: the check goes through the names itself.
        document.localSymbols = undefined;
        const byNames = duplicates(await Cop.validation.DocumentValidator.validateDocument(document));
        expect(byNames).toEqual(fromTable);
    });

    it('does not take the table of an earlier tree for the tree it checks', async () => {
        const { Cop } = createTestServices();
        const parse = parseHelper<PlanFile>(Cop);
        const earlier = await parse(plan, { documentUri: 'file:///ws/earlier.cop' });
        await Cop.shared.workspace.DocumentBuilder.build([earlier], { validation: true });
        const fixed = await parse(plan.replace('plan P "P"', 'plan Q "Q"').replace('indicator Reach "Reach again"', 'indicator Reach2 "Reach again"'), {
            documentUri: 'file:///ws/fixed.cop'
        });
        await Cop.shared.workspace.DocumentBuilder.build([fixed], { validation: true });
        fixed.localSymbols = earlier.localSymbols;
        expect(duplicates(await Cop.validation.DocumentValidator.validateDocument(fixed)).map(line => line.split(':')[0])).toEqual(['11', '15', '27']);
    });
});
