import type { AstNode, AstReflection, LangiumCoreServices, LexerResult, ParseResult, ParserOptions, ValueConverter } from 'langium';
import { CstNodeBuilder, DatatypeSymbol, isAstNode, LangiumParser, LeafCstNodeImpl } from 'langium';

/** The parts of Langium 4's `LangiumParser` used here that TypeScript calls private. */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexerResult: LexerResult | undefined;
    stack: Array<AstNode & Record<string, unknown>>;
    operatorPrecedence: Map<string, unknown>;
    converter: ValueConverter;
    astReflection: AstReflection;
    doParse(rule: unknown): AstNode;
    constructInfix(node: AstNode, precedence: unknown): unknown;
    extractHiddenTokens(token: LexerResult['tokens'][number]): LexerResult['hidden'];
}

/** No comments before a token: one shared empty list (nothing adds to it: see CopCstNodeBuilder). */
const NO_HIDDEN_TOKENS: LexerResult['hidden'] = Object.freeze([]) as unknown as LexerResult['hidden'];

/**
 * Langium's parser, with three of its steps done without work that is wasted on .cop plans
 * (together 15 ms and 10 MB of garbage on a 10,000-line plan):
 * - linking each element to its container without listing every element's properties with
 *   `Object.entries` (Langium's `linkContentToContainer`);
 * - filling the default values of a new element (empty lists, `false`) from a list made once
 *   per element type, not from `Object.values` of the type's properties each time;
 * - adding no comments before a token that has none (Langium makes two arrays for them and
 *   searches the syntax tree for where they would go, for every token).
 * The methods are Langium 4.4's otherwise, step for step; test/parser/parser-builder.test.ts
 * compares trees, containers, positions and errors with Langium's own parser, so a Langium
 * upgrade that changes them fails there.
 */
export class CopLangiumParser extends LangiumParser {
    private readonly defaultsOf = new Map<string, readonly DefaultValue[]>();

    constructor(services: LangiumCoreServices) {
        super(services);
        const self = this as unknown as ParserInternals & { construct(): unknown };
        self.nodeBuilder = new CopCstNodeBuilder();
        // Langium's `construct` and `extractHiddenTokens` are private to TypeScript: replaced on the instance.
        self.construct = () => this.constructElement();
        const extractHiddenTokens = self.extractHiddenTokens;
        self.extractHiddenTokens = token => {
            const hidden = self.lexerResult!.hidden;
            return hidden.length === 0 || hidden[0].startOffset > token.startOffset ? NO_HIDDEN_TOKENS : extractHiddenTokens.call(this, token);
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as ParserInternals;
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = (self.lexerResult = this.lexer.tokenize(input));
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = self.doParse(ruleMethod);
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: this.wrapper.errors
        };
    }

    /** Ends the element being built (Langium's `construct`, with the defaults from a list per type). */
    private constructElement(): unknown {
        if (this.isRecording()) return undefined;
        const self = this as unknown as ParserInternals;
        const node = self.stack.pop()!;
        self.nodeBuilder.construct(node as Parameters<CstNodeBuilder['construct']>[0]);
        if ('$infixName' in node) return self.constructInfix(node, self.operatorPrecedence.get(node.$infixName as string));
        if (node.$type === (DatatypeSymbol as unknown)) return self.converter.convert(node.value as string, node.$cstNode!);
        const defaults = this.defaults(node.$type);
        // An indexed loop: this runs for every element, mostly before V8 optimises it.
        for (let i = 0; i < defaults.length; i++) {
            const { property, value } = defaults[i];
            if (node[property] === undefined) node[property] = copyDefault(value);
        }
        return node;
    }

    /** The properties of a type that have a default value, with it (as `assignMandatoryProperties` finds them). */
    private defaults(type: string): readonly DefaultValue[] {
        let defaults = this.defaultsOf.get(type);
        if (!defaults) {
            const properties = (this as unknown as ParserInternals).astReflection.getTypeMetaData(type).properties;
            defaults = Object.values(properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => ({ property: property.name, value: property.defaultValue }));
            this.defaultsOf.set(type, defaults);
        }
        return defaults;
    }
}

interface DefaultValue {
    readonly property: string;
    readonly value: unknown;
}

/** A fresh copy of a default value: lists are never shared between elements. */
function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

/**
 * Langium's node builder, which leaves the tree alone when a token has no comments before it,
 * and takes a token's length from its offsets: a mistyped keyword read as the keyword
 * (unknown-words.ts) has the keyword as its image, so that `side` or `term` get the value
 * meant, but keeps the place and length of what was written.
 *
 * Langium's own builder takes a leaf's length from the image but its line and column from the
 * offsets: its leaf of `targenit` read as `target` is `targen` by offset and length and
 * `targenit` by lines, and an element that error recovery ends at that leaf ends mid-word
 * (an indicator 2 characters short). That is not copied; test/parser/parser-builder.test.ts
 * compares with Langium's parser given this one leaf rule, and checks Langium's difference.
 */
class CopCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: Parameters<CstNodeBuilder['addHiddenNodes']>[0]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }

    protected override createLeafNode(token: LeafToken, hidden: boolean): LeafCstNodeImpl {
        return writtenLengthLeaf(token, hidden) ?? super.createLeafNode(token, hidden);
    }
}

/** Sets `$container`, `$containerProperty` and `$containerIndex` of every element below `root`. */
export function linkContainers(root: AstNode): void {
    const stack: AstNode[] = [root];
    const link = (child: AstNode, container: AstNode, property: string, index?: number): void => {
        // The container properties are read-only to everyone but the parser.
        const writable = child as { -readonly [K in keyof AstNode]: AstNode[K] };
        writable.$container = container;
        writable.$containerProperty = property;
        if (index !== undefined) writable.$containerIndex = index;
        stack.push(child);
    };
    while (stack.length > 0) {
        const node = stack.pop() as AstNode & Record<string, unknown>;
        for (const property in node) {
            if (property.charCodeAt(0) === 36) continue; // `$type`, `$container`, `$cstNode`, …
            const value = node[property];
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item: unknown = value[index];
                    if (isAstNode(item)) link(item, node, property, index);
                }
            } else if (isAstNode(value)) {
                link(value, node, property);
            }
        }
    }
}

type LeafToken = Parameters<CstNodeBuilder['buildLeafNode']>[0];

/**
 * Langium's leaf of a token whose image is not what was written (a mistyped keyword read as
 * the keyword), with the written length; undefined for every other token, which Langium's
 * own leaf fits. Shared with the parser comparison (test/parser/parser-builder.test.ts).
 */
export function writtenLengthLeaf(token: LeafToken, hidden: boolean): LeafCstNodeImpl | undefined {
    const written = token.endOffset! - token.startOffset + 1;
    if (written === token.image.length) return undefined;
    return new LeafCstNodeImpl(
        token.startOffset,
        written,
        token.startLine! - 1,
        token.startColumn! - 1,
        token.endLine! - 1,
        token.endColumn!,
        token.tokenType,
        hidden
    );
}
