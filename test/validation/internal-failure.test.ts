import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';

const plan = `plan Team "A community" {
    purpose "Help"
}

indicator Hours "Hours given" {
    data "Timesheets"
}
`;

describe('a check that fails is an internal-error on the plan, never a silent pass', () => {
    test('a check that throws: an error diagnostic naming the element and what failed; other checks still run', async () => {
        const { Cop } = createTestServices();
        // Fault injection into a real, registered check: the catalog check asks the catalogs for the plan's index.
        Cop.catalog.Catalogs.indexFor = () => {
            throw new Error('catalog index exploded');
        };
        const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: 'file:///ws/internal-1.cop' });
        await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const internal = (document.diagnostics ?? []).filter(d => d.code === 'internal-error');
        expect(internal.length).toBeGreaterThan(0);
        expect(internal.every(d => d.severity === 1)).toBe(true);
        expect(internal.map(d => d.message).join('\n')).toContain('catalog index exploded');
        expect(internal.some(d => String(d.message).includes('the indicator Hours'))).toBe(true);
        expect(String(internal[0].message)).not.toMatch(/\n\s+at /);
        // The checks that did not fail still report.
        expect((document.diagnostics ?? []).map(d => d.code)).toContain('indicator-unused');
    });

    test('a failure outside the checks (the walk over the elements): one internal-error on the first line', async () => {
        const { Cop } = createTestServices();
        const registry = Cop.validation.ValidationRegistry;
        registry.getChecks = () => {
            throw new Error('registry broken');
        };
        const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: 'file:///ws/internal-2.cop' });
        await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const internal = (document.diagnostics ?? []).filter(d => d.code === 'internal-error');
        expect(internal).toHaveLength(1);
        expect(internal[0].range.start.line).toBe(0);
        expect(String(internal[0].message)).toContain('registry broken');
    });
});
