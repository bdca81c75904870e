import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AstUtils, DefaultReferenceDescriptionProvider } from 'langium';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-plan.js';
import { validateWorkspaceWithServices } from '../helpers/workspace.js';

/**
 * The reference index is built from the linked references, with paths worked out on demand
 * (cop-reference-descriptions.ts): it must hold what Langium's own provider, walking every
 * element, holds (in document order of the elements; inside an element, the linker's order).
 */
const examples = ['customer-community.cop', 'development-sector.cop', 'learning-community.cop', 'support-community/support-community.cop'];

describe('the reference index of a plan', () => {
    it('holds what Langium describes, across plans that refer to each other', async () => {
        const texts = [...examples.map(name => readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')), ...generateWorkspace(6).values()];
        const { services, documents } = await validateWorkspaceWithServices(texts);
        const langium = new DefaultReferenceDescriptionProvider(services);
        const ours = services.workspace.ReferenceDescriptionProvider;
        let crossPlan = 0;
        for (const document of documents) {
            const plain = (descriptions: Awaited<ReturnType<typeof langium.createDescriptions>>) =>
                descriptions.map(d => ({
                    sourceUri: d.sourceUri.toString(),
                    targetUri: d.targetUri.toString(),
                    sourcePath: d.sourcePath,
                    targetPath: d.targetPath,
                    segment: d.segment,
                    local: d.local
                }));
            const sorted = <T>(items: T[]) => items.map(item => JSON.stringify(item)).sort();
            const expected = plain(await langium.createDescriptions(document));
            expect(sorted(plain(await ours.createDescriptions(document))), document.uri.toString()).toEqual(sorted(expected));
            crossPlan += expected.filter(d => !d.local).length;
            expect(expected.length).toBeGreaterThan(0);
        }
        expect(crossPlan).toBeGreaterThan(0);
    });

    it('answers find references with the references inside plans too, described when first asked', async () => {
        const texts = [...examples.map(name => readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')), ...generateWorkspace(6).values()];
        const { services, documents } = await validateWorkspaceWithServices(texts);
        const langium = new DefaultReferenceDescriptionProvider(services);
        const index = services.shared.workspace.IndexManager;
        const locator = services.workspace.AstNodeLocator;
        const key = (d: { sourceUri: { toString(): string }; sourcePath: string; segment: unknown }) =>
            JSON.stringify([d.sourceUri.toString(), d.sourcePath, d.segment]);
        // Every reference Langium describes, by the element it reaches.
        const byTarget = new Map<string, string[]>();
        for (const document of documents) {
            for (const d of await langium.createDescriptions(document)) {
                const target = `${d.targetUri.toString()}#${d.targetPath}`;
                byTarget.set(target, [...(byTarget.get(target) ?? []), key(d)]);
            }
        }
        let local = 0;
        for (const document of documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const path = locator.getAstNodePath(node);
                const found = index.findAllReferences(node, path).toArray();
                const expected = byTarget.get(`${document.uri.toString()}#${path}`) ?? [];
                expect(found.map(key).sort(), `${document.uri.toString()}#${path}`).toEqual([...expected].sort());
                local += found.filter(d => d.local).length;
            }
        }
        expect(local).toBeGreaterThan(100);
    });
});
