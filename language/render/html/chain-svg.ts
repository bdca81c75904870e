import { attr, escapeHtml } from '../escape.js';
import type { ChainEdge, ChainLayout, ChainNode } from './chain-layout.js';
import { CHAIN_COLUMN_LABELS, CHAIN_GEOMETRY } from './chain-layout.js';

/** Roughly how many characters of 12–13 px text fit in a box, to cut long titles with "…". */
const TITLE_CHARS = 24;
const LINE_CHARS = 30;

/**
 * The chain as an inline SVG drawn by us (no remote library): boxes in four columns, curves
 * for `from` and `delivers`. Colours come from CSS classes, so the theme applies; the full
 * title of a shortened box is in its `<title>` tooltip.
 */
export function renderChainSvg(layout: ChainLayout): string {
    const g = CHAIN_GEOMETRY;
    const headers = CHAIN_COLUMN_LABELS.map(
        (label, column) =>
            `<text class="chain-column" x="${column * (g.columnWidth + g.columnGap) + g.columnWidth / 2}" y="18" text-anchor="middle">${label}</text>`
    ).join('');
    const edges = layout.edges.map(renderEdge).join('');
    const nodes = layout.nodes.map(renderNode).join('');
    return `<svg class="chain-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-label="Chain from inputs to outputs, outcomes and values">
<defs><marker id="chain-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="chain-arrow" d="M0,0 L10,5 L0,10 z"/></marker></defs>
${headers}
<g class="chain-edges">${edges}</g>
<g class="chain-nodes">${nodes}</g>
</svg>`;
}

function renderEdge(edge: ChainEdge): string {
    const g = CHAIN_GEOMETRY;
    const y1 = edge.from.y + g.titleHeight / 2;
    const y2 = edge.to.y + g.titleHeight / 2;
    if (edge.from.column === edge.to.column) {
        // An outcome that builds on another outcome: a loop out to the right of the column.
        const x = edge.from.x + g.columnWidth;
        const bulge = x + g.columnGap * 0.6;
        return `<path class="chain-edge same-column" d="M${x},${y1} C${bulge},${y1} ${bulge},${y2} ${x},${y2}" marker-end="url(#chain-arrow)"/>`;
    }
    const x1 = edge.from.x + g.columnWidth;
    const x2 = edge.to.x;
    const mid = (x1 + x2) / 2;
    return `<path class="chain-edge" d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" marker-end="url(#chain-arrow)"/>`;
}

function renderNode(node: ChainNode): string {
    const g = CHAIN_GEOMETRY;
    const reveal = node.at ? ` ${attr('data-at', `${node.at.line}:${node.at.character}`)}${node.uri ? ' ' + attr('data-uri', node.uri) : ''}` : '';
    const lines = node.lines
        .map(
            (line, index) =>
                `<text class="chain-line" x="${node.x + 10}" y="${node.y + g.titleHeight + index * g.lineHeight + 4}">${escapeHtml(cut(line, LINE_CHARS))}</text>`
        )
        .join('');
    const tooltip = [node.title, node.name !== node.title ? `(${node.name})` : '', ...node.lines].filter(Boolean).join('\n');
    return `<g ${attr('class', `chain-node ${node.state}${node.at ? ' reveal' : ''}`)} ${attr('data-key', node.key)}${reveal}>
<title>${escapeHtml(tooltip)}</title>
<rect x="${node.x}" y="${node.y}" width="${g.columnWidth}" height="${node.height}" rx="6"/>
<text class="chain-title" x="${node.x + 10}" y="${node.y + 19}">${escapeHtml(cut(node.title, TITLE_CHARS))}</text>
${lines}
</g>`;
}

function cut(text: string, max: number): string {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
