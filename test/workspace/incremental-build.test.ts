import { readFileSync } from 'node:fs';
import type { AstNodeDescription, DocumentSegment, IndexManager, LangiumDocument } from 'langium';
import { AstUtils, URI, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { partialParseOf } from '../../language/parser/incremental-parse.js';
import { PlanSymbols } from '../../language/scoping/plan-symbols.js';
import { prng } from '../helpers/prng.js';
import { MemoryFileSystem } from '../helpers/memory-file-system.js';
import { examplePlans, randomEdit } from '../helpers/random-edits.js';

/**
 * A plan edited many times in one workspace (parsed again in part, its unchanged references
 * kept, its reference index rebuilt) must read as the same plan built from scratch: the same
 * diagnostics, every reference resolved to the same element.
 */
const uri = URI.parse('file:///ws/plan.cop');

/** A description as go-to-definition, find-references and the outline read it: name, path and ranges. */
function described(description: AstNodeDescription | undefined): string {
    if (!description) return 'none';
    const range = (segment: DocumentSegment | undefined) =>
        segment ? `${segment.offset}+${segment.length} ${segment.range.start.line}:${segment.range.start.character}` : '-';
    return `${description.name} ${description.path} ${range(description.nameSegment)} ${range(description.selectionSegment)}`;
}

/** What the plan reads as: its diagnostics, where each reference leads, and its symbols as the index has them. */
async function reading(document: LangiumDocument<PlanFile>, index: IndexManager) {
    const references = AstUtils.streamAst(document.parseResult.value)
        .flatMap(node => AstUtils.streamReferences(node))
        .map(({ reference }) => {
            const target = isReference(reference) ? reference.ref : undefined;
            const description = isReference(reference) ? described(reference.$nodeDescription) : '';
            return `${reference.$refText} → ${target ? `${target.$type} ${(target as { name?: string }).name} @${target.$cstNode?.offset}` : reference.error?.message} ${description}`;
        })
        .toArray();
    const table = document.localSymbols;
    const symbols = (table?.getStream(document.parseResult.value).toArray() ?? []).map(described);
    // What each name means first, and the names repeated, in order (the duplicate-name check's list).
    const firsts = table instanceof PlanSymbols ? symbols.map((_, i) => described(table.named(table.descriptions[i].name)[0])) : [];
    const repeats = table instanceof PlanSymbols ? [...table.repeated()].map(({ first, repeat }) => `${described(first)} ~ ${described(repeat)}`) : [];
    const exported = index
        .allElements()
        .filter(description => description.documentUri.toString() === document.uri.toString())
        .map(described)
        .toArray();
    const diagnostics = (document.diagnostics ?? [])
        .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`)
        .sort();
    const indexed = document.references.length;
    return { references, diagnostics, indexed, symbols, firsts, repeats, exported };
}

async function fromScratch(text: string) {
    const { shared } = createCopServices({ fileSystemProvider: () => new MemoryFileSystem() });
    const document = shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return reading(document, shared.workspace.IndexManager);
}

/** A workspace holding the plan `text`, built, whose file the test rewrites before each update. */
async function editedWorkspace(text: string) {
    const files = new MemoryFileSystem();
    files.files.set(uri.toString(), text);
    const { shared } = createCopServices({ fileSystemProvider: () => files });
    const document = shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    const builder = shared.workspace.DocumentBuilder;
    builder.updateBuildOptions = { validation: true };
    await builder.build([document], { validation: true });
    /** Rewrites the plan's file and updates the workspace, as an edit saved by the editor does. */
    const edit = async (edited: string) => {
        files.files.set(uri.toString(), edited);
        await builder.update([uri], []);
    };
    return { document, edit, index: shared.workspace.IndexManager };
}

async function replay(text: string, seed: number, steps: number): Promise<number> {
    const { document, edit, index } = await editedWorkspace(text);
    const random = prng(seed);
    let good = text;
    let partly = 0;
    for (let step = 0; step < steps; step++) {
        const hasErrors = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
        text = hasErrors && random.chance(0.6) ? good : randomEdit(text, random);
        await edit(text);
        if (partialParseOf(document.parseResult.value)) partly++;
        expect(await reading(document, index), `step ${step} of seed ${seed}`).toEqual(await fromScratch(text));
        if (document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length === 0) good = text;
    }
    return partly;
}

describe('a plan built again after each edit', () => {
    const plans = examplePlans().filter(path => /customer-community|first-draft|support-community/.test(path));
    it.each(plans.map(path => [path.split('/examples/')[1], path]))('reads as the plan built from scratch: %s', async (_name, path) => {
        const partly = await replay(readFileSync(path, 'utf8'), 11, 16);
        expect(partly).toBeGreaterThan(4);
    });

    it('resolves a name to the element that now comes first with it', async () => {
        const text = readFileSync(plans[0], 'utf8');
        const { document, edit, index } = await editedWorkspace(text);
        // A second indicator with the name of one the plan measures, at the top, where it
        // is parsed without that one: a duplicate, and the references now lead to the first.
        const name = /^indicator (\w+)/m.exec(text)![1];
        const edited = `// A second one\nindicator ${name} "A second one" {\n    unit count\n}\n\n${text}`;
        await edit(edited);
        expect(partialParseOf(document.parseResult.value)).toBeDefined();
        expect(await reading(document, index)).toEqual(await fromScratch(edited));
    });

    it("resolves a name written with its own plan's name to the element that now comes first", async () => {
        const text = 'plan Self "S" { purpose "x" }\n\nindicator Reach "Reach" {\n    unit members\n}\n\ninput In "In" {\n    measure Self.Reach, Reach\n}\n';
        const { document, edit, index } = await editedWorkspace(text);
        const edited = text.replace('\n\nindicator', '\n\nindicator Reach "A second one" {\n    unit count\n}\n\nindicator');
        await edit(edited);
        expect(partialParseOf(document.parseResult.value)).toBeDefined();
        const after = await reading(document, index);
        const second = edited.indexOf('indicator Reach "A second one"');
        expect(after.references.filter(line => line.startsWith(`Self.Reach → Indicator Reach @${second} `))).toHaveLength(1);
        expect(after).toEqual(await fromScratch(edited));
    });

    it('exports its elements under the plan name it now has', async () => {
        const text = readFileSync(plans[0], 'utf8');
        const { document, edit, index } = await editedWorkspace(text);
        await reading(document, index);
        const edited = text.replace(/^plan (\w+)/m, 'plan Renamed');
        await edit(edited);
        expect(partialParseOf(document.parseResult.value)).toBeDefined();
        const after = await reading(document, index);
        expect(after.exported.every(line => line.startsWith('Renamed.'))).toBe(true);
        expect(after).toEqual(await fromScratch(edited));
    });

    it('reads as the plan built from scratch: a generated 300-line plan', async () => {
        expect(await replay(generatePlan(300), 5, 20)).toBeGreaterThan(6);
    });
});
