import { frameworkBase } from './framework-base.js';
import type { PlanTemplate, TemplateInput } from './plan-template.js';
import { monthsAhead } from './plan-template.js';
import { savings } from './savings-block.js';

/** OKRs (seed 004: focus and stretch): objectives with key results, scored, and the decision they inform. */
export const okrTemplate: PlanTemplate = {
    name: 'okr',
    summary: 'objectives with key results, scored in the OKR view, and the decision they inform',
    render: ({ planName, today }: TemplateInput) => {
        const by = monthsAhead(today, 12);
        return {
            companions: [],
            plan:
                frameworkBase({ planName, template: 'okr', purpose: 'objectives and key results for focus.', by }) +
                `
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
        };
    }
};

/** A North Star (seed 004: shared orientation) with what the community costs and returns. */
export const northStarTemplate: PlanTemplate = {
    name: 'north-star',
    summary: 'one North Star metric the whole community steers by, with its cost and return (ROI)',
    render: ({ planName, today }: TemplateInput) => {
        const by = monthsAhead(today, 12);
        return {
            companions: [],
            plan:
                frameworkBase({
                    planName,
                    template: 'north-star',
                    purpose: 'one metric the whole community steers by.',
                    by,
                    header: ['northstar Responders', 'cost CommunityCost']
                }) +
                savings(by) +
                `
// What the community costs per year: the ROI divides the savings by it.
assumption CommunityCost "What the community costs per year" { // TODO: add a source line, e.g. the budget
    value 20000
    unit USD
}
`
        };
    }
};

/** A Balanced Scorecard (seed 004: balance): every metric in one of the four perspectives. */
export const scorecardTemplate: PlanTemplate = {
    name: 'scorecard',
    summary: 'a Balanced Scorecard: indicators and kpis in the financial, customer, process and learning perspectives',
    render: ({ planName, today }: TemplateInput) => {
        const by = monthsAhead(today, 12);
        return {
            companions: [],
            plan:
                frameworkBase({
                    planName,
                    template: 'scorecard',
                    purpose: 'metrics balanced over four perspectives.',
                    by,
                    perspectives: ['learning', 'customer', 'process']
                }) + savings(by, '\n    perspective financial')
        };
    }
};

/** Operating reviews (seed 004): one win, one worry, one experiment, actions with owners and dates. */
export const operatingReviewTemplate: PlanTemplate = {
    name: 'operating-review',
    summary: 'a decision with its threshold, and an operating review with a win, a worry, an experiment and actions',
    render: ({ planName, today }: TemplateInput) => {
        const by = monthsAhead(today, 12);
        return {
            companions: [],
            plan:
                frameworkBase({ planName, template: 'operating-review', purpose: 'decisions and the reviews that follow them.', by }) +
                `
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
        };
    }
};
