/**
 * A small TextMate tokenizer for tests: enough of the format for this grammar (match rules
 * with captures, begin/end rules on one line, includes). Like TextMate, at each position the
 * rule whose match starts first wins, ties going to the earlier rule.
 */
interface Rule {
    name?: string;
    match?: string;
    begin?: string;
    end?: string;
    captures?: Record<string, { name: string }>;
    beginCaptures?: Record<string, { name: string }>;
    endCaptures?: Record<string, { name: string }>;
    patterns?: Rule[];
    include?: string;
}

export interface Grammar {
    patterns: Rule[];
    repository: Record<string, Rule>;
}

export interface Token {
    text: string;
    scope: string;
}

function flatten(rules: Rule[], grammar: Grammar): Rule[] {
    return rules.flatMap(rule => {
        if (rule.include) return flatten([grammar.repository[rule.include.slice(1)]], grammar);
        if (!rule.match && !rule.begin && rule.patterns) return flatten(rule.patterns, grammar);
        return [rule];
    });
}

function substitute(scope: string, match: RegExpExecArray): string {
    return scope.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
}

/** Tokens of one line, each with its innermost scope; unscoped text (spaces) is left out. */
export function tokenizeLine(grammar: Grammar, line: string): Token[] {
    const rules = flatten(grammar.patterns, grammar);
    const tokens: Token[] = [];
    let position = 0;
    while (position < line.length) {
        let best: { rule: Rule; match: RegExpExecArray } | undefined;
        for (const rule of rules) {
            const regex = new RegExp(rule.match ?? rule.begin!, 'dg');
            regex.lastIndex = position;
            const match = regex.exec(line);
            if (match && match[0].length > 0 && (!best || match.index < best.match.index)) best = { rule, match };
        }
        if (!best) break;
        const { rule, match } = best;
        if (rule.match) {
            pushCaptures(tokens, line, match, rule.captures, rule.name);
            position = match.index + match[0].length;
        } else {
            const start = match.index;
            pushCaptures(tokens, line, match, rule.beginCaptures, rule.name);
            const end = new RegExp(`${rule.end!}`, 'dg');
            const inner = rule.patterns ? flatten(rule.patterns, grammar) : [];
            let cursor = start + match[0].length;
            for (;;) {
                end.lastIndex = cursor;
                const endMatch = end.exec(line);
                const innerMatch = inner
                    .map(r => {
                        const re = new RegExp(r.match!, 'dg');
                        re.lastIndex = cursor;
                        return { r, m: re.exec(line) };
                    })
                    .filter(x => x.m && (!endMatch || x.m.index < endMatch.index))[0];
                if (innerMatch?.m) {
                    if (innerMatch.m.index > cursor) tokens.push({ text: line.slice(cursor, innerMatch.m.index), scope: rule.name! });
                    tokens.push({ text: innerMatch.m[0], scope: innerMatch.r.name! });
                    cursor = innerMatch.m.index + innerMatch.m[0].length;
                    continue;
                }
                const stop = endMatch ? endMatch.index : line.length;
                if (stop > cursor) tokens.push({ text: line.slice(cursor, stop), scope: rule.name! });
                if (endMatch && endMatch[0].length) pushCaptures(tokens, line, endMatch, rule.endCaptures, rule.name);
                position = endMatch ? endMatch.index + endMatch[0].length : line.length;
                break;
            }
            if (position <= start) position = start + 1;
        }
    }
    return tokens;
}

function pushCaptures(tokens: Token[], line: string, match: RegExpExecArray, captures: Rule['captures'], whole?: string): void {
    if (!captures) {
        tokens.push({ text: match[0], scope: whole ? substitute(whole, match) : '' });
        return;
    }
    if (captures['0']) {
        tokens.push({ text: match[0], scope: substitute(captures['0'].name, match) });
        return;
    }
    for (let group = 1; group < match.length; group++) {
        const capture = captures[String(group)];
        const span = match.indices?.[group];
        if (capture && span) tokens.push({ text: line.slice(span[0], span[1]), scope: substitute(capture.name, match) });
    }
}
