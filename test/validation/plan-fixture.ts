/**
 * A small plan that checks clean. Each test changes one thing to trigger one diagnostic,
 * and keeps the near-identical clean plan as its counterpart.
 */
export const cleanPlan = `plan Cop "A community" {
    purpose "Help analysts solve hard problems faster"
}

members Analysts "Analysts" {
    short Help "Help with challenges"
    long Growth "Professional development"
}

organization Unit "Analytics unit" {
    short Speed "Rapid problem solving"
    long Capacity "Strategic capacity"
}

shared Sweet "Problems solved faster" {
    member Help
    organization Speed
}

input Hours "Expert hours" {
    measure HoursWorked
}

output Answers "Questions answered" {
    from Hours
    measure Responses
}

outcome Faster "Faster answers" {
    from Answers
    delivers Sweet, Growth, Capacity
    measure Responses
}

indicator HoursWorked "Hours worked" {
    unit hours
    data "Timesheets"
}

indicator Responses "Responses to questions" {
    target >= 100 by 2027-06
    data "Forum API"
}

cycle immediate {
    aspiration "Questions answered within a day"
    condition "Committed time of experts"
    track Responses
    data "Forum timestamps"
}
`;

/** The clean plan with one text replaced; fails loudly if the text is not there. */
export function variant(from: string, to: string, base = cleanPlan): string {
    if (!base.includes(from)) throw new Error(`fixture does not contain: ${from}`);
    return base.replace(from, to);
}

/** 1-based line of the first occurrence of `text` in `plan`. */
export function lineOf(plan: string, text: string): number {
    const index = plan.indexOf(text);
    if (index < 0) throw new Error(`not found: ${text}`);
    return plan.slice(0, index).split('\n').length;
}
