import { AstUtils, GrammarAST } from 'langium';
import type { CompletionContext, NextFeature } from 'langium/lsp';
import type { Range } from 'vscode-languageserver';

/** Where in the grammar a completion point is: the rule and the assigned property. */
export function grammarPlace(next: NextFeature): { rule?: string; property?: string } {
    const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
    const property = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
    return { rule, property };
}

export interface StringSlot {
    /** What the edit replaces: the whole string under the cursor (quotes included), or nothing. */
    readonly range: Range;
    /** Offset just after the replaced text. */
    readonly end: number;
}

/**
 * The string the cursor is in (on its line), or an empty range at the cursor when it is
 * between tokens. Found from the text rather than from tokens: while people type, the
 * closing quote is often missing and the lexer sees no string at all.
 */
export function stringSlot(context: CompletionContext): StringSlot {
    const text = context.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', context.offset - 1) + 1;
    let start = -1;
    for (let i = lineStart; i < context.offset; i++) {
        if (text[i] === '\\' && start >= 0) i++;
        else if (text[i] === '"') start = start < 0 ? i : -1;
        else if (start < 0 && text.startsWith('//', i)) break;
    }
    if (start < 0) {
        return { range: { start: context.position, end: context.position }, end: context.offset };
    }
    let end = context.offset;
    while (end < text.length && text[end] !== '"' && text[end] !== '\n') {
        end += text[end] === '\\' ? 2 : 1;
    }
    if (text[end] === '"') end++;
    return { range: { start: context.textDocument.positionAt(start), end: context.textDocument.positionAt(end) }, end };
}

/** The text as a .cop string literal. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** True when the words just before the completion point are `keyword` (e.g. `unit`). */
export function follows(context: CompletionContext, keyword: string): boolean {
    const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 200), context.tokenOffset);
    return new RegExp(`(^|[\\s{])${keyword}\\s+$`).test(before);
}
