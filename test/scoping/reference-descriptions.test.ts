import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DefaultReferenceDescriptionProvider } from 'langium';
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
});
