import type { AstNode, AstNodeDescription, AstNodeLocator, DocumentSegment, LangiumDocument, NameProvider, URI } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';

/**
 * Describes an element for scopes and the index as Langium does, but works out its text
 * positions and path only when something asks for them. Every named element is described
 * twice per build (by its bare name for its own plan, as `Plan.Element` for the others), and
 * most descriptions are only ever asked for their name and element: linking and checking a
 * plan reads no position. Langium's provider computes the path and the element's range for
 * each: a third of the time spent collecting symbols.
 */
export class CopAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        name ??= this.nameProvider.getName(node);
        // Without a name Langium's provider throws its error, naming the element's path.
        if (!name) return super.createDescription(node, name, document);
        return new LazyNodeDescription(node, name, (document ?? AstUtils.getDocument(node)).uri, this.astNodeLocator, this.nameProvider);
    }
}

/**
 * Makes a description taken again after an edit (cop-scope-computation.ts) work out its
 * path and segments afresh on next use: its element may have moved.
 */
export function forgetPositions(description: AstNodeDescription): void {
    if (description instanceof LazyNodeDescription) description.forgetPositions();
}

/** An `AstNodeDescription` whose path and segments are computed on first use, then kept. */
class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private computedPath?: string;
    private computedNameSegment?: DocumentSegment;
    private computedSelectionSegment?: DocumentSegment;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return (this.computedPath ??= this.locator.getAstNodePath(this.node));
    }

    forgetPositions(): void {
        this.computedPath = undefined;
        this.computedNameSegment = undefined;
        this.computedSelectionSegment = undefined;
    }

    get nameSegment(): DocumentSegment | undefined {
        return (this.computedNameSegment ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode));
    }

    get selectionSegment(): DocumentSegment | undefined {
        return (this.computedSelectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode));
    }
}
