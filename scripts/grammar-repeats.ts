// The grammar's diagnostics as `langium generate` finds them, sorted into the intended ones
// (a single-valued line of a block, which may repeat because lines come in any order; a
// repeat is the `repeated-line` error) and every other. Shared by the generator's script
// (scripts/langium-generate.mjs, which prints only the others) and by
// test/langium/grammar-warnings.test.ts (which fails on any other). Why Langium warns and no
// grammar avoids it: docs/langium-upgrade.md, "Marking a repeatable single-valued line as intended".
import { resolve } from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, GrammarAST, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { singleLines } from '../language/validation/plan-checks.js';

export const grammarPath = resolve(import.meta.dirname, '../language/cop.langium');

/** The warning Langium gives each `=` assignment that a repeated group can reach twice. */
const multipleAssignments = /^Found multiple assignments to '(\w+)'/;

/** What the grammar's diagnostics come to. */
export interface GrammarFindings {
    /** Warnings for single-valued lines that the `repeated-line` check reports when repeated. */
    readonly intended: readonly Diagnostic[];
    /** Every other error, warning or note, as `cop.langium:LINE message` with what to do. */
    readonly unexpected: readonly string[];
}

/** The grammar validated by the services `langium generate` uses, in process (no files written). */
export async function grammarDiagnostics(path = grammarPath): Promise<{ document: LangiumDocument; diagnostics: Diagnostic[] }> {
    const services = createLangiumGrammarServices(NodeFileSystem).grammar;
    const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path));
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, diagnostics: document.diagnostics ?? [] };
}

/** Sorts the diagnostics of the grammar document into intended repeats and the rest. */
export function sortGrammarDiagnostics(document: LangiumDocument, diagnostics: readonly Diagnostic[]): GrammarFindings {
    const intended: Diagnostic[] = [];
    const unexpected: string[] = [];
    for (const diagnostic of diagnostics) {
        const where = `cop.langium:${diagnostic.range.start.line + 1}`;
        const message = messageOf(diagnostic);
        if (diagnostic.severity !== 2 || !multipleAssignments.test(message)) {
            unexpected.push(`${where} ${message}`);
            continue;
        }
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const assignment = AstUtils.getContainerOfType(innermostNodeAt(document.parseResult.value, offset), GrammarAST.isAssignment);
        const rule = assignment && AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule);
        const keyword = assignment && lineKeyword(assignment);
        if (rule && keyword && singleLines[rule.name]?.includes(keyword)) {
            intended.push(diagnostic);
        } else {
            unexpected.push(
                `${where} ${message} (\`${keyword ?? '?'}\` in ${rule?.name ?? '?'} is not a line the repeated-line check reports: add it to singleLines in language/validation/plan-checks.ts, or make the property a list with +=)`
            );
        }
    }
    return { intended, unexpected };
}

/** How langium-cli prints a diagnostic after the file name: `:LINE:COLUMN - message`. */
export function printedAs(diagnostic: Diagnostic): string {
    return `:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} - ${messageOf(diagnostic)}`;
}

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The keyword that starts the line an assignment is in (`'range' low=Amount '..' high=Amount` → `range`; `qualitative?='qualitative'` → `qualitative`). */
function lineKeyword(assignment: GrammarAST.Assignment): string | undefined {
    const line = assignment.$container;
    if (GrammarAST.isGroup(line) && GrammarAST.isKeyword(line.elements[0])) return line.elements[0].value;
    return GrammarAST.isKeyword(assignment.terminal) ? assignment.terminal.value : undefined;
}

function innermostNodeAt(root: AstNode, offset: number): AstNode | undefined {
    if (!root.$cstNode) return undefined;
    return AstUtils.streamAst(root)
        .filter(node => {
            const range = node.$cstNode;
            return range !== undefined && range.offset <= offset && offset < range.end;
        })
        .reduce<AstNode | undefined>((_innermost, node) => node, undefined);
}
