import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../language/render/markdown/escape-markdown.js';
import { renderMarkdown, tagsOf, textOf } from '../helpers/commonmark.js';

/** Titles a plan, a catalog or an actuals file could hold, meant to become live markup. */
const hostileTitles = [
    '[click](command:workbench.action.quit)',
    '[click]( command:workbench.action.reloadWindow "t")',
    '![x](https://evil.example/pixel.png)',
    '<https://evil.example>',
    '<command:workbench.action.quit>',
    '<me@evil.example>',
    'https://evil.example/path?q=1',
    'www.evil.example',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<!-- hidden --> after',
    '&copy; &#x3C;script&#x3E; &amp;',
    '# heading',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '> quote',
    '    indented code',
    '**bold** __bold__ *it* _it_',
    '`code` ``more``',
    '~~struck~~',
    '| a | b |',
    '[ref]: https://evil.example',
    '[x][ref] [y][]',
    'ends with a backslash \\',
    'line one\nline two\n===',
    '---',
    '***',
    '\\[escaped\\](command:x)',
    'a\\\\[b](command:x)'
];

describe('escapeMarkdown: plan text renders as plain text in CommonMark', () => {
    test.each(hostileTitles)('%s', title => {
        const markdown = `**Title:** ${escapeMarkdown(title)} and on its own line:\n\n${escapeMarkdown(title)}`;
        for (const html of Object.values(renderMarkdown(markdown))) {
            // Only the paragraph and the bold of the line around it: no link, image, HTML, code or heading.
            expect(new Set(tagsOf(html))).toEqual(new Set(['p', '/p', 'strong', '/strong']));
            const expected = title.replace(/\r\n|\r|\n/g, ' ').trim();
            const [inline, alone] = html.split('</p>').map(part => textOf(part));
            expect(inline).toBe(`Title: ${expected} and on its own line:`);
            expect(alone).toBe(expected);
        }
    });
});
