import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import type { PlanFile } from '../../language/generated/ast.js';
import type { CopCompletionProvider } from '../../language/lsp/completion/cop-completion-provider.js';
import { completionParseStart } from '../../language/lsp/completion/completion-start.js';
import { mutate } from '../fuzz/mutations.js';
import { prng } from '../helpers/prng.js';
import { createTestServices } from '../helpers/services.js';

const examples = resolve(import.meta.dirname, '../../examples');
const plans = readdirSync(examples)
    .filter(name => name.endsWith('.cop'))
    .map(name => readFileSync(join(examples, name), 'utf8'));

/**
 * Completion parses from the start of the block under the cursor instead of the top of the
 * file. It must offer exactly what parsing from the top offers, in clean plans and in
 * plans broken the way the fuzz suite breaks them.
 */
describe('completion parsing from the block under the cursor', () => {
    const random = prng(7);
    const texts = [
        ...plans,
        generatePlan(300),
        ...plans.flatMap(text => Array.from({ length: 4 }, () => mutate(text, random).text).filter(t => t.length > 200 && t.length < 200_000))
    ];

    test.each(texts.map((text, index) => [index, text]))('text %i: same items at sampled positions', async (_index, text) => {
        const { Cop } = createTestServices();
        const provider = Cop.lsp.CompletionProvider as CopCompletionProvider;
        const document = await parseHelper<PlanFile>(Cop)(text as string, { documentUri: `file:///ws/completion-${_index}.cop` });
        await Cop.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const step = Math.max(1, Math.floor((text as string).length / 60));
        let compared = 0;
        let fromBlock = 0;
        for (let offset = 0; offset <= (text as string).length; offset += step) {
            const position = document.textDocument.positionAt(offset);
            const params = { textDocument: { uri: document.uri.toString() }, position };
            provider.parseFromBlockStart = true;
            const fast = await provider.getCompletion(document, params);
            provider.parseFromBlockStart = false;
            const full = await provider.getCompletion(document, params);
            // The same items with the same sort keys: what the editor shows, in the order it shows it.
            expect(shown(fast?.items), `offset ${offset}`).toEqual(shown(full?.items));
            compared++;
            if (completionParseStart(document, offset) > 0) fromBlock++;
        }
        expect(compared).toBeGreaterThan(10);
        // The comparison is worth something only where the short cut is taken.
        if (document.parseResult.parserErrors.length === 0) expect(fromBlock).toBeGreaterThan(compared / 2);
    });
});

function shown(items: Array<{ label: string; sortText?: string; kind?: number }> | undefined): string[] {
    return (items ?? []).map(item => `${item.sortText ?? ''}|${item.label}|${item.kind ?? ''}`).sort();
}
