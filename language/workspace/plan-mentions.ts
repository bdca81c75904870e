import type { Lexer } from 'langium';

/**
 * What the tokens of a plan say about its links, without parsing it: the names it may be
 * called (a word after `plan` outside every block) and the plans it may refer to (the word
 * before the `.` of `Plan.Element`). Both may hold more than the parser would find (a word
 * after `plan` in a broken file, `X.Y` where no reference is written), never less, so the
 * plans chosen with them are a superset of the ones a plan's references reach.
 */
export interface PlanMentions {
    readonly names: ReadonlySet<string>;
    readonly referred: ReadonlySet<string>;
}

const WORD = /^[_a-zA-Z]\w*$/;

export function planMentions(lexer: Lexer, text: string): PlanMentions {
    const names = new Set<string>();
    const referred = new Set<string>();
    const tokens = lexer.tokenize(text).tokens;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const kind = token.tokenType.name;
        if (kind === '{') depth++;
        else if (kind === '}') depth = Math.max(0, depth - 1);
        else if (kind === 'plan' && depth === 0 && i + 1 < tokens.length && WORD.test(tokens[i + 1].image)) names.add(tokens[i + 1].image);
        else if (kind === '.' && i > 0 && WORD.test(tokens[i - 1].image)) referred.add(tokens[i - 1].image);
    }
    return { names, referred };
}

/**
 * Which of `others` the plans `named` need to be linked with (the CLI's neighbours):
 * - the plans they refer to, and the ones those refer to in turn;
 * - the plans sharing a name with any of those (two plans of one name are an error the
 *   named plan must show);
 * - the plans that refer to a named plan (an indicator used only by another plan is used),
 *   with what they refer to.
 * The rest of a workspace is never parsed: `cop check plan.cop` in a folder of thousands of
 * plans parses the few it reaches, as `tsc file.ts` reads what the file imports. Takes what
 * `planMentions` found in each plan, so that a caller need not keep every text; returns
 * indexes into `others`, in order.
 */
export function plansReached(named: readonly PlanMentions[], others: readonly PlanMentions[]): number[] {
    const byName = new Map<string, number[]>();
    others.forEach((found, index) => {
        for (const name of found.names) {
            const list = byName.get(name);
            if (list) list.push(index);
            else byName.set(name, [index]);
        }
    });
    const wanted: string[] = [];
    const seen = new Set<string>();
    const want = (found: PlanMentions) => {
        for (const set of [found.names, found.referred]) {
            for (const name of set) {
                if (!seen.has(name)) {
                    seen.add(name);
                    wanted.push(name);
                }
            }
        }
    };
    const taken = new Set<number>();
    const take = (index: number) => {
        if (taken.has(index)) return;
        taken.add(index);
        want(others[index]);
    };
    named.forEach(want);
    const namedNames = new Set(named.flatMap(found => [...found.names]));
    others.forEach((found, index) => {
        for (const name of found.referred) if (namedNames.has(name)) take(index);
    });
    // `wanted` grows as plans are taken: each name is followed once.
    for (let w = 0; w < wanted.length; w++) for (const index of byName.get(wanted[w]) ?? []) take(index);
    return [...taken].sort((a, b) => a - b);
}
