import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { forEachContent, reachableRules } from '../../language/parser/grammar-walk.js';
import { createTestServices } from '../helpers/services.js';

// The token and parser builders walk the grammar by plain recursion (grammar-walk.ts): the
// walk must see what Langium's streams see, in the same order.
const grammar = createTestServices().Cop.Grammar;

describe('the grammar walk', () => {
    test("visits every node below a node in the order of Langium's streamAllContents", () => {
        const visited: AstNode[] = [];
        forEachContent(grammar, node => visited.push(node));
        const expected = AstUtils.streamAllContents(grammar).toArray();
        expect(expected.length).toBeGreaterThan(1000);
        expect(visited.length).toBe(expected.length);
        expect(visited.every((node, i) => node === expected[i])).toBe(true);
    });

    test("finds the rules Langium's getAllReachableRules finds, in the same order, once per grammar", () => {
        const expected = [...GrammarUtils.getAllReachableRules(grammar, false)];
        expect([...reachableRules(grammar)]).toEqual(expected);
        // Terminals are among them, the hidden ones too.
        expect(expected.some(rule => rule.$type === 'TerminalRule' && rule.hidden)).toBe(true);
        expect(reachableRules(grammar)).toBe(reachableRules(grammar));
    });
});
