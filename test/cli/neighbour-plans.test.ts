import { join } from 'node:path';
import { isReference } from 'langium';
import { describe, expect, test } from 'vitest';
import { neighbourPlans } from '../../cli/plan-files.js';
import { loadPlans } from '../../cli/plan-workspace.js';
import { tempFiles } from '../helpers/temp-files.js';

describe('the plans beside a named plan', () => {
    test('only the ones it reaches are linked, and none of them is checked', async () => {
        const folder = tempFiles({
            'a.cop': 'plan A "A" { purpose "x" }\noutcome O "O" {\n    delivers B.Quick\n}\nindicator Reach "Reach" {\n    unit members\n}\n',
            'b.cop': 'plan B "B" { purpose "x" }\norganization U "U" {\n    short Quick "q"\n    long L "l"\n}\noutcome Q "Q" {\n    delivers C.Soon\n}\n',
            'c.cop': 'plan C "C" { purpose "x" }\norganization V "V" {\n    short Soon "s"\n    long Late "l"\n}\n',
            'sub/copy.cop': 'plan A "A again" { purpose "x" }\n',
            'user.cop': 'plan User "U" { purpose "x" }\ninput In "I" {\n    measure A.Reach\n}\n',
            'sub/unrelated.cop': 'plan D "D" { purpose "x" }\noutcome Broken "B" {\n    delivers Nowhere.Thing\n'
        });
        const named = join(folder, 'a.cop');
        const { services, documents, inputs } = await loadPlans([named], { neighbours: neighbourPlans([named]) });
        const loaded = services.shared.workspace.LangiumDocuments.all.map(document => document.uri.fsPath).toArray();
        expect(loaded.sort()).toEqual(['a.cop', 'b.cop', 'c.cop', 'sub/copy.cop', 'user.cop'].map(file => join(folder, file)));
        const codes = documents[0].diagnostics?.map(diagnostic => diagnostic.code);
        expect(codes).toContain('duplicate-name');
        expect(codes).not.toContain('unresolved-reference');
        // Reach is measured by another plan only.
        expect(codes).not.toContain('indicator-unused');
        // Linked, not checked: B's own problems are not worked out.
        const b = services.shared.workspace.LangiumDocuments.all.find(document => document.uri.fsPath.endsWith('b.cop'));
        expect(b?.references.length).toBeGreaterThan(0);
        expect(b?.references.every(reference => isReference(reference) && reference.ref !== undefined)).toBe(true);
        expect(b?.diagnostics).toBeUndefined();
        // Every plan read stays an input, which `-o` may not overwrite.
        expect(inputs).toContain(join(folder, 'sub/unrelated.cop'));
    });
});
