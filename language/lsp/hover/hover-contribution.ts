import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';

/** Where the mouse is: the leaf token under it and the AST node that token belongs to. */
export interface HoverTarget {
    readonly document: LangiumDocument;
    readonly leaf: CstNode;
    /** The node the leaf belongs to (for a reference: the node holding the reference). */
    readonly node: AstNode;
    /** For a reference or a declaration name: the element named. */
    readonly declaration?: AstNode;
}

/** One source of hover text (markdown); the answers of all contributions are shown together. */
export interface HoverContribution {
    hover(target: HoverTarget): MaybePromise<string | undefined>;
}
