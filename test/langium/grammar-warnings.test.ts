import { resolve } from 'node:path';
import type { AstNode } from 'langium';
import { AstUtils, GrammarAST, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { singleLines } from '../../language/validation/plan-checks.js';

/**
 * The grammar as `langium generate` validates it before generating (the same services, in
 * process: no files written). It must build without errors or warnings, with one kind of
 * warning accepted: Langium warns about `line=VALUE` inside a block whose lines repeat
 * (`( 'unit' unit=Unit | … )*`), since a second `unit` line would overwrite the first. A
 * .cop block takes its lines in any order, so the grammar must let a line repeat; a repeat is
 * then the `repeated-line` error (language/validation/plan-checks.ts). So each such warning
 * must be a line that check knows, and a new single-valued line that it does not know fails
 * here. Langium has no way to mark the assignment as intended: see docs/langium-upgrade.md.
 */
const grammarPath = resolve(import.meta.dirname, '../../language/cop.langium');

async function grammarDiagnostics() {
    const services = createLangiumGrammarServices(NodeFileSystem).grammar;
    const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(grammarPath));
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, diagnostics: document.diagnostics ?? [] };
}

/** The keyword that starts the line an assignment is in (`'range' low=Amount '..' high=Amount` → `range`; `qualitative?='qualitative'` → `qualitative`). */
function lineKeyword(assignment: GrammarAST.Assignment): string | undefined {
    const line = assignment.$container;
    if (GrammarAST.isGroup(line) && GrammarAST.isKeyword(line.elements[0])) return line.elements[0].value;
    return GrammarAST.isKeyword(assignment.terminal) ? assignment.terminal.value : undefined;
}

describe('the grammar', () => {
    it('builds without errors and without warnings other than repeatable single lines', async () => {
        const { document, diagnostics } = await grammarDiagnostics();
        const unexpected: string[] = [];
        for (const diagnostic of diagnostics) {
            const where = `cop.langium:${diagnostic.range.start.line + 1}`;
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            const multiple = /^Found multiple assignments to '(\w+)'/.exec(message);
            if (diagnostic.severity !== 2 || !multiple) {
                unexpected.push(`${where} ${message}`);
                continue;
            }
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const leaf =
                document.parseResult.value.$cstNode && AstUtils.getContainerOfType(findLeaf(document.parseResult.value, offset), GrammarAST.isAssignment);
            const rule = leaf && AstUtils.getContainerOfType(leaf, GrammarAST.isParserRule);
            const keyword = leaf && lineKeyword(leaf);
            if (!rule || !keyword || !singleLines[rule.name]?.includes(keyword)) {
                unexpected.push(
                    `${where} ${message} (\`${keyword ?? '?'}\` in ${rule?.name ?? '?'} is not a line the repeated-line check reports: add it to singleLines in language/validation/plan-checks.ts, or make the property a list with +=)`
                );
            }
        }
        expect(unexpected).toEqual([]);
    });
});

function findLeaf(root: AstNode, offset: number): AstNode | undefined {
    const cst = root.$cstNode;
    if (!cst) return undefined;
    return AstUtils.streamAst(root)
        .filter(node => {
            const range = node.$cstNode;
            return range !== undefined && range.offset <= offset && offset < range.end;
        })
        .reduce<AstNode | undefined>((_innermost, node) => node, undefined);
}
