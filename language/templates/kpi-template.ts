import type { PlanTemplate, TemplateInput } from './plan-template.js';
import { monthsAhead } from './plan-template.js';
import { savings } from './savings-block.js';

/** The actuals file written beside a plan made from the `kpi` template. */
export function actualsFileName(fileStem: string): string {
    return `${fileStem}-actuals.csv`;
}

/** The header of an actuals file; rows are added by the community as counts come in. */
export const actualsHeader = 'indicator,date,value,note\n';

/**
 * The impact chain of seed 004: inputs → outputs → an outcome (support requests deflected),
 * translated into a finance-friendly KPI (support cost avoidance = deflected tickets × the
 * fully loaded cost of a ticket) with its assumption and range, and an actuals file beside the
 * plan. The actuals file starts with its header only: no made-up counts, so no status until
 * real ones arrive. Target dates are a year from today.
 */
export const kpiTemplate: PlanTemplate = {
    name: 'kpi',
    summary: 'an impact chain to a KPI finance recognizes (support cost avoidance), with an assumption and an actuals file',
    render: ({ planName, fileStem, today }: TemplateInput) => {
        const actuals = actualsFileName(fileStem);
        const by = monthsAhead(today, 12);
        const thisMonth = monthsAhead(today, 0);
        return {
            companions: [{ path: actuals, text: actualsHeader }],
            plan: `// A plan for a Community of Practice, from the \`kpi\` template: from community activity to
// an impact finance recognizes. Each TODO marks a gap only you can fill: \`cop check\` and the
// editor point at every one until it is filled. Figures are examples to replace.

plan ${planName} "TODO: the community's name as people say it" {
    purpose "TODO: why this community exists, in one sentence"
    sponsor "TODO: the unit or person who sponsors it"
    // One row per count, as it comes in: indicator,date,value,note
    // e.g. Deflected,${thisMonth},180,forum relaunch
    actuals "${actuals}"
}

// The value matrix: what members and the organization gain, in the short and long term.
members Customers "Customers who help each other" {
    short QuickAnswers "Answers without waiting for support"
    long ProductMastery "Mastery of the product" // TODO: deliver it through an outcome, or drop it
}

organization Support "Customer support" {
    short LowerSupportCost "Lower support cost"
    long CustomerRetention "Customers who renew" // TODO: deliver it through an outcome, or drop it
}

shared PeerAnswers "Questions answered by peers, not tickets" {
    member QuickAnswers
    organization LowerSupportCost
}

// The chain: auditable inputs, outputs tied to behaviour, an outcome with a business effect.
input Moderation "Moderation and expert time" {
    measure ModeratorHours
}

output Answers "Accepted answers" {
    from Moderation
    measure AcceptedAnswers
}

outcome Deflection "Support requests deflected" {
    from Answers
    delivers PeerAnswers
    measure Deflected
}

indicator ModeratorHours "Hours worked" { // TODO: add a data line: where the numbers come from
    unit hours
    cadence monthly
}

indicator AcceptedAnswers "Responses to questions" { // TODO: add a data line: where the numbers come from
    unit answers
    cadence monthly
}

indicator Deflected "Support requests deflected" { // TODO: add a data line, e.g. tickets closed with a community link
    unit requests
    baseline 0
    target >= 1500 by ${by}
    cadence monthly
}
${savings(by)}`
        };
    }
};
