import type { DiagnosticCode, Severity } from '../../language/diagnostics/codes.js';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
// The published page of every code, bundled as text (esbuild's text loader; see
// scripts/build.mjs): the help GitHub shows beside an alert is the page's own section, so
// the two never disagree.
import diagnosticsPage from '../../docs/diagnostics.md';

declare const __COP_REPOSITORY__: string;

/** The project's home on GitHub, from package.json's `repository` (set at build time). */
export const repositoryUrl = typeof __COP_REPOSITORY__ === 'string' ? __COP_REPOSITORY__ : 'https://github.com/cop-tools/cop-lang';

export const sarifLevels: Record<Severity, 'error' | 'warning' | 'note'> = {
    error: 'error',
    warning: 'warning',
    information: 'note',
    hint: 'note'
};

export const ruleIds = Object.keys(diagnosticRules) as DiagnosticCode[];

/** `https://github.com/…/blob/main/docs/diagnostics.md#CODE`: the code's own section. */
export function helpUriOf(code: string): string {
    return `${repositoryUrl}/blob/main/docs/diagnostics.md#${code}`;
}

/** One SARIF reportingDescriptor per code of the closed set, in the order of codes.ts. */
export function sarifRules(): object[] {
    const sections = sectionsOf(diagnosticsPage);
    return ruleIds.map(id => {
        const { severity, description } = diagnosticRules[id];
        const markdown = absoluteLinks(sections.get(id) ?? description);
        return {
            id,
            // SARIF wants `name` to differ from `id`; a readable title in words does.
            name: titleOf(id),
            shortDescription: { text: plainText(description) },
            fullDescription: { text: plainText(firstParagraph(markdown) ?? description).replace(/\s*\n\s*/g, ' ') },
            help: { text: plainText(markdown), markdown },
            helpUri: helpUriOf(id),
            defaultConfiguration: { level: sarifLevels[severity] }
        };
    });
}

/** Links of the page relative to docs/, made absolute: the help is read on GitHub's alert page. */
function absoluteLinks(markdown: string): string {
    const docs = `${repositoryUrl}/blob/main/docs/`;
    return markdown.replace(/\]\((?![a-z]+:)([^)]*)\)/g, (_, target: string) => `](${docs}${target.startsWith('#') ? `diagnostics.md${target}` : target})`);
}

/** `## code` headings of the page, each with the markdown under it. */
export function sectionsOf(page: string): Map<string, string> {
    const sections = new Map<string, string>();
    const parts = page.split(/^## /m).slice(1);
    for (const part of parts) {
        const newline = part.indexOf('\n');
        const heading = part.slice(0, newline < 0 ? undefined : newline).trim();
        const body = newline < 0 ? '' : part.slice(newline + 1).trim();
        sections.set(heading.replace(/^`|`$/g, ''), body);
    }
    return sections;
}

/** Names SARIF readers show: PascalCase, and never the id itself (SARIF1001). */
const names: Record<string, string> = { unmeasured: 'UnmeasuredElement' };

function titleOf(code: string): string {
    const pascal = code.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
    return names[code] ?? (pascal.toLowerCase() === code ? `${pascal}Check` : pascal);
}

/** What triggers the code: the section's first paragraph after its `**Severity**, on …` line. */
function firstParagraph(markdown: string): string | undefined {
    return markdown.split(/\n\s*\n/).find(paragraph => !/^(```|\||\*\*)/.test(paragraph));
}

/**
 * Markdown read as plain text: a fenced block becomes indented lines (after its file name,
 * `json file=catalog.json`, when it has one), backticks, emphasis and links are undone.
 */
function plainText(markdown: string): string {
    const lines: string[] = [];
    let inFence = false;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('```')) {
            const file = /\bfile=(\S+)/.exec(line)?.[1];
            if (!inFence && file) lines.push(`${file}:`);
            inFence = !inFence;
            continue;
        }
        lines.push(inFence ? `    ${line}` : inline(line));
    }
    return lines.join('\n');
}

function inline(text: string): string {
    return text
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1');
}
