/**
 * Styles of the impact views. Neutral colours come from the page's theme variables when the
 * preview defines them (VS Code light, dark, high contrast), with light fallbacks for the
 * standalone report; status colours are also told in words, never by colour alone.
 */
export const impactStyles = `
.impact { --met: #1a7f37; --on-track: #2da44e; --at-risk: #bf8700; --off-track: #cf222e; --missed: #a40e26; --no-data: #8c959f;
  --impact-border: var(--cop-border, #d0d7de);
  /* Status words in their colour, pulled towards the text colour to keep 4.5:1 contrast. */
  --met-text: color-mix(in srgb, var(--met) 60%, var(--impact-fg)); --on-track-text: color-mix(in srgb, var(--on-track) 50%, var(--impact-fg));
  --at-risk-text: color-mix(in srgb, var(--at-risk) 50%, var(--impact-fg)); --off-track-text: color-mix(in srgb, var(--off-track) 70%, var(--impact-fg));
  --missed-text: color-mix(in srgb, var(--missed) 70%, var(--impact-fg)); --impact-muted: var(--cop-muted, #57606a); --impact-fg: var(--cop-fg, #24292f); --impact-accent: var(--cop-link, #0969da); }
.kpi-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 12px 0; }
.kpi-tile { border: 1px solid var(--impact-border); border-left: 6px solid var(--no-data); border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
.kpi-tile h3 { font-size: 0.95em; margin: 0 0 6px; }
.kpi-tile p { margin: 2px 0; }
.kpi-value { font-size: 1.6em; font-weight: 600; }
.kpi-range, .kpi-target, .kpi-planned { color: var(--impact-muted); font-size: 0.85em; }
.kpi-status { font-weight: 600; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; }
.impact-card { border: 1px solid var(--impact-border); border-radius: 6px; padding: 10px 12px; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 16px; break-inside: avoid; }
.impact-card.indicator-card { border-left-width: 6px; }
.impact-card h3 { width: 100%; margin: 0; font-size: 1em; }
.impact-card h3 small { font-weight: normal; color: var(--impact-muted); }
.impact-card .stories { flex: 1 1 220px; }
.story { border-left: 3px solid var(--impact-border); padding: 2px 8px; margin: 6px 0; white-space: pre-wrap; }
.story-meta { color: var(--impact-muted); font-size: 0.8em; display: block; }
.impact svg, .report svg { max-width: 100%; height: auto; }
.impact svg text { font: 11px system-ui, sans-serif; fill: var(--impact-fg); }
.impact svg .axis { stroke: var(--impact-muted); fill: none; }
.impact svg .actual-line { stroke: var(--impact-accent); stroke-width: 2; fill: none; }
.impact svg .actual-dot { fill: var(--impact-accent); }
.impact svg .target-path { stroke: var(--impact-muted); stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
.impact svg .forecast-line { stroke: var(--at-risk); stroke-width: 2; stroke-dasharray: 1.5 3; stroke-linecap: round; fill: none; }
.impact svg .forecast-dot { fill: none; stroke: var(--at-risk); stroke-width: 1.5; }
.forecast-note { width: 100%; margin: 0; color: var(--impact-muted); font-size: 0.85em; }
.objective-score { color: var(--impact-muted); font-weight: normal; }
.impact svg .driver-bar { fill: var(--impact-accent); opacity: 0.75; }
.impact svg .tornado-base { stroke: var(--impact-fg); stroke-width: 1; }
.impact svg.progress { height: 10px; }
.impact svg .progress-track { fill: var(--impact-border); }
.impact svg .progress-fill { fill: var(--impact-accent); }
.objective ul { list-style: none; padding: 0; }
.key-result { display: grid; grid-template-columns: 1fr 160px 210px; gap: 8px; align-items: center; margin: 4px 0; }
.stale { color: var(--at-risk-text); font-size: 0.85em; }
.computed-badge { font-size: 0.7em; font-weight: normal; border: 1px solid currentColor; border-radius: 0.6em; padding: 0 0.45em; margin-left: 0.3em; cursor: help; }
.impact-empty, .chart-empty { color: var(--impact-muted); }
.grade-badge { font-size: 0.75em; font-weight: 600; border: 1px solid var(--impact-border); border-radius: 10px; padding: 1px 8px; margin-left: 6px; }
.grade-experiment { border-color: var(--met); } .grade-quasi-experiment { border-color: var(--on-track); }
.grade-observational { border-color: var(--impact-muted); } .grade-estimate { border-color: var(--at-risk); border-style: dashed; }
.waterfall { margin: 0; flex: 1 1 320px; }
.waterfall-text { color: var(--impact-muted); font-size: 0.85em; }
.impact svg .waterfall-gross .waterfall-bar, .impact svg .waterfall-net .waterfall-bar { fill: var(--impact-accent); }
.impact svg .waterfall-adjustment .waterfall-bar { fill: var(--at-risk); opacity: 0.8; }
.impact svg .error-bar { stroke: var(--impact-accent); stroke-width: 2; fill: none; }
.impact svg .inconclusive .error-bar { stroke: var(--impact-muted); stroke-dasharray: 4 3; }
.impact svg .uplift-dot { fill: var(--impact-accent); }
.impact svg .experiment-zero { stroke: var(--impact-fg); stroke-width: 1; }
.experiments-table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
.experiments-table th, .experiments-table td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--impact-border); }
/* Last, so a card's own border rule does not hide its status colour. */
.status-met { border-left-color: var(--met); } .status-met .kpi-status, .key-result.status-met .key-status { color: var(--met-text); }
.status-on-track { border-left-color: var(--on-track); } .status-on-track .kpi-status, .key-result.status-on-track .key-status { color: var(--on-track-text); }
.status-at-risk { border-left-color: var(--at-risk); } .status-at-risk .kpi-status, .key-result.status-at-risk .key-status { color: var(--at-risk-text); }
.status-off-track { border-left-color: var(--off-track); } .status-off-track .kpi-status, .key-result.status-off-track .key-status { color: var(--off-track-text); }
.status-missed { border-left-color: var(--missed); } .status-missed .kpi-status, .key-result.status-missed .key-status { color: var(--missed-text); }
`;
