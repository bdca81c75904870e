import markdownit from 'markdown-it';
import { renderPage } from '../render/html/page-shell.js';
import type { PlanDiff } from './diff-model.js';
import { DIFF_MARKER, renderDiffMarkdown } from './diff-markdown.js';

/**
 * The compare view of the editor ("CoP: Compare Plan with HEAD"): the pull-request comment,
 * rendered, in the one page shell (its CSP: no script, nothing fetched). Raw HTML is off and
 * links are not made from bare URLs, so nothing in a plan becomes markup; plan texts are
 * escaped by the markdown renderer already.
 */
const renderer = markdownit('default', { html: false, linkify: false });

const diffCss = `
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; margin: 1.5rem; max-width: 72rem; }
h2 { font-size: 1.3rem; margin: 0 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 0 .2rem; border-radius: 3px; }
footer { margin-top: 2rem; color: #59636e; font-size: 12px; }
`;

export interface DiffPageOptions {
    /** The page title, plain text (`Changes since HEAD: support.cop`). */
    readonly title: string;
    readonly footer?: string;
}

/** The comment's markdown as HTML in the page shell; the marker line (a bot's) is left out. */
export function renderDiffPage(diff: PlanDiff, options: DiffPageOptions): string {
    const markdown = renderDiffMarkdown(diff).replace(`${DIFF_MARKER}\n`, '');
    return renderPage({
        title: options.title,
        css: diffCss,
        body: `<main>\n${renderer.render(markdown)}</main>`,
        bodyClass: 'cop-diff',
        footer: options.footer
    });
}
