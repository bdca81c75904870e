import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { createCopCoreServices } from '../../cop-core-module.js';
import type { CopServices } from '../../cop-module.js';
import { changeMarks, diffWorkspaces, renderDiffMarkdown, renderDiffPage } from '../../diff/index.js';
import type { DiffPlanInput } from '../../diff/index.js';
import type { PlanFile } from '../../generated/ast.js';
import { formatDay } from '../../impact/dates.js';
import type { CompareParams, CompareResult } from './compare-protocol.js';
import { COMPARE_REQUEST } from './compare-protocol.js';

function syntaxProblem(document: LangiumDocument): string | undefined {
    const lexer = document.parseResult.lexerErrors[0];
    if (lexer) return `line ${lexer.line ?? 1}, column ${lexer.column ?? 1}: ${lexer.message}`;
    const parser = document.parseResult.parserErrors[0];
    if (!parser) return undefined;
    const line = Number.isFinite(parser.token.startLine) && parser.token.startLine! > 0 ? parser.token.startLine : document.textDocument.lineCount;
    return `line ${line}: ${parser.message}`;
}

/**
 * Serves `cop/compareWithText`: the plan in the editor against its text at a revision. The
 * old text is parsed in a workspace of its own (it must not stand beside the current plan
 * in the server's workspace: two plans of one name), evaluated with the same file system
 * (its actuals file as it is now), and compared by `diffWorkspaces`, as `cop diff` does.
 */
export class CompareHandler {
    /**
     * The old side of the last request per plan: the preview asks after every edit, and the
     * text at HEAD rarely changes meanwhile, so it is parsed and evaluated once.
     */
    private readonly oldSides = new Map<string, { key: string; side: DiffPlanInput | { problem: string } }>();

    private readonly shared: LangiumSharedServices;

    /** `cop`: the one language the server serves, so no look-up (and no cast) per request. */
    constructor(
        private readonly cop: CopServices,
        private readonly connection: Connection
    ) {
        this.shared = cop.shared;
    }

    register(): void {
        this.connection.onRequest(COMPARE_REQUEST, (params: CompareParams, token: CancellationToken) => this.compare(params, token));
    }

    async compare(params: CompareParams, token?: CancellationToken): Promise<CompareResult> {
        const uri = URI.parse(params.uri);
        await this.shared.workspace.WorkspaceManager.ready;
        const document = this.shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<PlanFile> | undefined;
        if (!document) return null;
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const services = this.cop;
        const name = uri.path.split('/').pop() ?? uri.path;
        const label = typeof params.label === 'string' && params.label ? params.label : 'the revision';
        const currentProblem = syntaxProblem(document);
        if (currentProblem) return { problem: `${name} does not parse (${currentProblem}); fix it to compare it with ${label}.` };
        // Both sides as of the server's day, as the preview judges the plan.
        const asOf = services.impact.AsOfDate.get();

        const before: DiffPlanInput[] = [];
        // Anything but a string (null, or a client's mistake) is a plan new since the revision.
        if (typeof params.oldText === 'string') {
            const old = await this.oldSide(uri, params.oldText, `${name} (${label})`, asOf, token);
            if ('problem' in old) return { problem: `${name} at ${label} does not parse (${old.problem}), so it cannot be compared.` };
            before.push(old);
        }
        const after: DiffPlanInput[] = [{ file: name, root: document.parseResult.value, impact: (await services.impact.Impact.impactOf(document)).model }];
        const diff = diffWorkspaces(before, after, { asOf });
        return {
            html: renderDiffPage(diff, { title: `Changes since ${label}: ${name}`, footer: `${name} compared with ${label}, kpis as of ${formatDay(asOf)}.` }),
            markdown: renderDiffMarkdown(diff),
            changes: diff.changes.length,
            marks: changeMarks(diff)
        };
    }

    private async oldSide(uri: URI, text: string, file: string, asOf: number, token?: CancellationToken): Promise<DiffPlanInput | { problem: string }> {
        const key = `${asOf}\u0000${file}\u0000${text}`;
        const cached = this.oldSides.get(uri.toString());
        if (cached?.key === key) return cached.side;
        const old = createCopCoreServices({ fileSystemProvider: () => this.shared.workspace.FileSystemProvider }).Cop;
        old.impact.AsOfDate.set(asOf);
        const document = old.shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, uri);
        old.shared.workspace.LangiumDocuments.addDocument(document);
        await old.shared.workspace.DocumentBuilder.build([document], { validation: false }, token);
        const problem = syntaxProblem(document);
        const side = problem ? { problem } : { file, root: document.parseResult.value, impact: (await old.impact.Impact.impactOf(document)).model };
        this.oldSides.set(uri.toString(), { key, side });
        return side;
    }
}
