import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';

/** Fresh services over an in-memory file system, as a browser worker would have. */
export function createTestServices() {
    return createCopServices(EmptyFileSystem);
}

let counter = 0;

/** Parses and validates one plan (or several, linked together) and returns its document. */
export async function validate(text: string, others: string[] = []): Promise<LangiumDocument<PlanFile>> {
    const { Cop } = createTestServices();
    const parse = parseHelper<PlanFile>(Cop);
    const otherDocs = others.map(other => parse(other, { documentUri: `file:///ws/other${++counter}.cop` }));
    const documents = await Promise.all(otherDocs);
    const document = await parse(text, { documentUri: `file:///ws/plan${++counter}.cop` });
    await Cop.shared.workspace.DocumentBuilder.build([document, ...documents], { validation: true });
    return document;
}

export function codesOf(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => String(d.code));
}

/** Diagnostics with the given code, as `line:code` (1-based lines) for readable assertions. */
export function linesWith(document: LangiumDocument, code: string): number[] {
    return (document.diagnostics ?? [])
        .filter((d: Diagnostic) => d.code === code)
        .map(d => d.range.start.line + 1)
        .sort((a, b) => a - b);
}

export { URI };
