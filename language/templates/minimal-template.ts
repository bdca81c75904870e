import type { PlanTemplate, TemplateInput } from './plan-template.js';

/**
 * The smallest whole plan: the value matrix, one shared value, one chain and one indicator.
 * Gaps are left on purpose where only the community can answer; each carries a TODO on the
 * line its warning points at.
 */
export const minimalTemplate: PlanTemplate = {
    name: 'minimal',
    summary: 'the value matrix, one shared value, one chain (input → output → outcome) and one indicator',
    render: ({ planName }: TemplateInput) => ({
        companions: [],
        plan: `// A plan for a Community of Practice, from the \`minimal\` template.
// Each TODO marks a gap only you can fill: \`cop check\` and the editor point at every one
// until it is filled. Hover a keyword for the framework's guidance.

plan ${planName} "TODO: the community's name as people say it" {
    purpose "TODO: why this community exists, in one sentence"
    sponsor "TODO: the unit or person who sponsors it"
}

// The value matrix: what members and the organization gain, in the short and long term.
members Practitioners "TODO: who your members are" {
    short HelpWithChallenges "Help with challenges"
    long ProfessionalDevelopment "Professional development" // TODO: deliver it through an outcome, or drop it
}

organization Sponsor "TODO: the sponsoring unit" {
    short RapidProblemSolving "Rapid problem solving"
    long StrategicCapacity "Strategic capacity building" // TODO: deliver it through an outcome, or drop it
}

// Shared value: where a member value and an organization value serve each other.
shared FasterAnswers "Hard problems solved faster" {
    member HelpWithChallenges
    organization RapidProblemSolving
}

// The chain: inputs produce outputs, outputs lead to outcomes that deliver values.
input ExpertHours "Expert hours committed" { // TODO: add a measure line naming an indicator
}

output Answers "Questions answered" {
    from ExpertHours
    measure TimeToRespond
}

outcome ProblemsSolved "Problems solved with the community's help" { // TODO: add a measure line naming an indicator
    from Answers
    delivers FasterAnswers
}

indicator TimeToRespond "Time to respond to questions" { // TODO: add a data line: where the numbers come from
    unit hours
    cadence monthly
}
`
    })
};
