import type { FrameworkBase } from './framework-base.js';
import { frameworkBase } from './framework-base.js';
import type { PlanTemplate } from './plan-template.js';
import { monthsAhead } from './plan-template.js';
import { savings } from './savings-block.js';

/** What a framework template sets of the base plan: everything but the plan's name, its own name and the date. */
type BaseOptions = Omit<FrameworkBase, 'planName' | 'template' | 'by'>;

/**
 * A framework template: the shared base plan (framework-base.ts), with indicators due in 12
 * months, and the template's own blocks after it (`body`, given that date and today).
 */
function frameworkTemplate(name: string, summary: string, base: BaseOptions, body: (by: string, today: Date) => string): PlanTemplate {
    return {
        name,
        summary,
        render: ({ planName, today }) => {
            const by = monthsAhead(today, 12);
            return { companions: [], plan: frameworkBase({ ...base, planName, template: name, by }) + body(by, today) };
        }
    };
}

/** OKRs (seed 004: focus and stretch): objectives with key results, scored, and the decision they inform. */
export const okrTemplate = frameworkTemplate(
    'okr',
    'objectives with key results, scored in the OKR view, and the decision they inform',
    { purpose: 'objectives and key results for focus.' },
    (by, today) => `
// Objectives and their key results: each scored from its start to its target.
objective FasterHelp "Members get help from peers" {
    key Responders >= 80 by ${by}
    key Deflected >= 1500 by ${by}
}

// The decision the objective informs: who decides, by when.
decision Renewal "Renew the community budget" {
    owner "TODO: who decides"
    due ${monthsAhead(today, 11)}
    uses FasterHelp
}
`
);

/** A North Star (seed 004: shared orientation) with what the community costs and returns. */
export const northStarTemplate = frameworkTemplate(
    'north-star',
    'one North Star metric the whole community steers by, with its cost and return (ROI)',
    { purpose: 'one metric the whole community steers by.', header: ['northstar Responders', 'cost CommunityCost'] },
    by =>
        savings(by) +
        `
// What the community costs per year: the ROI divides the savings by it.
assumption CommunityCost "What the community costs per year" { // TODO: add a source line, e.g. the budget
    value 20000
    unit USD
}
`
);

/** A Balanced Scorecard (seed 004: balance): every metric in one of the four perspectives. */
export const scorecardTemplate = frameworkTemplate(
    'scorecard',
    'a Balanced Scorecard: indicators and kpis in the financial, customer, process and learning perspectives',
    { purpose: 'metrics balanced over four perspectives.', perspectives: ['learning', 'customer', 'process'] },
    by => savings(by, '\n    perspective financial')
);

/** Operating reviews (seed 004): one win, one worry, one experiment, actions with owners and dates. */
export const operatingReviewTemplate = frameworkTemplate(
    'operating-review',
    'a decision with its threshold, and an operating review with a win, a worry, an experiment and actions',
    { purpose: 'decisions and the reviews that follow them.' },
    (_by, today) => `
// The decision the sponsor must take, matched to the metrics and thresholds it needs.
decision Renewal "Renew the community budget" {
    owner "TODO: who decides"
    due ${monthsAhead(today, 11)}
    uses Responders, Deflected
    threshold Deflected >= 1000
}

// One block per operating review: one win, one worry, one experiment, and actions with owners and dates.
review FirstReview "First operating review" {
    date ${monthsAhead(today, 0)}
    win "TODO: what went well" tags Responders
    worry "TODO: what worries you" tags Deflected
    experiment "TODO: what to try next cycle"
    action "TODO: the first action" owner "TODO: who" due ${monthsAhead(today, 1)}
}
`
);
