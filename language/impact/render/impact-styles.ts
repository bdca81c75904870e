/** Styles of the impact section; status colours are also told in words, never by colour alone. */
export const impactStyles = `
.impact { --met: #1a7f37; --on-track: #2da44e; --at-risk: #bf8700; --off-track: #cf222e; --missed: #82071e; --no-data: #8c959f; }
.kpi-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 12px 0; }
.kpi-tile { border: 1px solid #d0d7de; border-left: 6px solid var(--no-data); border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
.kpi-tile h3 { font-size: 0.95em; margin: 0 0 6px; }
.kpi-tile p { margin: 2px 0; }
.kpi-value { font-size: 1.6em; font-weight: 600; }
.kpi-range, .kpi-target, .kpi-planned { color: #57606a; font-size: 0.85em; }
.kpi-status { font-weight: 600; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; }
.status-met { border-left-color: var(--met); } .status-met .kpi-status, .key-result.status-met .key-status { color: var(--met); }
.status-on-track { border-left-color: var(--on-track); } .status-on-track .kpi-status { color: var(--on-track); }
.status-at-risk { border-left-color: var(--at-risk); } .status-at-risk .kpi-status { color: var(--at-risk); }
.status-off-track { border-left-color: var(--off-track); } .status-off-track .kpi-status { color: var(--off-track); }
.status-missed { border-left-color: var(--missed); } .status-missed .kpi-status { color: var(--missed); }
.impact-card { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 16px; break-inside: avoid; }
.impact-card h3 { width: 100%; margin: 0; font-size: 1em; }
.impact-card .stories { flex: 1 1 220px; }
.story { border-left: 3px solid #d0d7de; padding: 2px 8px; margin: 6px 0; white-space: pre-wrap; }
.story-meta { color: #57606a; font-size: 0.8em; display: block; }
svg text { font: 11px system-ui, sans-serif; fill: #24292f; }
svg .axis { stroke: #8c959f; fill: none; }
svg .actual-line { stroke: #0969da; stroke-width: 2; fill: none; }
svg .actual-dot { fill: #0969da; }
svg .target-path { stroke: #57606a; stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
svg .driver-bar { fill: #54aeff; }
svg .tornado-base { stroke: #24292f; stroke-width: 1; }
.objective ul { list-style: none; padding: 0; }
.key-result { display: grid; grid-template-columns: 1fr 160px 140px; gap: 8px; align-items: center; margin: 4px 0; }
.progress { display: inline-block; height: 10px; background: #eaeef2; border-radius: 5px; overflow: hidden; }
.progress-fill { display: block; height: 100%; background: #0969da; }
.stale { color: var(--at-risk); font-size: 0.85em; }
`;
