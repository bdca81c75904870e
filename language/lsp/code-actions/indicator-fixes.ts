import { AstUtils } from 'langium';
import { isIndicator } from '../../generated/ast.js';
import { insertLinesInBlock } from './block-edits.js';
import type { QuickFix } from './quick-fix.js';

/** Quick fixes for indicators. */

/** `indicator-without-data`: add a `data` line with a placeholder to write over. */
export const addDataLine: QuickFix = ({ node, document }) => {
    const indicator = AstUtils.getContainerOfType(node, isIndicator);
    const edit = indicator && insertLinesInBlock(document, indicator, ['data "TODO: where the numbers or observations come from"']);
    return edit ? [{ title: `Add a \`data\` line to \`${indicator.name}\``, edits: [edit] }] : [];
};

/** `unknown-catalog-entry`: use one of the nearest catalog titles the check suggested. */
export const useCatalogTitle: QuickFix = ({ node, diagnostic }) => {
    const indicator = AstUtils.getContainerOfType(node, isIndicator);
    const suggestions = (diagnostic.data as { suggestions?: unknown } | undefined)?.suggestions;
    if (!indicator || !Array.isArray(suggestions)) return [];
    return suggestions
        .filter((title): title is string => typeof title === 'string')
        .map(title => ({
            title: `Use the catalog title "${title}"`,
            edits: [{ range: diagnostic.range, newText: JSON.stringify(title) }]
        }));
};
