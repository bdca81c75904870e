/**
 * Every diagnostic code of the .cop language, with its severity and a one-line rule
 * description (used by SARIF output and the docs). Codes are a stable contract: CI
 * pipelines count them and people search for them, so never rename one.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticRule {
    readonly severity: Severity;
    readonly description: string;
}

export const diagnosticRules = {
    // Part 1: plans
    'outcome-without-value': { severity: 'warning', description: 'An outcome delivers no value of the matrix.' },
    'value-without-outcome': {
        severity: 'warning',
        description: 'A member or organization value that no outcome delivers, directly or through a shared value.'
    },
    'no-shared-value': { severity: 'warning', description: 'The plan has member values and organization values but no shared value links them.' },
    'shared-value-one-sided': { severity: 'warning', description: 'A shared value lacks its member side or its organization side.' },
    'shared-value-wrong-side': { severity: 'error', description: '`member` names an organization value, or `organization` a member value.' },
    'matrix-gap': { severity: 'warning', description: 'A member segment or organization has no short-term value, or no long-term value.' },
    'output-without-input': { severity: 'warning', description: 'An output names no `from` input.' },
    'outcome-without-output': { severity: 'warning', description: 'An outcome names no `from` output or outcome.' },
    'circular-chain': { severity: 'error', description: '`from` links form a loop.' },
    unmeasured: { severity: 'warning', description: 'An input, output or outcome has no `measure`.' },
    'indicator-without-data': { severity: 'warning', description: 'An indicator says nothing of the data that evidences it.' },
    'indicator-unused': { severity: 'hint', description: 'An indicator that no element measures and no cycle tracks.' },
    'qualitative-target': { severity: 'warning', description: 'A qualitative indicator has a numeric target.' },
    'cycle-incomplete': { severity: 'warning', description: 'A cycle lacks one of its four rounds (aspiration, condition, track, data).' },
    'duplicate-cycle': { severity: 'error', description: 'The same cycle kind appears twice in a plan.' },
    'duplicate-name': { severity: 'error', description: 'Two elements of a plan share a name.' },
    'missing-plan': { severity: 'error', description: 'A file has no plan header, or more than one.' },
    'unknown-catalog-entry': { severity: 'information', description: "An indicator's title is in no catalog." },
    'catalog-invalid': {
        severity: 'error',
        description: 'A catalog named by the plan, by cop.config.json, or by the settings (cop.catalogs, --catalog), is missing or malformed.'
    },
    // Part 2: impact
    'formula-invalid': { severity: 'error', description: 'A formula does not parse, divides by a literal zero, or refers to itself through other kpis.' },
    'unit-mismatch': {
        severity: 'warning',
        description: "A formula adds or subtracts terms of different units, or its result's unit differs from the kpi's unit."
    },
    'assumption-out-of-range': { severity: 'error', description: "An assumption's value lies outside its own range, or the range is reversed." },
    'assumption-unsourced': { severity: 'warning', description: 'An assumption says nothing of where it comes from.' },
    'kpi-without-outcome': { severity: 'warning', description: 'A kpi translates no outcome.' },
    'actual-without-target': { severity: 'hint', description: 'An indicator has actuals but no target to judge them by.' },
    'actual-duplicate-date': { severity: 'error', description: 'Two actuals of one indicator on the same date.' },
    'actuals-invalid': { severity: 'error', description: 'The actuals file is missing or malformed.' },
    'stale-data': { severity: 'warning', description: "The latest actual is older than two periods of the indicator's cadence." },
    'off-track': { severity: 'warning', description: 'An indicator or kpi is off-track or has missed its target.' },
    'story-untagged': { severity: 'warning', description: 'A story tags nothing.' },
    // Part 3: experiments, adjustments, evidence
    'experiment-invalid': {
        severity: 'error',
        description:
            'An experiment arm has more successes than trials, no trials or a negative sd, its arms are of different forms, or it ends before it starts.'
    },
    'experiment-inconclusive': { severity: 'warning', description: "The interval of an experiment's uplift includes 0, and an assumption uses it." },
    'assumption-conflict': { severity: 'error', description: 'An assumption has `from` and also `value` or `range`.' },
    'adjustment-out-of-range': {
        severity: 'error',
        description: 'A deadweight, displacement or attribution share lies outside 0%..100%, or its range is reversed.'
    },
    'impact-unadjusted': { severity: 'warning', description: 'A kpi counted in a currency states none of deadweight, displacement, attribution.' },
    'weak-evidence': { severity: 'information', description: 'A kpi that translates an outcome rests on estimates only (its evidence grade is `estimate`).' },
    'forecast-miss': {
        severity: 'information',
        description: 'An indicator or kpi is on-track or at-risk, yet its least-squares forecast falls short of the target by more than 10 %.'
    },
    // Part 6: frameworks, decisions and reviews
    'vanity-metric': { severity: 'information', description: 'The plan has decisions, and an indicator or kpi with a target informs none of them.' },
    'northstar-unlinked': { severity: 'warning', description: 'The North Star is measured by no outcome and translates none.' },
    'scorecard-unbalanced': { severity: 'information', description: 'Perspectives are used, and one of the four has no indicator or kpi.' },
    'review-incomplete': { severity: 'warning', description: 'An operating review lacks a win, a worry or an experiment.' },
    'action-overdue': { severity: 'warning', description: 'As of the check date, an action of a review is past its due date and not done.' },
    'decision-at-risk': { severity: 'warning', description: 'A decision due within 90 days of the check date (or overdue) is at risk.' },
    'cost-invalid': { severity: 'error', description: "The plan's `cost` names something that is not in a currency." },
    // Part 5: measuring from data
    'source-invalid': {
        severity: 'error',
        description: "A source's files are missing or unreadable, or lack its time, person, event or consent column (cop measure, cop check --data)."
    },
    'consent-missing': { severity: 'warning', description: 'A source has a person column and no consent column.' },
    'identity-unhashed': { severity: 'warning', description: 'cop measure finds e-mail addresses in a person column.' },
    'event-deprecated': { severity: 'warning', description: 'A compute line or an influence names a deprecated event.' },
    'event-unknown-field': {
        severity: 'error',
        description: "requires, sum, where or an influence's value names a column the source does not have (cop measure, cop check --data)."
    },
    'actual-conflict': { severity: 'error', description: 'An indicator has both a compute line and hand-typed actuals.' },
    'influence-invalid': { severity: 'error', description: 'The weights of an influence do not sum to 1, a weight is negative, or decay lacks a half-life.' },
    // Part 7: conventions
    'date-invalid': { severity: 'error', description: 'A date that does not exist, in a plan or an actuals file.' },
    'number-invalid': { severity: 'error', description: 'A number with more than 15 significant digits or of magnitude above 10^15.' },
    'config-invalid': { severity: 'error', description: '`cop.config.json` is malformed, or names an unknown key, code or severity.' },
    // Beyond the contract's tables (see docs/language.md)
    'time-unparseable': {
        severity: 'warning',
        description: 'cop measure finds rows of a source whose time is empty or not an ISO 8601 time; they are not counted.'
    },
    'internal-error': {
        severity: 'error',
        description: 'A check of cop failed on this plan (a bug of cop to report); the plan may have problems that are not shown.'
    },
    'repeated-line': { severity: 'error', description: 'A line that may appear once in a block appears twice; only the last would count.' },
    'syntax-error': { severity: 'error', description: 'The text does not follow the .cop grammar.' },
    'unresolved-reference': { severity: 'error', description: 'A name refers to nothing declared in this plan or, as `Plan.Element`, in another plan.' }
} as const satisfies Record<string, DiagnosticRule>;

export type DiagnosticCode = keyof typeof diagnosticRules;

export function severityOf(code: DiagnosticCode): Severity {
    return diagnosticRules[code].severity;
}
