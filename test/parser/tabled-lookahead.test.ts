import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstNode, LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { CstUtils, isReference } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { buildCopCompletionParser, buildCopParser, lookaheadFor } from '../../language/parser/cop-parser.js';
import { CopCompletionLookahead, CopLookahead } from '../../language/parser/generated/lookahead.js';
import { recordLookahead } from '../../language/parser/record-lookahead.js';
import type { LookaheadTable } from '../../language/parser/tabled-lookahead.js';
import { mutate } from '../fuzz/mutations.js';
import { prng } from '../helpers/prng.js';
import { createTestServices } from '../helpers/services.js';

// The parser decides from a table recorded when the project is built
// (language/parser/tabled-lookahead.ts): it must be the table of this grammar, in use, and
// parse every text as the lookahead Langium computes at start does.
const services = createTestServices().Cop as LangiumCoreServices;
const examples = join(import.meta.dirname, '../../examples');
const plans = readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.cop'))
    .map(name => readFileSync(join(examples, name), 'utf8'));
const random = prng(20261204);
const texts = [
    ...plans,
    generatePlan(400),
    // Broken plans, and plans cut short (the end of the text is a token the table answers for).
    ...plans.flatMap(text => Array.from({ length: 4 }, () => mutate(text, random).text)).filter(text => text.length < 200_000),
    ...plans.flatMap(text => [0.2, 0.5, 0.9].map(share => text.slice(0, Math.floor(text.length * share))))
];

describe('the lookahead table', () => {
    let tabled = buildCopParser(services, lookaheadFor(services, CopLookahead));
    let live = buildCopParser(services, lookaheadFor(services, undefined));

    test('is the table of this grammar: recording it again gives the same decisions', () => {
        const { live, ...recorded } = recordLookahead(services);
        expect(live).toEqual([]);
        expect(CopLookahead).toBeDefined();
        expect(recorded).toEqual(CopLookahead);
    });

    test('is in use by the parser the services build', () => {
        const lookahead = lookaheadFor(services, CopLookahead);
        buildCopParser(services, lookahead);
        expect(lookahead.tableInUse).toBe(true);
    });

    test('is not used for another grammar: a table with another fingerprint falls back to computing', () => {
        const stale: LookaheadTable = { ...CopLookahead!, fingerprint: 'another grammar' };
        const lookahead = lookaheadFor(services, stale);
        const parser = buildCopParser(services, lookahead);
        expect(lookahead.tableInUse).toBe(false);
        expect(parser.parse(plans[0]).parserErrors).toEqual([]);
    });

    test('a wrong table entry would be seen: a parser whose table swaps two choices parses differently', () => {
        const swapped = structuredClone(CopLookahead!) as { alternations: Record<string, string[][]> } & LookaheadTable;
        const element = swapped.alternations['Element/Alternation/1'];
        [element[0], element[1]] = [element[1], element[0]];
        const wrong = buildCopParser(services, lookaheadFor(services, swapped));
        const text = texts.find(text => /^plan /m.test(text))!;
        expect(describe_(wrong.parse(text))).not.toEqual(describe_(live.parse(text)));
    });

    test.each(texts.map((text, index) => [index, text] as const))(
        'text %i: the same tree, syntax nodes and errors as the computed lookahead',
        (_index, text) => {
            const expected = parse(live, text);
            const actual = parse(tabled, text);
            if (expected === 'overflow' || actual === 'overflow') {
                // Chevrotain's recovery overflows the stack on some broken plans (cop-parser.ts
                // guards against it), leaving half-built nodes: new parsers for the next text.
                tabled = buildCopParser(services, lookaheadFor(services, CopLookahead));
                live = buildCopParser(services, lookaheadFor(services, undefined));
            }
            expect(describe_(actual)).toEqual(describe_(expected));
        }
    );
});

function parse(parser: LangiumParser, text: string): ParseResult | 'overflow' {
    try {
        return parser.parse(text);
    } catch (error) {
        if (error instanceof RangeError) return 'overflow';
        throw error;
    }
}

/** What a parse gives: the elements with their properties and positions, every syntax node, the errors. */
function describe_(result: ParseResult | 'overflow'): unknown {
    if (result === 'overflow') return result;
    return {
        tree: describeNode(result.value),
        syntax: CstUtils.streamCst(result.value.$cstNode!)
            .map(node => `${node.offset}+${node.length}${node.hidden ? ' hidden' : ''}`)
            .toArray(),
        parserErrors: result.parserErrors.map(error => `${error.name} ${error.token.startOffset}: ${error.message}`),
        lexerErrors: result.lexerErrors.map(error => `${error.offset}: ${error.message}`)
    };
}

function describeNode(node: AstNode): unknown {
    const described: Record<string, unknown> = { $type: node.$type, at: `${node.$cstNode?.offset}+${node.$cstNode?.length}` };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        described[key] = Array.isArray(value) ? value.map(describeValue) : describeValue(value);
    }
    return described;
}

function describeValue(value: unknown): unknown {
    if (isReference(value)) return { ref: value.$refText };
    if (typeof value === 'object' && value !== null && '$type' in value) return describeNode(value as AstNode);
    return value;
}

describe("the completion parser's lookahead table", () => {
    test('is the table of this grammar for text that ends at the cursor, and in use', () => {
        const { live, ...recorded } = recordLookahead(services, 'completion');
        expect(live).toEqual([]);
        expect(recorded).toEqual(CopCompletionLookahead);
        const lookahead = lookaheadFor(services, CopCompletionLookahead, undefined, true);
        buildCopCompletionParser(services, lookahead);
        expect(lookahead.tableInUse).toBe(true);
    });

    const tabled = buildCopCompletionParser(services, lookaheadFor(services, CopCompletionLookahead, undefined, true));
    const live = buildCopCompletionParser(services, lookaheadFor(services, undefined, undefined, true));
    // What completion parses: the text up to a cursor, at a few places of each plan.
    const prefixes = plans.flatMap(text => [0.1, 0.3, 0.6, 0.85].map(share => text.slice(0, Math.floor(text.length * share))));

    test.each(prefixes.map((text, index) => [index, text] as const))('prefix %i: the same features at the cursor as the computed lookahead', (_index, text) => {
        const describeCompletion = (result: ReturnType<typeof tabled.parse>) => ({
            tokenIndex: result.tokenIndex,
            tokens: result.tokens.length,
            stack: result.elementStack.map(element => `${element.$type}${'name' in element ? ` ${element.name}` : ''}`)
        });
        expect(describeCompletion(tabled.parse(text))).toEqual(describeCompletion(live.parse(text)));
    });
});
