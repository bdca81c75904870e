import { AstUtils } from 'langium';
import { isKpi } from '../../generated/ast.js';
import { insertLinesInBlock } from './block-edits.js';
import type { QuickFix } from './quick-fix.js';

/** Quick fixes for kpis. */

/**
 * `impact-unadjusted`: add a conservative attribution range, the adjustment a finance
 * partner asks for first; the author narrows it (or adds deadweight) from there.
 */
export const addAttribution: QuickFix = ({ node, document }) => {
    const kpi = AstUtils.getContainerOfType(node, isKpi);
    const edit = kpi && insertLinesInBlock(document, kpi, ['attribution 0%..30%']);
    return edit ? [{ title: `Add \`attribution 0%..30%\` to \`${kpi.name}\``, edits: [edit] }] : [];
};
