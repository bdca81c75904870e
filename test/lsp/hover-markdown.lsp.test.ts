import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client.js';
import { renderMarkdown, tagsOf, textOf } from '../helpers/commonmark.js';
import { positionOf } from '../editing/lsp-helpers.js';

const hostile = [
    '[click](command:workbench.action.quit)',
    '![pixel](https://evil.example/p.png)',
    '<command:workbench.action.quit>',
    '<img src=x onerror=alert(1)>',
    'https://evil.example www.evil.example',
    '# heading *it* `code`'
];
const quoted = (text: string) => JSON.stringify(text);

/** One plan whose every title, unit and data line is hostile; hovers show all of them. */
const plan = `plan Team ${quoted(hostile[0])} {
    purpose "Help"
}

members Analysts ${quoted(hostile[1])} {
    short Help ${quoted(hostile[0])}
    long Growth ${quoted(hostile[2])}
}

organization Unit ${quoted(hostile[3])} {
    short Speed ${quoted(hostile[4])}
    long Capacity ${quoted(hostile[5])}
}

shared Both ${quoted(hostile[2])} {
    member Help
    organization Speed
}

outcome Served ${quoted(hostile[3])} {
    delivers Help, Growth, Both, Capacity
    measure Hours
}

indicator Hours ${quoted(hostile[0])} {
    unit ${quoted('`x` [u](command:x)')}
    data ${quoted(hostile[1])}
    owner ${quoted(hostile[4])}
}
`;

const allowedTags = new Set(['p', 'strong', 'em', 'hr', 'br', 'code', 'ul', 'ol', 'li', 'blockquote']);
const uri = 'file:///hover-markdown/plan.cop';

describe('hover markdown shows plan text as text', () => {
    const client = new LspClient();
    beforeAll(async () => {
        await client.initialize();
        await client.open(uri, plan);
        await client.waitForDiagnostics(uri);
    });
    afterAll(() => client.shutdown());

    const places: Array<[string, string, number]> = [
        ['a value reference', 'delivers Help', 10],
        ['a value title', `short Help ${quoted(hostile[0])}`, 13],
        ['a value referred to from a shared value', 'organization Speed', 14],
        ['an organization value reference', 'Capacity\n', 1],
        ['an indicator reference', 'measure Hours', 9],
        ['an indicator title', `indicator Hours ${quoted(hostile[0])}`, 18]
    ];

    test.each(places)('on %s: no link, image or HTML when rendered as CommonMark', async (_what, needle, delta) => {
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(plan, needle, 0, delta) });
        expect(hover).not.toBeNull();
        const markdown = (hover!.contents as MarkupContent).value;
        for (const html of Object.values(renderMarkdown(markdown))) {
            const tags = tagsOf(html).map(tag => tag.replace('/', ''));
            expect(tags.filter(tag => !allowedTags.has(tag))).toEqual([]);
        }
        // Each hostile title the hover mentions reads exactly as written.
        const text = textOf(renderMarkdown(markdown).commonmark);
        expect(hostile.some(title => text.includes(title))).toBe(true);
    });
});
