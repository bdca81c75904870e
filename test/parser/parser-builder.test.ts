import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstNode, CstNode, LangiumCoreServices } from 'langium';
import type { LeafCstNodeImpl } from 'langium';
import { createCompletionParser, createLangiumParser, CstNodeBuilder, CstUtils, isReference } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import type { LangiumParser } from 'langium';
import type { PlanFile } from '../../language/generated/ast.js';
import { CopLangiumParser, writtenLengthLeaf } from '../../language/parser/cop-langium-parser.js';
import { buildCopParserRules } from '../../language/parser/cop-parser-builder.js';
import { createCopCompletionParser, createCopParser } from '../../language/parser/cop-parser.js';
import { mutate } from '../fuzz/mutations.js';
import { prng } from '../helpers/prng.js';
import { createTestServices } from '../helpers/services.js';

const examples = join(import.meta.dirname, '../../examples');
const plans = readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.cop'))
    .map(name => readFileSync(join(examples, name), 'utf8'));

// The parser's rules are built by our builder (language/parser/cop-parser-builder.ts), not
// Langium's, and its `parse` links containers its own way (cop-langium-parser.ts): on clean
// and broken plans alike, it must give what Langium's parser gives.
const random = prng(20261124);

/**
 * Fixed shapes once found by the mutations below, kept so they are tested whatever the
 * mutations produce. A mistyped keyword read as the keyword (`targenit` as `target`, see
 * unknown-words.ts) where what follows does not fit (`members` is no target): recovery ends
 * the indicator at the mistyped word, so the indicator's range ends where that word's leaf ends.
 */
const fixedShapes = [
    'indicator Responders "Practitioners supported" {\n    unit members\n    targenit members\n    target >= 20 by 2027-06\n    compute unique reply\n}\n',
    'members Admins "Admins" {\n    shrt Belonging "Feel they belong"\n}\nmmbers Leads {\n}\n'
];
const texts = [
    ...plans,
    generatePlan(400),
    ...fixedShapes,
    ...plans.flatMap(text => Array.from({ length: 6 }, () => mutate(text, random).text)).filter(text => text.length < 200_000)
];
const services = createTestServices().Cop as LangiumCoreServices;

describe('the .cop parser builder', () => {
    // Both without the guard against stack overflows of createCopParser (tested in test/robust).
    const ours = buildCopParserRules(services.Grammar, new CopLangiumParser(services), services.parser.Lexer.definition);
    ours.finalize();
    let langiums = referenceParser(services);

    test.each(texts.map((text, index) => [index, text] as const))(
        "text %i: the same syntax tree, text positions and syntax errors as Langium's builder",
        (_index, text) => {
            const expected = parseOrOverflow(langiums, text);
            // Langium's parser overflows the stack on some broken plans (thousands of errors in one block).
            if (expected === 'overflow') {
                // It leaves half-built nodes on its stacks: a new one for the next text.
                langiums = referenceParser(services);
                return;
            }
            const actual = ours.parse(text);
            expect(describeTree(actual.value)).toEqual(describeTree(expected.value));
            expect(describeSyntaxNodes(actual.value)).toEqual(describeSyntaxNodes(expected.value));
            expect(actual.parserErrors.map(describeError)).toEqual(expected.parserErrors.map(describeError));
        }
    );

    test('the comparison sees differences: a tree and its parse with one name changed differ', () => {
        const text = plans[0];
        const renamed = text.replace(/\bshort (\w+)/, 'short $1X');
        expect(renamed).not.toBe(text);
        expect(describeTree(ours.parse(renamed).value)).not.toEqual(describeTree(langiums.parse(text).value));
    });

    test('comments are among the texts: the syntax trees hold them', () => {
        const guarded = createCopParser(services);
        const withComments = texts.filter(text => describeSyntaxNodes(guarded.parse(text).value).some(node => node.endsWith('hidden')));
        expect(withComments.length).toBeGreaterThan(5);
    });

    test('broken plans are among the texts: some have syntax errors', () => {
        expect(
            texts.filter(text => {
                const result = parseOrOverflow(createLangiumParser(services), text);
                return result !== 'overflow' && result.parserErrors.length > 0;
            }).length
        ).toBeGreaterThan(5);
    });
});

describe('the completion parser built by it', () => {
    const ours = createCopCompletionParser(services);
    const langiums = createCompletionParser(services);

    test.each(texts.slice(0, plans.length + 6).map((text, index) => [index, text] as const))(
        'text %i: the same grammar elements expected at sampled positions',
        (_index, text) => {
            const step = Math.max(1, Math.floor(text.length / 40));
            for (let offset = 0; offset <= text.length; offset += step) {
                const prefix = text.slice(0, offset);
                const expected = langiums.parse(prefix);
                const actual = ours.parse(prefix);
                expect(actual.tokenIndex).toBe(expected.tokenIndex);
                expect(actual.elementStack).toEqual(expected.elementStack);
            }
        }
    );
});

describe('a keyword read for a typo: where ours deliberately differs from Langium', () => {
    const ours = createCopParser(services);
    const text = fixedShapes[0];
    const typo = text.indexOf('targenit');

    test('ours: the leaf and the indicator that ends at it cover what was written, by offsets and by lines alike', () => {
        const indicator = ours.parse<PlanFile>(text).value.elements[0].$cstNode!;
        expect(indicator.text.endsWith('targenit')).toBe(true);
        const leaf = CstUtils.findLeafNodeAtOffset(indicator, typo)!;
        expect([leaf.offset, leaf.length, leaf.text]).toEqual([typo, 8, 'targenit']);
        expect(leaf.range.end.character - leaf.range.start.character).toBe(leaf.length);
    });

    // If a Langium upgrade makes this fail, Langium takes leaf lengths from the offsets too:
    // then drop `referenceParser`'s builder and compare with `createLangiumParser` as it is.
    test("Langium's own: the leaf is as long as the keyword (6) by its offsets, but as what was written (8) by its lines", () => {
        const leaf = CstUtils.findLeafNodeAtOffset(createLangiumParser(services).parse(text).value.$cstNode!, typo)!;
        expect([leaf.offset, leaf.length, leaf.text]).toEqual([typo, 6, 'targen']);
        expect(leaf.range.end.character - leaf.range.start.character).toBe(8);
    });
});

/**
 * Langium's parser as the reference, with one deliberate difference: a syntax leaf is as long
 * as what was written (its token's offsets), as in ours (CopCstNodeBuilder in
 * cop-langium-parser.ts). The two differ only for a token whose image is not the text it was
 * read from, which only unknown-words.ts makes (a mistyped keyword carries the keyword as its
 * image, so the parser assigns the value meant). Langium takes the length from the image and
 * the line and column from the offsets, so its leaf of `targenit` read as `target` is 6 long
 * (`targen`) by offsets and 8 by lines, and an element that ends at it ends mid-word: not
 * copied. Everything else, this builder included for every other token, is Langium's.
 */
function referenceParser(services: LangiumCoreServices): LangiumParser {
    return Object.assign(createLangiumParser(services), { nodeBuilder: new WrittenLengthNodeBuilder() });
}

class WrittenLengthNodeBuilder extends CstNodeBuilder {
    protected override createLeafNode(token: Parameters<CstNodeBuilder['buildLeafNode']>[0], hidden: boolean): LeafCstNodeImpl {
        return writtenLengthLeaf(token, hidden) ?? super.createLeafNode(token, hidden);
    }
}

function parseOrOverflow(parser: LangiumParser, text: string): ReturnType<LangiumParser['parse']> | 'overflow' {
    try {
        return parser.parse(text);
    } catch (error) {
        if (error instanceof RangeError) return 'overflow';
        throw error;
    }
}

/** Every element with its properties, names of references, and the text range of its syntax node. */
function describeTree(node: AstNode): unknown {
    const described: Record<string, unknown> = { $type: node.$type, $range: rangeOf(node.$cstNode) };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        described[key] = Array.isArray(value) ? value.map(item => describeValue(item, node)) : describeValue(value, node);
    }
    return described;
}

function describeValue(value: unknown, parent: AstNode): unknown {
    if (isReference(value)) return { $refText: value.$refText, $range: rangeOf(value.$refNode) };
    if (typeof value === 'object' && value !== null && '$type' in value) {
        const node = value as AstNode;
        // Each element knows its container: checked here, where both sides can be seen.
        return {
            ...(describeTree(node) as object),
            $inParent: node.$container === parent,
            $containerProperty: node.$containerProperty,
            $containerIndex: node.$containerIndex
        };
    }
    return value;
}

/** Every syntax node in order, comments included: where it is, and whether it is a comment or a composite. */
function describeSyntaxNodes(root: AstNode): string[] {
    return CstUtils.streamCst(root.$cstNode!)
        .map(node => `${rangeOf(node)}${node.hidden ? ' hidden' : ''}${'content' in node ? ` (${(node as { content: unknown[] }).content.length})` : ''}`)
        .toArray();
}

function rangeOf(node: CstNode | undefined): string | undefined {
    return node ? `${node.offset}+${node.length}` : undefined;
}

function describeError(error: { name: string; message: string; token: { startOffset: number } }): string {
    return `${error.name} at ${error.token.startOffset}: ${error.message}`;
}
