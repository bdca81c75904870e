import type { IndicatorLike, ValueLike } from '../../catalog/catalog-index.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';

/** Markdown describing a catalog indicator, for completion items and hovers. */
export function indicatorDocumentation(indicator: IndicatorLike): string {
    const lines = [
        `**${escapeMarkdown(indicator.title)}** — ${indicator.kind}${indicator.unit ? `, unit ${codeSpan(indicator.unit)}` : ''}`,
        '',
        escapeMarkdown(indicator.description)
    ];
    if ('formula' in indicator && indicator.formula) lines.push('', `Formula: ${escapeMarkdown(indicator.formula)}`);
    if (indicator.cycles.length > 0)
        lines.push('', `Evidences the ${list(indicator.cycles.map(escapeMarkdown))} ${indicator.cycles.length > 1 ? 'cycles' : 'cycle'}.`);
    lines.push('', `_Source: ${escapeMarkdown(indicator.source)} (${escapeMarkdown(indicator.origin)})_`);
    return lines.join('\n');
}

export function valueDocumentation(value: ValueLike): string {
    const lines = [`**${escapeMarkdown(value.title)}** — ${value.side === 'members' ? 'member' : 'organization'} value, ${value.term} term`];
    if (value.description) lines.push('', escapeMarkdown(value.description));
    lines.push('', `_Source: ${escapeMarkdown(value.source)} (${escapeMarkdown(value.origin)})_`);
    return lines.join('\n');
}

export function list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
