import type { AstNode, GrammarAST } from 'langium';
import { GrammarAST as Ast, GrammarUtils, isAstNode } from 'langium';

/**
 * Walks over the grammar that the token builder and the parser builder make on every start
 * (about 6 ms of each `cop` run through Langium's streams): the same nodes in the same order
 * as `AstUtils.streamAllContents` and `GrammarUtils.getAllReachableRules`, by plain recursion,
 * and the reachable rules found once per grammar for both builders.
 */

/** Calls `visit` on every node below `node` (not `node` itself), in the order of `AstUtils.streamAllContents`. */
export function forEachContent(node: AstNode, visit: (node: AstNode) => void): void {
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) {
            visit(value);
            forEachContent(value, visit);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (!isAstNode(element)) continue;
                visit(element);
                forEachContent(element, visit);
            }
        }
    }
}

const reachableByGrammar = new WeakMap<GrammarAST.Grammar, ReadonlySet<GrammarAST.AbstractRule>>();

/** `GrammarUtils.getAllReachableRules(grammar, false)`: the rules the entry rule and the hidden terminals reach, in the grammar's order. */
export function reachableRules(grammar: GrammarAST.Grammar): ReadonlySet<GrammarAST.AbstractRule> {
    let rules = reachableByGrammar.get(grammar);
    if (!rules) {
        rules = findReachableRules(grammar);
        reachableByGrammar.set(grammar, rules);
    }
    return rules;
}

function findReachableRules(grammar: GrammarAST.Grammar): ReadonlySet<GrammarAST.AbstractRule> {
    const entry = GrammarUtils.getEntryRule(grammar);
    if (!entry) return new Set(grammar.rules);
    const names = new Set<string>();
    const visitRule = (rule: GrammarAST.AbstractRule) => {
        names.add(rule.name);
        forEachContent(rule, node => {
            if (!Ast.isRuleCall(node)) return;
            const called = node.rule.ref;
            if (called && !names.has(called.name)) visitRule(called);
        });
    };
    for (const rule of [entry, ...GrammarUtils.getHiddenRules(grammar)]) visitRule(rule);
    return new Set(grammar.rules.filter(rule => names.has(rule.name) || (Ast.isTerminalRule(rule) && rule.hidden)));
}
