import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { HoverTarget } from './hover-contribution.js';
import type { CopServices } from '../../cop-module.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';

/** The AST nodes, in any plan of the workspace, that hold a reference to `node`. */
export function referrersOf(services: CopServices, node: AstNode): AstNode[] {
    const documents = services.shared.workspace.LangiumDocuments;
    const result: AstNode[] = [];
    for (const reference of services.references.References.findReferences(node, { includeDeclaration: false })) {
        const document = documents.getDocument(reference.sourceUri);
        const source = document && services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, reference.sourcePath);
        if (source) result.push(source);
    }
    return result;
}

/** `Name` ("Title") in markdown, the title escaped. */
export function named(node: { name?: string; title?: string }): string {
    return node.title ? `${codeSpan(node.name ?? '')} ("${escapeMarkdown(node.title)}")` : codeSpan(node.name ?? '');
}

/**
 * True when the mouse is on the title string of the node. Keywords are left to the guidance
 * hover; names and references come as `declaration`.
 */
export function isTitleLeaf(target: HoverTarget): boolean {
    const title = target.node.$cstNode && GrammarUtils.findNodeForProperty(target.node.$cstNode, 'title');
    return title !== undefined && title.offset === target.leaf.offset;
}
