import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { CopServices } from '../language/cop-module.js';
import { createCopServices } from '../language/cop-module.js';
import type { PlanFile } from '../language/generated/ast.js';
import type { Day } from '../language/impact/dates.js';
import { describeFileError } from './cli-error.js';

export interface LoadedPlans {
    readonly services: CopServices;
    readonly documents: LangiumDocument<PlanFile>[];
}

/**
 * Reads the given plan files into one Langium workspace, links them together (so
 * `Plan.Element` references resolve across files) and validates them.
 */
export async function loadPlans(files: readonly string[], options: { asOf?: Day } = {}): Promise<LoadedPlans> {
    const services = createCopServices(NodeFileSystem).Cop;
    // Statuses and stale data are judged as of this day (default: today).
    services.impact.AsOfDate.set(options.asOf);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: LangiumDocument<PlanFile>[] = [];
    for (const file of files) {
        let text: string;
        try {
            text = readFileSync(file, 'utf8');
        } catch (error) {
            throw describeFileError(file, error);
        }
        const document = factory.fromString<PlanFile>(text, URI.file(file));
        langiumDocuments.addDocument(document);
        documents.push(document);
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}
