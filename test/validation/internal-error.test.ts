import type { ValidationAcceptor } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test, vi } from 'vitest';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import type { CopAstType, Indicator, PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';

const plan = `plan A "A" {
    purpose "x"
}
indicator Reach "Reach" {
    data "Survey"
}
outcome Served "Served" {
    measure Reach
    measure B.Other
}
`;

async function validateWith(setUp: (services: ReturnType<typeof createTestServices>['Cop']) => void) {
    const { Cop } = createTestServices();
    setUp(Cop);
    const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: 'file:///ws/a.cop' });
    await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics ?? [];
}

describe('a check of cop that fails', () => {
    test('internal-error is a code of the closed set, an error', () => {
        expect(diagnosticRules['internal-error'].severity).toBe('error');
    });

    test('becomes an internal-error on the element it checked, naming the check; the other checks still run', async () => {
        const consoleError = vi.spyOn(console, 'error');
        const diagnostics = await validateWith(Cop => {
            // A test-only check registered as the language's checks are, which throws.
            function checkThatBreaks(_indicator: Indicator, _accept: ValidationAcceptor): void {
                throw new TypeError("Cannot read properties of undefined (reading 'value')");
            }
            Cop.validation.ValidationRegistry.register<CopAstType>({ Indicator: checkThatBreaks });
        });
        const failures = diagnostics.filter(d => d.code === 'internal-error');
        expect(failures).toHaveLength(1);
        expect(failures[0].severity).toBe(1);
        expect(failures[0].range.start.line).toBe(3);
        expect(failures[0].message).toContain('checkThatBreaks');
        expect(failures[0].message).toContain("TypeError: Cannot read properties of undefined (reading 'value')");
        expect(failures[0].message).toContain('Please report it');
        // Not a false syntax error, no stack trace on stderr, and the real checks still ran.
        expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(false);
        expect(diagnostics.map(d => d.code)).toContain('unresolved-reference');
        expect(consoleError).not.toHaveBeenCalled();
        consoleError.mockRestore();
    });

    test('a failure of the linker is an internal-error, not an unresolved reference', async () => {
        const consoleError = vi.spyOn(console, 'error');
        const diagnostics = await validateWith(Cop => {
            const scopes = Cop.references.ScopeProvider;
            scopes.getScope = () => {
                throw new RangeError('scope exploded');
            };
        });
        const failures = diagnostics.filter(d => d.code === 'internal-error');
        expect(failures.length).toBeGreaterThanOrEqual(1);
        expect(failures.every(d => String(d.message).includes('the linker') && String(d.message).includes('RangeError: scope exploded'))).toBe(true);
        expect(diagnostics.some(d => d.code === 'unresolved-reference')).toBe(false);
        expect(consoleError).not.toHaveBeenCalled();
        consoleError.mockRestore();
    });

    test('a failure outside any check (the walk over the elements) is reported, never dropped', async () => {
        const diagnostics = await validateWith(Cop => {
            const validator = Cop.validation.DocumentValidator as unknown as { validateSingleNodeOptions: () => never };
            validator.validateSingleNodeOptions = () => {
                throw new Error('walk broke');
            };
        });
        const failures = diagnostics.filter(d => d.code === 'internal-error');
        expect(failures).toHaveLength(1);
        expect(failures[0].message).toContain('walk broke');
        expect(failures[0].range.start).toEqual({ line: 0, character: 0 });
    });
});
