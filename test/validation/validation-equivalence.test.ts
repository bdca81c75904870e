import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
    AstNode,
    DiagnosticInfo,
    LangiumDocument,
    Module,
    PartialLangiumCoreServices,
    ValidationAcceptor,
    ValidationOptions,
    ValidationSeverity
} from 'langium';
import { Cancellation, DefaultDocumentValidator, inject, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generatePlan } from '../../bench/generate-plan.js';
import type { CopCoreServices } from '../../language/cop-core-module.js';
import { createCopCoreServices, CopCoreModule, CopCoreSharedModule, registerCop } from '../../language/cop-core-module.js';
import { CopGeneratedModule, CopGeneratedSharedModule } from '../../language/generated/module.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { parseDay } from '../../language/impact/dates.js';
import { createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import { CopDocumentValidator } from '../../language/validation/cop-document-validator.js';

/**
 * The validator takes shortcuts for speed (cop-document-validator.ts, diagnostic-range.ts):
 * its own walk over the elements, checks awaited only when they return a promise, ranges
 * found by stopping at the part wanted. Here the same plans are validated by Langium's own
 * walk and Langium's own `toDiagnostic`, and the diagnostics must be the same, in the same
 * order: on every example, and on generated plans with the mistakes that put diagnostics on
 * properties with an index (repeated lines, wrong sides, duplicate names, syntax errors).
 */
class ReferenceValidator extends CopDocumentValidator {
    protected override validateAstNodes(
        root: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        // biome-ignore lint/complexity/useLiteralKeys: a protected member of Langium's class, which TypeScript lets a subclass reach only by index
        return DefaultDocumentValidator.prototype['validateAstNodes'].call(this, root, options, acceptor, cancelToken);
    }

    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        // biome-ignore lint/complexity/useLiteralKeys: a protected member of Langium's class, which TypeScript lets a subclass reach only by index
        return DefaultDocumentValidator.prototype['toDiagnostic'].call(this, severity, message, info);
    }
}

const ReferenceModule: Module<CopCoreServices, PartialLangiumCoreServices> = {
    validation: { DocumentValidator: services => new ReferenceValidator(services) }
};

function referenceServices(): CopCoreServices {
    const shared = inject(createDefaultSharedCoreModule(NodeFileSystem), CopGeneratedSharedModule, CopCoreSharedModule);
    const Cop: CopCoreServices = inject(createDefaultCoreModule({ shared }), CopGeneratedModule, CopCoreModule, ReferenceModule);
    registerCop(shared, Cop);
    void shared.workspace.ConfigurationProvider.initialized({});
    return Cop;
}

/** The diagnostics of each plan (path → text), validated together in one workspace of these services. */
async function diagnosticsOf(Cop: CopCoreServices, plans: ReadonlyMap<string, string>): Promise<Diagnostic[][]> {
    Cop.impact.AsOfDate.set(parseDay('2026-11-15'));
    const workspace = Cop.shared.workspace;
    const documents: LangiumDocument<PlanFile>[] = [];
    for (const [path, text] of plans) {
        const document = workspace.LangiumDocumentFactory.fromString<PlanFile>(text, URI.file(path));
        workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.map(document => document.diagnostics ?? []);
}

async function expectSameAsReference(plans: ReadonlyMap<string, string>): Promise<void> {
    const ours = await diagnosticsOf(createCopCoreServices(NodeFileSystem).Cop, plans);
    const reference = await diagnosticsOf(referenceServices(), plans);
    expect(ours.flat().length).toBeGreaterThan(0);
    expect(ours).toEqual(reference);
}

const examples = resolve(import.meta.dirname, '../../examples');
const examplePlans = new Map(
    readdirSync(examples, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.cop'))
        .map(name => [join(examples, name), readFileSync(join(examples, name), 'utf8')] as const)
);

/** A generated plan with mistakes whose diagnostics sit on the second or a later part of a property. */
function flawed(text: string): string {
    return text
        .replace(/\n {4}unit hours\n/g, '\n    unit hours\n    unit hours\n')
        .replace(/ {4}member Help(\d+), Access\1\n {4}organization Speed\1/g, '    member Help$1, Speed$1\n    organization Access$1, Speed$1')
        .replace(/\nindicator Worked3 /, '\nindicator Worked2 ')
        .replace(/\n {4}from Hours5, Hours4\n/, '\n    from Hours5, Hourz4, Hours4\n')
        .replace(/\n {4}formula Deflected7 \* Cost7/, '\n    formula Deflected7 * * Cost7');
}

describe('validation gives what Langium’s own walk and ranges give', () => {
    test('on every example, with its actuals and catalogs', async () => {
        expect(examplePlans.size).toBeGreaterThan(3);
        await expectSameAsReference(examplePlans);
    });

    test('on the generated 1,000-line bench plan, as generated and with mistakes', async () => {
        const text = generatePlan(1000);
        expect(flawed(text)).not.toBe(text);
        await expectSameAsReference(
            new Map([
                [resolve('/bench/plan.cop'), text],
                [resolve('/bench/flawed/plan.cop'), flawed(text)]
            ])
        );
    });
});
