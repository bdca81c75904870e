import { readFileSync } from 'node:fs';
import type { AstNode, CstNode, ParseResult } from 'langium';
import { AstUtils, CstUtils, isAstNode, isLeafCstNode, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { reparse } from '../../language/parser/incremental-parse.js';
import { prng } from '../helpers/prng.js';
import { examplePlans, randomEdit as edit } from '../helpers/random-edits.js';
import { createTestServices } from '../helpers/services.js';

/**
 * The incremental parse must give exactly the tree a full parse of the new text gives: the
 * same elements, values, references, positions of every syntax node, and errors. Random
 * edits, each applied to the result of the one before (so a tree that was itself parsed in
 * part is parsed in part again), are compared with a full parse of the same text.
 */
const { Cop } = createTestServices();
const parser = Cop.parser.LangiumParser;

const examples = examplePlans();

/** Everything a reader of the tree can see, with syntax nodes as their positions. */
function shapeOf(result: ParseResult<PlanFile>): unknown {
    const grammarIds = new Map<unknown, number>();
    const grammarId = (source: unknown) => {
        if (!grammarIds.has(source)) grammarIds.set(source, grammarIds.size);
        return grammarIds.get(source);
    };
    const at = (node: CstNode | undefined) =>
        node && [node.offset, node.end, node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character];
    const nodes = AstUtils.streamAst(result.value)
        .map(node => {
            const fields: Record<string, unknown> = {};
            for (const [key, value] of Object.entries(node)) {
                if (key.startsWith('$')) continue;
                const one = (item: unknown): unknown =>
                    isReference(item) ? { ref: item.$refText, at: at(item.$refNode) } : isAstNode(item) ? `<${item.$type}>` : item;
                fields[key] = Array.isArray(value) ? value.map(one) : one(value);
            }
            return {
                type: node.$type,
                container: node.$container?.$type,
                property: node.$containerProperty,
                index: node.$containerIndex,
                inContainer: node.$container ? containerHolds(node.$container, node) : true,
                cst: at(node.$cstNode),
                cstOwner: node.$cstNode?.astNode === node,
                fields
            };
        })
        .toArray();
    const cst = CstUtils.streamCst(result.value.$cstNode!)
        .map(node => ({
            ...at(node),
            hidden: node.hidden,
            grammar: grammarId(node.grammarSource),
            ast: node.astNode.$type,
            leaf: isLeafCstNode(node) ? node.tokenType.name : undefined,
            rootsAt: node.root === result.value.$cstNode
        }))
        .toArray();
    return {
        nodes,
        cst,
        text: result.value.$cstNode!.root.fullText,
        lexerErrors: result.lexerErrors.map(e => [e.offset, e.message]),
        parserErrors: result.parserErrors.map(e => [e.token.startOffset, e.message])
    };
}

function containerHolds(container: AstNode, node: AstNode): boolean {
    const value = (container as unknown as Record<string, unknown>)[node.$containerProperty!];
    return Array.isArray(value) ? value[node.$containerIndex!] === node : value === node;
}

function replay(text: string, seed: number, steps: number): { incremental: number; steps: number } {
    const random = prng(seed);
    let current = parser.parse<PlanFile>(text);
    let incremental = 0;
    // The last text without syntax errors: typing goes back to one, as an unfinished word is finished.
    let good = text;
    for (let step = 0; step < steps; step++) {
        const hasErrors = current.parserErrors.length + current.lexerErrors.length > 0;
        text = hasErrors && random.chance(0.6) ? good : edit(text, random);
        const partly = reparse(parser, current, text);
        const full = parser.parse<PlanFile>(text);
        if (partly) {
            incremental++;
            expect(shapeOf(partly), `step ${step} of seed ${seed}`).toEqual(shapeOf(full));
        }
        current = partly ?? full;
        if (current.parserErrors.length + current.lexerErrors.length === 0) good = text;
    }
    return { incremental, steps };
}

describe('the incremental parse', () => {
    it.each(examples.map(path => [path.split('/examples/')[1], path]))('gives the full parse after random edits of %s', (_name, path) => {
        const text = readFileSync(path, 'utf8');
        const { incremental } = replay(text, text.length, 50);
        // Most edits are parsed in part; the rest, with syntax errors, in full.
        expect(incremental).toBeGreaterThan(10);
    });

    it('gives the full parse after random edits of a generated 300-line plan', () => {
        const { incremental } = replay(generatePlan(300), 7, 80);
        expect(incremental).toBeGreaterThan(25);
    });

    it('gives the full parse after random edits of a plan with CRLF line ends', () => {
        const text = readFileSync(examples[0], 'utf8').replace(/\r?\n/g, '\r\n');
        let incremental = 0;
        for (const seed of [3, 4, 5]) incremental += replay(text, seed, 30).incremental;
        expect(incremental).toBeGreaterThan(20);
    });

    it('parses only the block an edit is in, and moves the blocks after it', () => {
        const text = 'plan P {\n}\n\nindicator A "A" {\n    unit count\n}\n\nindicator B "B" {\n    unit count\n}\n';
        const old = parser.parse<PlanFile>(text);
        const [plan, , b] = old.value.elements;
        const edited = text.replace('indicator A "A" {', 'indicator A "A longer title"\n{');
        const result = reparse(parser, old, edited)!;
        expect(result).toBeDefined();
        // The blocks before and after are the same objects; only A was parsed again.
        expect(result.value.elements[0]).toBe(plan);
        expect(result.value.elements[2]).toBe(b);
        expect(result.value.elements[1]).not.toBe(old.value.elements[1]);
        expect(b.$cstNode!.range.start).toEqual({ line: 8, character: 0 });
        expect(b.$cstNode!.offset).toBe(edited.indexOf('indicator B'));
    });

    it('parses the whole text when the edit leaves a syntax error, or the old tree had one elsewhere', () => {
        const text = 'indicator A "A" {\n    unit count\n}\n\nindicator B "B" {\n    unit count\n}\n';
        const old = parser.parse<PlanFile>(text);
        const broken = text.replace('unit count\n}\n\n', 'unit count\n\n');
        expect(reparse(parser, old, broken)).toBeUndefined();
        const withError = parser.parse<PlanFile>(broken);
        expect(withError.parserErrors.length).toBeGreaterThan(0);
        // An edit far from the error: the tree before the edit is not to be trusted there.
        expect(reparse(parser, withError, broken.replace('indicator B "B"', 'indicator B "Bee"'))).toBeUndefined();
    });

    it('does not let a line comment run on into the next block', () => {
        const text = 'indicator A "A" {\n    unit count\n}\nindicator B "B" {\n    unit count\n}\n';
        const old = parser.parse<PlanFile>(text);
        const edited = text.replace('}\nindicator B', '} // note\nindicator B');
        const result = reparse(parser, old, edited) ?? parser.parse<PlanFile>(edited);
        expect(shapeOf(result)).toEqual(shapeOf(parser.parse<PlanFile>(edited)));
        expect(result.value.elements.map(e => e.$type)).toEqual(['Indicator', 'Indicator']);
    });
});
