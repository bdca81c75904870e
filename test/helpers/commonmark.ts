import { createRequire } from 'node:module';

interface MarkdownIt {
    render(markdown: string): string;
}

// markdown-it comes with the packaging tool (@vscode/vsce); it has no types of its own here.
const markdownit = createRequire(import.meta.url)('markdown-it') as (preset: string, options?: Record<string, unknown>) => MarkdownIt;

/** CommonMark with raw HTML allowed (as a renderer that trusts its input would), plus bare-URL linking as GitHub and VS Code do. */
const renderer = markdownit('commonmark', { html: true });
const linkifying = markdownit('default', { html: true, linkify: true });

/** Renders markdown as CommonMark (raw HTML on) and as GFM-like markdown with bare URLs linked; both HTML outputs. */
export function renderMarkdown(markdown: string): { commonmark: string; linkified: string } {
    return { commonmark: renderer.render(markdown), linkified: linkifying.render(markdown) };
}

/** The tags in rendered HTML, e.g. ['p', '/p', 'strong', '/strong']. */
export function tagsOf(html: string): string[] {
    return [...html.matchAll(/<\s*(\/?[a-zA-Z][\w-]*)/g)].map(match => match[1].toLowerCase());
}

/** The text of rendered HTML: tags dropped, the entities markdown-it writes decoded. */
export function textOf(html: string): string {
    return html
        .replace(/<[^>]*>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim();
}
