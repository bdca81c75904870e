/**
 * The page's CSS. Colours come from VS Code's theme variables with light fallbacks, so the
 * webview follows the editor's theme and the standalone export (no VS Code) is light.
 * No `@import`, no `url()`: nothing is fetched.
 */
export const themeCss = `
:root {
  --cop-fg: var(--vscode-editor-foreground, #1f2328);
  --cop-bg: var(--vscode-editor-background, #ffffff);
  --cop-muted: var(--vscode-descriptionForeground, #59636e);
  --cop-border: var(--vscode-panel-border, var(--vscode-widget-border, #d1d9e0));
  --cop-surface: var(--vscode-editorWidget-background, #f6f8fa);
  --cop-link: var(--vscode-textLink-foreground, #0969da);
  --cop-badge-bg: var(--vscode-badge-background, #0969da);
  --cop-badge-fg: var(--vscode-badge-foreground, #ffffff);
  --cop-warning: var(--vscode-editorWarning-foreground, #9a6700);
  --cop-error: var(--vscode-editorError-foreground, #cf222e);
  --cop-info: var(--vscode-editorInfo-foreground, #0969da);
  --cop-members: var(--vscode-charts-blue, #0969da);
  --cop-organization: var(--vscode-charts-purple, #8250df);
  --cop-shared: var(--vscode-charts-green, #1a7f37);
  --cop-focus: var(--vscode-focusBorder, #0969da);
  /* Text in an accent colour: the theme's accent pulled towards the text colour, so it keeps
     WCAG AA contrast in light and dark themes alike (theme accents alone often do not). */
  --cop-warning-text: color-mix(in srgb, var(--cop-warning) 50%, var(--cop-fg));
  --cop-error-text: color-mix(in srgb, var(--cop-error) 60%, var(--cop-fg));
  --cop-info-text: color-mix(in srgb, var(--cop-info) 50%, var(--cop-fg));
  --cop-members-text: color-mix(in srgb, var(--cop-members) 50%, var(--cop-fg));
  --cop-organization-text: color-mix(in srgb, var(--cop-organization) 60%, var(--cop-fg));
  --cop-shared-text: color-mix(in srgb, var(--cop-shared) 50%, var(--cop-fg));
  --cop-font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  --cop-mono: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace);
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 16px 32px; overflow-wrap: break-word; color: var(--cop-fg); background: var(--cop-bg); font-family: var(--cop-font); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
main { max-width: 1180px; margin: 0 auto; }
h1 { font-size: 1.6em; margin: 0.6em 0 0.1em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid var(--cop-border); }
h3 { font-size: 1.05em; margin: 0.4em 0; }
h4 { font-size: 0.95em; margin: 0.3em 0; }
code, .name { font-family: var(--cop-mono); font-size: 0.85em; }
.name { color: var(--cop-muted); margin-left: 0.5em; overflow-wrap: anywhere; }
.empty, .hint, .question { color: var(--cop-muted); }
.question { font-style: italic; margin: 0.2em 0 0.6em; }
nav.sections { position: sticky; top: 0; z-index: 1; background: var(--cop-bg); border-bottom: 1px solid var(--cop-border); padding: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
nav.sections a { color: var(--cop-link); text-decoration: none; }
nav.sections a:hover { text-decoration: underline; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0.6em 0; }
.facts div { display: contents; }
.facts dt { color: var(--cop-muted); }
.facts dd { margin: 0; }
.diagnostic-counts { margin: 0.4em 0; }
.diagnostic-counts.ok { color: var(--cop-shared-text); }
.count { font-weight: 600; margin-right: 0.4em; }
.count.error { color: var(--cop-error-text); }
.count.warning { color: var(--cop-warning-text); }
.count.information, .count.hint { color: var(--cop-info-text); }
a { color: var(--cop-link); }
.table-scroll, .diagram-scroll { overflow-x: auto; }
table.matrix { border-collapse: collapse; width: 100%; min-width: 420px; table-layout: fixed; }
table.matrix th, table.matrix td { border: 1px solid var(--cop-border); padding: 8px 10px; vertical-align: top; text-align: left; }
table.matrix thead th { background: var(--cop-surface); }
table.matrix thead th:first-child { width: 28%; }
table.matrix tbody th { font-weight: 600; }
table.matrix tbody th .name { display: block; margin: 0; }
.side { display: inline-block; font-size: 0.72em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; margin-right: 4px; }
.side.members { color: var(--cop-members-text); }
.side.organization { color: var(--cop-organization-text); }
.found { display: block; font-weight: normal; font-size: 0.85em; color: var(--cop-muted); }
ul.values { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
li.value { padding: 4px 8px; border-radius: 4px; background: var(--cop-surface); border-left: 3px solid var(--cop-border); }
tr[data-side="members"] li.value { border-left-color: var(--cop-members); }
tr[data-side="organization"] li.value { border-left-color: var(--cop-organization); }
li.value.is-shared { box-shadow: inset 0 0 0 1px var(--cop-shared); }
li.value.undelivered { border-left-style: dashed; }
li.value .name { display: block; margin: 0; }
.badge { display: inline-block; min-width: 1.5em; padding: 0 5px; margin-left: 6px; border-radius: 9px; text-align: center; font-size: 0.78em; font-weight: 700; background: var(--cop-badge-bg); color: var(--cop-badge-fg); border: 1px solid var(--cop-shared); }
.flag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 3px; font-size: 0.75em; font-weight: 600; color: var(--cop-warning-text); border: 1px solid var(--cop-warning); }
.gap { color: var(--cop-warning-text); font-style: italic; }
.legend { margin-top: 8px; color: var(--cop-muted); font-size: 0.9em; }
.legend p { margin: 0.3em 0; }
.legend-shared { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.legend-shared .badge { margin-left: 0; }
.shared-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(440px, 100%), 1fr)); gap: 12px; }
article.shared-value, article.step, article.cycle { border: 1px solid var(--cop-border); border-radius: 6px; padding: 8px 12px; background: var(--cop-bg); }
.sweet-spot { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); gap: 8px; align-items: start; }
.sweet-spot h4 { color: var(--cop-muted); font-weight: 600; }
/* Element names are long CamelCase words: let them break rather than spill into the next card. */
.sweet-spot .side-list { min-width: 0; overflow-wrap: anywhere; }
.side-list.members h4 { color: var(--cop-members-text); }
.side-list.organization h4 { color: var(--cop-organization-text); }
.overlap { align-self: center; font-size: 1.4em; color: var(--cop-shared-text); }
ul.refs, ul.indicators { margin: 0.2em 0; padding-left: 1.1em; }
.ref.unresolved, .indicator.unresolved { color: var(--cop-error-text); text-decoration: wavy underline; }
svg.chain-diagram { display: block; width: 100%; min-width: 640px; height: auto; font-family: var(--cop-font); }
.chain-column { fill: var(--cop-muted); font-size: 13px; font-weight: 600; }
.chain-node rect { fill: var(--cop-surface); stroke: var(--cop-border); stroke-width: 1; }
.chain-node.shared rect { stroke: var(--cop-shared); stroke-width: 2; }
.chain-node.undelivered rect { stroke: var(--cop-warning); stroke-dasharray: 5 3; stroke-width: 1.5; }
.chain-node.unresolved rect { stroke: var(--cop-error); stroke-dasharray: 2 2; }
.chain-title { fill: var(--cop-fg); font-size: 13px; font-weight: 600; }
.chain-line { fill: var(--cop-muted); font-size: 11.5px; }
.chain-node.undelivered .chain-line { fill: var(--cop-warning); }
.chain-edge { fill: none; stroke: var(--cop-muted); stroke-width: 1.4; opacity: 0.8; }
.chain-arrow { fill: var(--cop-muted); }
.steps { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(240px, 100%), 1fr)); gap: 12px; margin-top: 14px; }
.step-column h3 { color: var(--cop-muted); }
article.step { margin-bottom: 8px; }
.step-part .label { display: block; color: var(--cop-muted); font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; }
.facts-line { color: var(--cop-muted); font-size: 0.9em; }
.data { display: block; font-size: 0.9em; }
.data.missing, .empty.missing { color: var(--cop-warning-text); }
.cycles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); gap: 12px; }
article.cycle.absent { border-style: dashed; }
.rounds { margin: 0; }
.rounds dt { font-weight: 600; font-size: 0.85em; color: var(--cop-muted); text-transform: uppercase; letter-spacing: 0.04em; }
.rounds dd { margin: 0 0 6px; }
.rounds ul { margin: 0; padding-left: 1.1em; }
ul.diagnostics { list-style: none; padding: 0; }
li.diagnostic { padding: 3px 0; border-bottom: 1px solid var(--cop-border); }
li.diagnostic .where { font-family: var(--cop-mono); color: var(--cop-muted); }
li.diagnostic .severity { font-weight: 600; }
li.diagnostic.error .severity { color: var(--cop-error-text); }
li.diagnostic.warning .severity { color: var(--cop-warning-text); }
li.diagnostic.information .severity, li.diagnostic.hint .severity { color: var(--cop-info-text); }
.reveal { cursor: pointer; }
.reveal:hover .value-title, .reveal:hover > h3, .reveal:hover > h4, span.reveal:hover { text-decoration: underline; }
.reveal:focus-visible { outline: 2px solid var(--cop-focus); outline-offset: 1px; }
g.reveal:hover rect { stroke: var(--cop-focus); }
footer { margin-top: 2em; color: var(--cop-muted); font-size: 0.85em; }
@media (max-width: 560px) {
  body { padding: 0 8px 24px; }
  table.matrix { min-width: 0; }
  table.matrix, table.matrix thead, table.matrix tbody, table.matrix tr, table.matrix th, table.matrix td { display: block; width: 100%; }
  table.matrix thead { display: none; }
  table.matrix tr { margin-bottom: 10px; border: 1px solid var(--cop-border); border-radius: 6px; }
  table.matrix td, table.matrix th { border: none; }
  table.matrix td::before { display: block; color: var(--cop-muted); font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; }
  table.matrix td[data-term="short"]::before { content: "Short term"; }
  table.matrix td[data-term="long"]::before { content: "Long term"; }
  .sweet-spot { grid-template-columns: 1fr; }
  .overlap { display: none; }
}
`;

/** Print: no navigation, black on white, sections kept whole where they fit. */
export const printCss = `
@media print {
  :root { --cop-bg: #ffffff; --cop-fg: #000000; --cop-surface: #f4f4f4; }
  body { font-size: 11pt; padding: 0; }
  nav.sections { display: none; }
  h2 { break-after: avoid; }
  article, table.matrix tr, svg.chain-diagram { break-inside: avoid; }
  .table-scroll, .diagram-scroll { overflow: visible; }
  svg.chain-diagram { min-width: 0; max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
