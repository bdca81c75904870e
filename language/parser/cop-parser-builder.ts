import type { BaseParser, LangiumCoreServices } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { reachableRules } from './grammar-walk.js';

const Ast = GrammarAST;

/** The lexer's tokens by name (Chevrotain's type; chevrotain is not our dependency). */
type TokenTypeDictionary = LangiumCoreServices['parser']['Lexer']['definition'];

/** A parsing step: consumes tokens, builds syntax nodes through the parser. */
type Step = () => void;

/** Rule parameters: the .cop grammar has none, so every rule is called with the same empty set. */
const NO_ARGUMENTS: Readonly<Record<string, boolean>> = Object.freeze({});

interface BuildContext {
    readonly parser: BaseParser;
    readonly tokens: TokenTypeDictionary;
    // Occurrence numbers of each kind of step within a rule, as Chevrotain needs them.
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

/**
 * Turns the grammar into the parser's rules: what Langium's `createParser` does, for the
 * grammar features the .cop language uses, without allocating on every step.
 *
 * Langium's builder is written for every grammar: on each call of a choice it builds a new
 * array of alternatives with a closure per alternative (to pass rule parameters along), on
 * each repetition a new options object, on each rule call a new parameter object, and runs
 * groups through `forEach` with a closure. Parsing a 10,000-line plan made 10 MB of garbage
 * that way. The .cop grammar has no rule parameters, guards, unordered groups or infix rules,
 * so every step here is built once and called without allocating.
 *
 * Steps are numbered in the order Langium numbers them (depth first, a choice after its
 * alternatives), so Chevrotain sees the same grammar. A grammar feature this builder does not
 * support fails loudly when the parser is built: every test then fails, not a plan.
 */
export function buildCopParserRules<T extends BaseParser>(grammar: GrammarAST.Grammar, parser: T, tokens: TokenTypeDictionary): T {
    const reachable = reachableRules(grammar);
    for (const rule of grammar.rules) {
        if (!reachable.has(rule)) continue;
        if (Ast.isInfixRule(rule)) unsupported('infix rules', rule.name);
        if (!Ast.isParserRule(rule)) continue;
        if (rule.parameters.length > 0) unsupported('rule parameters', rule.name);
        const context: BuildContext = { parser, tokens, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement(context, rule.definition));
    }
    return parser;
}

function buildElement(context: BuildContext, element: GrammarAST.AbstractElement): Step {
    if (Ast.isGroup(element) && element.guardCondition) unsupported('guard conditions', ruleOf(element));
    return repeated(context, buildStep(context, element), element.cardinality);
}

function buildStep(context: BuildContext, element: GrammarAST.AbstractElement): Step {
    const { parser } = context;
    if (Ast.isKeyword(element)) {
        const index = context.consume++;
        const token = tokenOf(context, element.value);
        return () => parser.consume(index, token, element);
    }
    if (Ast.isAction(element)) {
        const type = GrammarUtils.getTypeName(element);
        return () => parser.action(type, element);
    }
    if (Ast.isAssignment(element)) return buildElement(context, element.terminal);
    if (Ast.isCrossReference(element)) return buildCrossReference(context, element);
    if (Ast.isRuleCall(element)) return buildRuleCall(context, element);
    if (Ast.isAlternatives(element)) return buildAlternatives(context, element);
    if (Ast.isGroup(element)) return buildGroup(context, element);
    return unsupported(`${element.$type} elements`, ruleOf(element));
}

function buildRuleCall(context: BuildContext, call: GrammarAST.RuleCall): Step {
    const rule = call.rule.ref;
    if (Ast.isParserRule(rule)) {
        if (call.arguments.length > 0) unsupported('rule arguments', ruleOf(call));
        return callRule(context, rule, rule.fragment, call);
    }
    if (Ast.isTerminalRule(rule)) return consumeTerminal(context, rule, call);
    return unsupported(`a call of ${call.rule.$refText}`, ruleOf(call));
}

/** A reference is parsed by the rule or terminal that reads its name (`[Value:QualifiedName]`). */
function buildCrossReference(context: BuildContext, reference: GrammarAST.CrossReference): Step {
    const terminal = reference.terminal ?? nameTerminalOf(reference);
    if (Ast.isRuleCall(terminal) && Ast.isParserRule(terminal.rule.ref)) return callRule(context, terminal.rule.ref, false, reference);
    if (Ast.isRuleCall(terminal) && Ast.isTerminalRule(terminal.rule.ref)) return consumeTerminal(context, terminal.rule.ref, reference);
    if (Ast.isKeyword(terminal)) {
        const index = context.consume++;
        const token = tokenOf(context, terminal.value);
        return () => context.parser.consume(index, token, reference);
    }
    return unsupported('this kind of reference', ruleOf(reference));
}

function nameTerminalOf(reference: GrammarAST.CrossReference): GrammarAST.AbstractElement | undefined {
    const type = reference.type.ref;
    return type ? GrammarUtils.findNameAssignment(type)?.terminal : undefined;
}

function callRule(context: BuildContext, rule: GrammarAST.ParserRule, fragment: boolean, feature: GrammarAST.AbstractElement): Step {
    const { parser } = context;
    const index = context.subrule++;
    // Rules are defined one after another: a rule called before its own definition is looked up on first use.
    let implementation: ReturnType<BaseParser['rule']> | undefined;
    return () => {
        implementation ??= ruleNamed(parser, rule.name);
        parser.subrule(index, implementation, fragment, feature, NO_ARGUMENTS);
    };
}

function consumeTerminal(context: BuildContext, rule: GrammarAST.TerminalRule, feature: GrammarAST.AbstractElement): Step {
    const index = context.consume++;
    const token = tokenOf(context, rule.name);
    return () => context.parser.consume(index, token, feature);
}

function buildAlternatives(context: BuildContext, alternatives: GrammarAST.Alternatives): Step {
    if (alternatives.elements.length === 1) return buildElement(context, alternatives.elements[0]);
    // Chevrotain reads `ALT` from each choice: the choices are made once, not per call.
    const choices = alternatives.elements.map(element => ({ ALT: buildElement(context, element) }));
    const index = context.or++;
    const { parser } = context;
    return () => parser.alternatives(index, choices);
}

function buildGroup(context: BuildContext, group: GrammarAST.Group): Step {
    const steps = group.elements.map(element => buildElement(context, element));
    return () => {
        for (let i = 0; i < steps.length; i++) steps[i]();
    };
}

/** `x?`, `x*`, `x+` around a step. */
function repeated(context: BuildContext, step: Step, cardinality: GrammarAST.AbstractElement['cardinality']): Step {
    const { parser } = context;
    const body = { DEF: step };
    switch (cardinality) {
        case undefined:
            return step;
        case '?': {
            const index = context.optional++;
            return () => parser.optional(index, body);
        }
        case '*': {
            const index = context.many++;
            return () => parser.many(index, body);
        }
        case '+': {
            const index = context.many++;
            return () => parser.atLeastOne(index, body);
        }
    }
}

function ruleNamed(parser: BaseParser, name: string): ReturnType<BaseParser['rule']> {
    const rule = parser.getRule(name);
    if (!rule) throw new Error(`The .cop parser has no rule "${name}".`);
    return rule;
}

function tokenOf(context: BuildContext, name: string): TokenTypeDictionary[string] {
    const token = context.tokens[name];
    if (!token) throw new Error(`The .cop lexer has no token "${name}".`);
    return token;
}

function ruleOf(element: GrammarAST.AbstractElement): string {
    return AstUtils.getContainerOfType(element, Ast.isParserRule)?.name ?? '?';
}

function unsupported(feature: string, rule: string): never {
    throw new Error(`The .cop parser builder does not support ${feature} (rule ${rule}); extend language/parser/cop-parser-builder.ts for them.`);
}
