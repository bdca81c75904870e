import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { CopServices } from '../language/cop-module.js';
import { createCopServices } from '../language/cop-module.js';
import type { PlanFile } from '../language/generated/ast.js';
import type { Day } from '../language/impact/dates.js';
import { MAX_PLAN_BYTES, megabytes } from '../language/parser/plan-size.js';
import { CliError, describeFileError } from './cli-error.js';

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
        const text = readPlanFile(file);
        const document = factory.fromString<PlanFile>(text, URI.file(file));
        langiumDocuments.addDocument(document);
        documents.push(document);
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

/** The text of a plan file, refusing files too large or not text at all, with a plain message. */
export function readPlanFile(path: string): string {
    const file = relative(process.cwd(), path) || path;
    let text: string;
    try {
        const size = statSync(path).size;
        if (size > MAX_PLAN_BYTES) {
            throw new CliError(`${file}: ${megabytes(size)} is too large for a plan (the limit is ${megabytes(MAX_PLAN_BYTES)}; a 50,000-line plan is about 1.3 MB). Split it into several plans that refer to each other as \`Plan.Element\`.`);
        }
        text = readFileSync(path, 'utf8');
    } catch (error) {
        throw error instanceof CliError ? error : describeFileError(file, error);
    }
    // NUL bytes never occur in text files; binary data would only produce a wall of syntax errors.
    if (text.slice(0, 8192).includes('\u0000')) {
        throw new CliError(`${file}: this is not a plan: it looks like a binary file (it contains NUL bytes). Check the file name, or remove it from the folder being checked.`);
    }
    return text;
}
