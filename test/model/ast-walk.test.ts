import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { childNodes, pushChildNodes, walkNodes } from '../../language/model/ast-walk.js';
import { generatePlan } from '../../bench/generate-plan.js';
import { validate } from '../helpers/services.js';

const examples = join(import.meta.dirname, '../../examples');
const plans = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cop'));

/** The same elements (identical objects) in the same order. */
function expectSame(actual: unknown[], expected: unknown[]): void {
    expect(actual.length).toBe(expected.length);
    expect(actual.every((node, index) => node === expected[index])).toBe(true);
}

// The linker and the validator walk plans with these instead of Langium's streams: they must
// visit the same elements in the same order.
describe('walkNodes, childNodes and pushChildNodes', () => {
    test.each(plans)('visit what AstUtils.streamAst and streamContents visit, in order: %s', async name => {
        const root = (await validate(readFileSync(join(examples, name), 'utf8'))).parseResult.value;
        const ours = [...walkNodes(root)];
        expect(ours.length).toBeGreaterThan(10);
        expectSame(ours, AstUtils.streamAst(root).toArray());
        for (const node of ours) {
            const contents = AstUtils.streamContents(node).toArray();
            expectSame(childNodes(node), contents);
            // Onto a stack already holding something, to pop in text order.
            const stack = [root];
            pushChildNodes(node, stack);
            expectSame(stack.slice(1).reverse(), contents);
            expect(stack[0]).toBe(root);
        }
    });

    test('the same on a generated plan and on a half-typed one', async () => {
        for (const text of [
            generatePlan(300),
            generatePlan(300)
                .replace(/\n {4}data "[^"]*"\n/g, '\n    data\n')
                .slice(0, 5000)
        ]) {
            const root = (await validate(text)).parseResult.value;
            expectSame([...walkNodes(root)], AstUtils.streamAst(root).toArray());
        }
    });
});
