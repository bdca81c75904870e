import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { cycleGuidance, cycleKinds, rounds } from '../../language/guidance/cycles.js';
import { LspClient } from '../helpers/lsp-client.js';

const cycles = cycleKinds
    .filter(kind => kind !== 'potential')
    .map(
        kind => `cycle ${kind} {
    aspiration "A"
    condition "C"
    track Responses
    data "D"
}
`
    )
    .join('\n');

const plan = `plan Guided "Guided" {
    purpose "Hover tests"
}

members Practitioners "Practitioners" {
    short Help "Help with challenges"
    long Growth "Professional development"
}

organization Unit "Unit" {
    short Speed "Rapid problem solving"
    long Capacity "Strategic capacity"
}

shared Sweet "Sweet spot" {
    member Help
    organization Speed
}

input Hours "Hours" {
    measure Responses
}

output Answers "Answers" {
    from Hours
    measure Responses
}

outcome Solved "Solved" {
    from Answers
    delivers Sweet, Growth, Capacity
    measure Responses
}

indicator Responses "Responses to questions" {
    data "Forum API"
}

// Keywords are valid names: an indicator called \`aspiration\` is not a round.
indicator aspiration "Aspiration level" {
    data "Survey"
}

cycle potential {
    aspiration "A"
    condition "C"
    track Responses, aspiration
    data "D"
}

${cycles}`;

const uri = 'file:///virtual/guided.cop';
const lines = plan.split('\n');

/** The position of `word` on the first line (at or after line `from`) that starts with `prefix`. */
function positionOf(prefix: string, word: string, from = 0): { line: number; character: number } {
    const line = lines.findIndex((text, index) => index >= from && text.trimStart().startsWith(prefix));
    expect(line, `a line starting with "${prefix}"`).toBeGreaterThanOrEqual(0);
    const character = lines[line].indexOf(word, lines[line].indexOf(prefix));
    return { line, character: character + 1 };
}

describe('framework guidance on hover, over LSP', () => {
    let client: LspClient;

    async function hoverAt(position: { line: number; character: number }): Promise<string | undefined> {
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        const contents = hover?.contents as { kind: string; value: string } | undefined;
        return contents?.value;
    }

    beforeAll(async () => {
        client = new LspClient();
        await client.initialize();
        await client.open(uri, plan);
        const diagnostics = await client.waitForDiagnostics(uri);
        // The plan is complete, so hovers are tested on a document that links cleanly.
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });
    afterAll(async () => {
        await client?.shutdown();
    });

    for (const kind of cycleKinds) {
        test(`the ${kind} cycle kind shows what it means and its four key questions`, async () => {
            const text = await hoverAt(positionOf(`cycle ${kind}`, kind));
            const guidance = cycleGuidance[kind];
            expect(text).toContain(guidance.title);
            expect(text).toContain(guidance.meaning);
            for (const round of rounds) expect(text).toContain(guidance.questions[round]);
        });

        test(`each round keyword in the ${kind} cycle shows that round's question for ${kind}`, async () => {
            const start = positionOf(`cycle ${kind}`, kind).line;
            for (const round of rounds) {
                const text = await hoverAt(positionOf(`${round} `, round, start));
                const own = cycleGuidance[kind].questions[round];
                expect(text, `${round} in ${kind}`).toContain(own);
                expect(text).toContain(`of the ${kind} cycle`);
                // Not another cycle's question for the same round (some are worded alike).
                for (const other of cycleKinds) {
                    const question = cycleGuidance[other].questions[round];
                    if (other !== kind && !own.includes(question)) {
                        expect(text).not.toContain(question);
                    }
                }
            }
        });
    }

    test("the framework's own words reach the editor", async () => {
        const immediate = await hoverAt(positionOf('aspiration', 'aspiration', positionOf('cycle immediate', 'immediate').line));
        expect(immediate).toContain('What are your aspirations for the direct experience that people will have when engaging with the community?');
        const strategic = await hoverAt(positionOf('data', 'data', positionOf('cycle strategic', 'strategic').line));
        expect(strategic).toContain('assess the level of strategic engagement');
    });

    test('the `cycle` keyword lists the seven kinds of value', async () => {
        const text = await hoverAt(positionOf('cycle enabling', 'cycle'));
        for (const kind of cycleKinds) expect(text).toContain(`\`${kind}\``);
    });

    test('matrix keywords explain the value matrix and shared value', async () => {
        expect(await hoverAt(positionOf('members', 'members'))).toMatch(/value matrix/);
        expect(await hoverAt(positionOf('organization Unit', 'organization'))).toMatch(/value matrix/);
        expect(await hoverAt(positionOf('short', 'short'))).toMatch(/Short-term value/);
        expect(await hoverAt(positionOf('long', 'long'))).toMatch(/Long-term value/);
        expect(await hoverAt(positionOf('shared', 'shared'))).toMatch(/sweet spot/);
        const organizationSide = await hoverAt(positionOf('organization Speed', 'organization'));
        expect(organizationSide).toMatch(/Organization side/);
    });

    test('chain keywords explain inputs, outputs and outcomes', async () => {
        expect(await hoverAt(positionOf('input', 'input'))).toMatch(/^\*\*Input\*\*/);
        expect(await hoverAt(positionOf('output', 'output'))).toMatch(/^\*\*Output\*\*/);
        expect(await hoverAt(positionOf('outcome', 'outcome'))).toMatch(/^\*\*Outcome\*\*/);
        for (const word of ['input', 'output', 'outcome']) {
            expect(await hoverAt(positionOf(word, word))).toContain('inputs** (effort and resources) produce **outputs**');
        }
    });

    test('a keyword used as a name gets no keyword guidance', async () => {
        const declaration = await hoverAt(positionOf('indicator aspiration', 'aspiration'));
        expect(declaration ?? '').not.toContain('round');
        const reference = await hoverAt(positionOf('track Responses, aspiration', 'aspiration'));
        expect(reference ?? '').not.toContain('round');
    });

    test('`data` in an indicator is not a cycle round', async () => {
        const text = await hoverAt(positionOf('data "Forum API"', 'data'));
        expect(text ?? '').not.toContain('round');
    });
});
