import type { DiagnosticCode, Severity } from '../language/diagnostics/codes.js';
import { diagnosticRules } from '../language/diagnostics/codes.js';
import { sectionsOf } from '../cli/formats/sarif-rules.js';
// The published page of every code, bundled as text as for SARIF's rule help
// (cli/formats/sarif-rules.ts): what `explain` says is the page, never a second copy.
import diagnosticsPage from '../docs/diagnostics.md';

export interface CodeHelp {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly summary: string;
    /** What triggers the code, in the page's words. */
    readonly meaning: string;
    /** The page's **Fix:** paragraph. */
    readonly fix: string;
    /** The plan of the page that triggers the code, and the same plan fixed, when the page has them. */
    readonly example?: string;
    readonly fixedExample?: string;
    /** The whole section of docs/diagnostics.md, as markdown. */
    readonly markdown: string;
}

let sections: Map<string, string> | undefined;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
    return Object.hasOwn(diagnosticRules, code);
}

export const allCodes = Object.keys(diagnosticRules) as DiagnosticCode[];

/** The page's section of a code, split into what it means, how to fix it and its examples. */
export function helpOf(code: DiagnosticCode): CodeHelp {
    sections ??= sectionsOf(diagnosticsPage);
    const markdown = sections.get(code) ?? diagnosticRules[code].description;
    // Fenced blocks are the examples; the prose around them says what and how.
    const prose = markdown.replace(/^```[\s\S]*?^```[^\n]*\n?/gm, '');
    const paragraphs = prose
        .split(/\n\s*\n/)
        .map(paragraph => paragraph.trim())
        .filter(paragraph => paragraph !== '');
    const fixAt = paragraphs.findIndex(paragraph => paragraph.startsWith('**Fix:**'));
    const before = fixAt < 0 ? paragraphs : paragraphs.slice(0, fixAt);
    // The first paragraph is the `**Warning**, on the value's name.` line.
    const meaning = before.filter(paragraph => !/^\*\*[A-Z][a-z]+\*\*/.test(paragraph)).join('\n\n');
    const fix =
        fixAt < 0
            ? ''
            : paragraphs
                  .slice(fixAt)
                  .join('\n\n')
                  .replace(/^\*\*Fix:\*\*\s*/, '');
    // ```cop, ```cop fixed, and attributes after them (```cop run=measure: an example with data).
    const blocks = [...markdown.matchAll(/^```cop((?: [\w=.-]+)*)\n([\s\S]*?)^```/gm)];
    const isFixed = (block: RegExpMatchArray) => / fixed\b/.test(block[1] ?? '');
    const example = blocks.find(block => !isFixed(block))?.[2];
    const fixedExample = blocks.find(isFixed)?.[2];
    return {
        code,
        severity: diagnosticRules[code].severity,
        summary: diagnosticRules[code].description,
        meaning: meaning || diagnosticRules[code].description,
        fix,
        ...(example === undefined ? {} : { example }),
        ...(fixedExample === undefined ? {} : { fixedExample }),
        markdown
    };
}
