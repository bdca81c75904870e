import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { CopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from './services.js';

/** Several plans in one in-memory workspace, linked and validated together. */
export async function validateWorkspace(texts: string[]): Promise<LangiumDocument<PlanFile>[]> {
    return (await validateWorkspaceWithServices(texts)).documents;
}

/** The same, with the services, for tests that ask more of the workspace afterwards. */
export async function validateWorkspaceWithServices(texts: string[]): Promise<{ services: CopServices; documents: LangiumDocument<PlanFile>[] }> {
    const { Cop, shared } = createTestServices();
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = texts.map((text, index) => {
        const document = factory.fromString<PlanFile>(text, URI.parse(`file:///ws/plan${index}.cop`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await Cop.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Cop, documents };
}
