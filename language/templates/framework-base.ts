/**
 * What the framework templates (`okr`, `north-star`, `scorecard`, `operating-review`) share:
 * a support community's value matrix, its chain from expert time to deflected tickets, and
 * the indicators that evidence it. Each template adds its framework on top. `perspective`
 * lines are added by the scorecard template only (the others leave the scorecard unjudged).
 */
export interface FrameworkBase {
    readonly planName: string;
    /** The template's name, for the opening comment. */
    readonly template: string;
    /** What the template is for, one comment line. */
    readonly purpose: string;
    /** Extra lines of the plan header (already indented). */
    readonly header?: readonly string[];
    /** `perspective` lines of the three indicators, in order, when the template sets them. */
    readonly perspectives?: readonly [string, string, string];
    /** Target date of the indicators, `YYYY-MM`. */
    readonly by: string;
}

export function frameworkBase(base: FrameworkBase): string {
    const perspective = (index: number) => (base.perspectives ? `\n    perspective ${base.perspectives[index]}` : '');
    return `// A plan for a Community of Practice, from the \`${base.template}\` template: ${base.purpose}
// Each TODO marks a gap only you can fill: \`cop check\` and the editor point at every one
// until it is filled. Figures are examples to replace.

plan ${base.planName} "TODO: the community's name as people say it" {
    purpose "TODO: why this community exists, in one sentence"
    sponsor "TODO: the unit or person who sponsors it"${(base.header ?? []).map(line => `\n    ${line}`).join('')}
}

// The value matrix: what members and the organization gain, in the short and long term.
members Customers "Customers who help each other" {
    short QuickAnswers "Answers without waiting for support"
    long ProductMastery "Mastery of the product"
}

organization Support "Customer support" {
    short LowerSupportCost "Lower support cost"
    long CustomerRetention "Customers who renew"
}

shared PeerAnswers "Questions answered by peers, not tickets" {
    member QuickAnswers, ProductMastery
    organization LowerSupportCost, CustomerRetention
}

// The chain: auditable inputs, outputs tied to behaviour, an outcome with a business effect.
input Moderation "Moderation and expert time" {
    measure ModeratorHours
}

output Answers "Accepted answers" {
    from Moderation
    measure Responders
}

outcome Deflection "Support requests deflected" {
    from Answers
    delivers PeerAnswers
    measure Deflected, Responders
}

indicator ModeratorHours "Hours worked" { // TODO: add a data line: where the numbers come from
    unit hours
    cadence monthly${perspective(0)}
}

indicator Responders "Members who replied" { // TODO: add a data line, e.g. the forum's monthly export
    unit members
    baseline 0
    target >= 80 by ${base.by}
    cadence monthly${perspective(1)}
}

indicator Deflected "Support requests deflected" { // TODO: add a data line, e.g. tickets closed with a community link
    unit requests
    baseline 0
    target >= 1500 by ${base.by}
    cadence monthly${perspective(2)}
}
`;
}
