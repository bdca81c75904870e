/**
 * `cop diff` in the core (contract Part 4): the semantic difference between two sets of
 * parsed plans, the policies of `--fail-on`, and its text, JSON and markdown renderings.
 * No Node here: the CLI and the extension read the files (or git) and call `diffWorkspaces`.
 */
export { diffWorkspaces } from './compare-plans.js';
export type { DiffOptions, DiffPlanInput } from './compare-plans.js';
export type { ElementChange, KpiFigures, KpiImpactChange, PlanDiff, PlanPairing, PolicyMatch, PolicyResult, PolicyRule } from './diff-model.js';
export { POLICY_RULES, isPolicyRule, summarise, summaryLine } from './diff-model.js';
export { diffToJson } from './diff-json.js';
export { renderDiffMarkdown, MARKDOWN_LIMIT, DIFF_MARKER } from './diff-markdown.js';
export { renderDiffText } from './diff-text.js';
export type { Paint } from './diff-text.js';
export { renderDiffPage } from './diff-page.js';
export { changeMarks } from './change-marks.js';
export type { ChangeMarks } from './change-marks.js';
export { diffPlanInput } from './plan-input.js';
