import type { SessionFamily } from './hostile-family.js';
import { mutate } from './mutations.js';

/**
 * A burst of full-text and range changes (a client sending every keystroke, a tool
 * rewriting the file), ending on a text with a known error: the hover after it must be
 * answered within the bound, and the final diagnostics must be those of the last version,
 * with its error.
 */
export const changeBursts: SessionFamily = {
    name: 'change-bursts',
    kind: 'session',
    async run(context, random, base) {
        const { client } = context;
        const uri = context.uri(`burst-${random.int(1e9)}.cop`);
        await client.open(uri, base);
        const count = 20 + random.int(200);
        let text = base;
        for (let i = 0; i < count; i++) {
            text = random.chance(0.7) ? base + `\n// edit ${i}\n` : mutate(base, random).text.slice(0, 200_000);
            await client.change(uri, text);
        }
        // The last version: the base plan and an undeclared name, an error whatever the base.
        const last = `${base}\noutcome BurstEnd "Burst end" {\n    delivers NoSuchValueAnywhere\n}\n`;
        await client.change(uri, last);
        context.count(count + 1);
        await context.answered('hover after a burst', client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } }));
        const final = await context.answered(
            'diagnostics after a burst',
            client.waitForDiagnostics(uri, () => true, 30_000)
        );
        const diagnostics = final?.result ?? [];
        if (!diagnostics.some(d => d.severity === 1 && /NoSuchValueAnywhere/.test(String(d.message)))) {
            context.fail(
                `after a burst of ${count} changes the diagnostics are not those of the last version (its error is missing): ${JSON.stringify(diagnostics.map(d => d.code))}`
            );
        }
        await client.close(uri);
    }
};
