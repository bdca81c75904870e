/**
 * Styles of the one "Is it worth funding?" section (preview and report), on the impact views'
 * theme variables (impact-styles.ts). On paper the answer's lines run together and the
 * lists tighten, so the report keeps to one page.
 */
export const fundingStyles = `
.funding { border: 1px solid var(--impact-border); border-left: 6px solid var(--impact-accent); border-radius: 6px; padding: 6px 12px; margin: 12px 0; }
.funding > h2 { margin-top: 0; }
.funding h3 { font-size: 1em; margin: 10px 0 4px; }
.funding .funding-roi { margin: 4px 0; }
.funding .funding-roi strong, .funding-net strong { font-size: 1.4em; }
.funding-range { color: var(--impact-muted); }
.funding-drivers, .funding-kpis { margin: 4px 0; padding-left: 20px; }
.funding .grade-badge { margin-left: 0; }
@media print {
  .funding { padding: 2px 6px; margin: 4px 0; border-width: 1px 1px 1px 4px; break-inside: avoid; }
  .funding > h2 { margin: 2px 0; }
  .funding-net, .funding .funding-roi, .funding-grade { display: inline; margin: 0 8px 0 0; }
  .funding h3 { font-size: 8.5pt; margin: 3px 0 1px; }
  .funding .funding-roi strong, .funding-net strong { font-size: 10pt; }
  .funding-drivers, .funding-kpis { margin: 1px 0; padding-left: 14px; }
  .funding-misses h3:first-child { margin-top: 0; }
}
`;
