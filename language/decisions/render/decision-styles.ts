/**
 * Styles of the Decisions, OKR, Scorecard and Reviews views, on the impact views' theme
 * variables (impact-styles.ts); statuses are also told in words, never by colour alone.
 */
export const decisionStyles = `
.decision-list, .timeline { list-style: none; padding: 0; }
.decision-card { border: 1px solid var(--impact-border); border-left: 6px solid var(--no-data); border-radius: 6px; padding: 10px 12px; margin: 12px 0; break-inside: avoid; }
.decision-card h3 { margin: 0; font-size: 1.05em; }
.decision-on-track { border-left-color: var(--on-track); } .decision-at-risk { border-left-color: var(--at-risk); }
.decision-status { font-weight: 600; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; }
.decision-meta, .decision-reasons { margin: 4px 0; color: var(--impact-muted); }
.decision-metrics { display: flex; flex-wrap: wrap; gap: 12px; }
.decision-metric { margin: 0; width: 260px; } .decision-metric figcaption { font-size: 0.85em; }
.decision-metric ul { margin: 2px 0; padding-left: 16px; } .decision-metric li.unmet { color: var(--off-track); }
.impact svg .threshold-line { stroke: var(--impact-muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
.impact svg .threshold-line.unmet { stroke: var(--off-track); }
.northstar { border: 1px solid var(--impact-border); border-radius: 6px; padding: 10px 12px; margin: 12px 0; border-left: 6px solid var(--no-data); }
.northstar h3 { margin: 0; font-size: 1em; }
.northstar-value { font-size: 2em; font-weight: 600; margin: 4px 0; }
.impact svg .story-path { stroke: var(--impact-accent); stroke-width: 3; fill: none; }
.perspectives { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
.perspective { border: 1px solid var(--impact-border); border-radius: 6px; padding: 8px 12px; }
.perspective h3 { margin: 0 0 6px; font-size: 1em; }
.perspective ul { list-style: none; padding: 0; } .perspective li { display: flex; gap: 8px; justify-content: space-between; border-left: 4px solid var(--no-data); padding-left: 6px; margin: 4px 0; }
.okr-objective h3 { display: flex; gap: 8px; align-items: center; font-size: 1em; }
.review { border-left: 3px solid var(--impact-border); padding: 2px 0 8px 12px; margin: 0 0 12px; }
.review h3 { margin: 0; font-size: 1em; } .review h3 time { color: var(--impact-muted); font-weight: normal; margin-right: 6px; }
.review-notes, .actions { list-style: none; padding: 0; margin: 4px 0; }
.action-status { font-weight: 600; text-transform: uppercase; font-size: 0.75em; letter-spacing: 0.04em; }
.action-overdue { color: var(--off-track); } .action-done { color: var(--impact-muted); }
/* Statuses in these views are words in the text colour (the border carries the colour):
   the status greens and yellows are too light for text on a light background. */
.northstar .kpi-status, .okr .key-result .key-status, .scorecard .key-status { color: var(--impact-fg); }
.okr .key-result { border-left: 4px solid var(--no-data); padding-left: 6px; }
/* On paper (the one-page report, printed previews) the decisions shrink to their words: each
   metric's latest value against its thresholds on one line, North Star on one line.
   The charts stay on screen, where there is room for them. */
@media print {
  .decisions h2 { margin-top: 4px; }
  .decision-list { margin: 0; }
  .decision-card { margin: 1px 0; padding: 0 6px; border-width: 1px 1px 1px 4px; }
  .decision-card h3 { display: inline; font-size: 8.5pt; } .decision-meta { display: inline; margin: 0 0 0 6px; }
  .decision-reasons { margin: 0; }
  .decision-metrics { display: inline; } .decision-metrics::before { content: " · "; }
  .decision-metric { display: inline; width: auto; margin: 0 8px 0 0; } .decision-metric svg { display: none; }
  .decision-metric figcaption { display: inline; font-size: 7.5pt; } .decision-metric ul { display: inline; padding: 0; } .decision-metric li { display: inline; margin-left: 4px; }
  .northstar { margin: 1px 0; padding: 0 6px; border-width: 1px 1px 1px 4px; }
  .northstar h3 { display: inline; font-size: 8.5pt; margin-right: 6px; }
  .northstar-value { display: inline; font-size: 9pt; margin: 0 6px 0 0; }
  .northstar .kpi-target { display: inline; margin: 0 0 0 6px; }
  .sparkline { display: none; }
}
`;
