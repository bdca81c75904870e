import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CstNode, GrammarAST } from 'langium';
import { CstUtils, DefaultTokenBuilder, DefaultValueConverter } from 'langium';
import { describe, expect, test } from 'vitest';
import { CopTokenBuilder } from '../../language/parser/cop-token-builder.js';
import { CopValueConverter } from '../../language/parser/cop-value-converter.js';
import { createTestServices, validate } from '../helpers/services.js';

const examples = join(import.meta.dirname, '../../examples');
const plans = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cop'));

// The token builder and value converter are Langium's, made faster: they must give what
// Langium's give.
describe('CopTokenBuilder', () => {
    test('builds the tokens Langium builds, each keyword with the same longer alternatives', () => {
        const grammar = createTestServices().Cop.Grammar;
        const describeTokens = (tokens: ReturnType<DefaultTokenBuilder['buildTokens']>) =>
            (tokens as Array<{ name: string; PATTERN: unknown; LONGER_ALT?: Array<{ name: string }> }>).map(
                token => `${token.name} ${String(token.PATTERN)} [${(token.LONGER_ALT ?? []).map(alt => alt.name).join(',')}]`
            );
        const ours = describeTokens(new CopTokenBuilder().buildTokens(grammar));
        expect(ours).toEqual(describeTokens(new DefaultTokenBuilder().buildTokens(grammar)));
        // Keywords are valid names, so most of them may start a longer ID: the test has teeth.
        expect(ours.filter(line => line.endsWith('[ID]')).length).toBeGreaterThan(20);
        expect(ours).toContain('value value [ID]');
    });
});

describe('CopValueConverter', () => {
    test.each(plans)('converts every name, text and number as Langium does: %s', async name => {
        const document = await validate(readFileSync(join(examples, name), 'utf8'));
        const ours = new CopValueConverter();
        const langiums = new DefaultValueConverter();
        const leaves = CstUtils.streamCst(document.parseResult.value.$cstNode!).filter(isConverted).toArray();
        expect(leaves.length).toBeGreaterThan(20);
        for (const leaf of leaves) expect(ours.convert(leaf.text, leaf)).toEqual(langiums.convert(leaf.text, leaf));
        // Texts lose their quotes: the conversion is not the identity.
        expect(leaves.some(leaf => ours.convert(leaf.text, leaf) !== leaf.text)).toBe(true);
    });
});

/** A leaf the parser converts: one parsed by a rule call (names, texts, numbers, dates). */
function isConverted(node: CstNode): boolean {
    const source = node.grammarSource;
    return !!source && isRuleCallLeaf(source);
}

function isRuleCallLeaf(source: GrammarAST.AbstractElement): boolean {
    return source.$type === 'RuleCall' || source.$type === 'CrossReference';
}
