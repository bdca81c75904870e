import type { AstNodeDescription, GrammarAST, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST as Grammar } from 'langium';
import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CopServices } from '../../cop-module.js';
import type { PlanFile } from '../../generated/ast.js';
import { isEvent, isInfluence, isShared, isValue } from '../../generated/ast.js';
import { planOf } from '../../model/plan-queries.js';
import type { CompletionContribution } from './completion-contribution.js';
import { completionParseStart } from './completion-start.js';
import { createCompletionContributions } from './completion-contributions.js';

/**
 * Completion for plans: contributions first (catalogs, cycles), then Langium's own,
 * narrowed to what may go where. The grammar's reference types already narrow most lists
 * (`from` in an output: inputs; `measure`/`track`: indicators; `delivers`: values and
 * shared values); on top of that:
 * - in a `shared` block, `member` offers member values and `organization` organization
 *   values (linking accepts either, so `shared-value-wrong-side` can say what is wrong);
 * - the plan's own elements are offered by their bare name, never again as `ThisPlan.X`;
 * - a block is not offered in its own `from`, nor a name already in the list being written;
 * - keywords are offered only where they are keywords, not where a name is expected
 *   (the grammar accepts keywords as names, e.g. an indicator called `data`).
 * Candidates come from the scope's indexes: nothing scans the workspace per keystroke.
 */
export class CopCompletionProvider extends DefaultCompletionProvider {
    private readonly contributions: CompletionContribution[];
    private readonly langiumDocuments;
    /** Off only in the test that compares it with Langium's parse from the top. */
    parseFromBlockStart = true;

    constructor(services: CopServices) {
        super(services);
        this.contributions = createCompletionContributions(services);
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    /**
     * What the grammar expects at the cursor, parsing from the start of the block under it
     * (see completion-start.ts) rather than from the top of the file: completion in a
     * 50,000-line plan no longer re-parses the whole plan.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const parsed = this.parseFromBlockStart ? this.langiumDocuments.getDocument(URI.parse(document.uri)) : undefined;
        const start = parsed && parsed.textDocument.version === document.version ? completionParseStart(parsed, offset) : 0;
        if (start === 0) return super.findFeaturesAt(document, offset);
        const text = document.getText().slice(start, offset);
        // Langium asks the document for the text up to the offset: hand it the block's part.
        return super.findFeaturesAt({ getText: () => text, positionAt: document.positionAt.bind(document) } as unknown as TextDocument, offset);
    }

    protected override async completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        for (const contribution of this.contributions) {
            if (await contribution.complete(context, next, acceptor)) return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const rule = AstUtils.getContainerOfType(keyword, Grammar.isParserRule);
        if (rule?.name === 'Keyword') return false; // a keyword accepted as a name, not a keyword here
        return super.filterKeyword(context, keyword);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const root = context.document.parseResult.value as PlanFile;
        const ownPrefix = planOf(root)?.name ? `${planOf(root)!.name}.` : undefined;
        const side = isShared(refInfo.container)
            ? refInfo.property === 'member'
                ? 'members'
                : refInfo.property === 'organization'
                  ? 'organization'
                  : undefined
            : undefined;
        const listed = new Set(listedTexts(refInfo, context.offset));
        // An influence's touches and conversion are events of its own source.
        const influenceSource =
            isInfluence(refInfo.container) && (refInfo.property === 'touches' || refInfo.property === 'conversion') ? refInfo.container.source?.ref : undefined;
        // What is typed of the name so far: only candidates that match it, as Langium keeps
        // only such items, and at most MAX_REFERENCE_ITEMS of them (see below).
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        return super
            .getReferenceCandidates(refInfo, context)
            .filter(candidate => {
                if (ownPrefix && candidate.name.startsWith(ownPrefix)) return false;
                if (listed.has(candidate.name) || candidate.node === refInfo.container) return false;
                if (influenceSource && candidate.node && isEvent(candidate.node) && candidate.node.source?.ref !== influenceSource) return false;
                if (side) {
                    const node = candidate.node;
                    if (node && isValue(node) && node.$container?.side !== side) return false;
                }
                return true;
            })
            .filter(candidate => typed === '' || this.fuzzyMatcher.match(typed, candidate.name))
            .limit(MAX_REFERENCE_ITEMS);
    }
}

/**
 * The most names offered at once where a reference is completed. A 50,000-line plan has
 * thousands of values; sending them all, each with its documentation, took longer than a
 * keystroke may, and no one scrolls through them. Langium marks every completion list
 * incomplete, so the editor asks again as more of the name is typed, and the list narrows to
 * what matches (docs/editing.md).
 */
export const MAX_REFERENCE_ITEMS = 500;

/**
 * The names already written earlier in the list being completed (`delivers A, B, C|`
 * leaves out A and B). The name under the cursor and those after it stay: completing over
 * an existing name replaces it.
 */
function listedTexts(refInfo: ReferenceInfo, offset: number): string[] {
    const value = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
    if (!Array.isArray(value)) return [];
    const references = value as Array<{ $refText?: unknown; $refNode?: { offset: number; end: number } }>;
    return references.flatMap(reference =>
        typeof reference?.$refText === 'string' && reference.$refNode && reference.$refNode.end < offset ? [reference.$refText] : []
    );
}
