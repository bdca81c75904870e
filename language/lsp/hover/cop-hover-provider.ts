import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CopServices } from '../../cop-module.js';
import type { HoverContribution } from './hover-contribution.js';
import { createHoverContributions } from './hover-contributions.js';

/**
 * Hover for plans: finds the token under the mouse (keyword, name or reference) and asks
 * every contribution for markdown.
 */
export class CopHoverProvider implements HoverProvider {
    private readonly contributions: HoverContribution[];
    private readonly references;

    constructor(services: CopServices) {
        this.contributions = createHoverContributions(services);
        this.references = services.references.References;
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
        if (!leaf) return undefined;
        const declaration = this.references.findDeclarations(leaf)?.[0];
        // Several contributions may know something of the same element (the catalog's
        // description of an indicator, its latest actual): show them all, in list order.
        const parts: string[] = [];
        for (const contribution of this.contributions) {
            const markdown = await contribution.hover({ document, leaf, node: leaf.astNode, declaration });
            if (markdown) parts.push(markdown);
        }
        if (parts.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: leaf.range };
    }
}
