/**
 * The ticket-cost assumption and the savings kpi that the kpi, North Star and scorecard
 * templates share: the outcome in money, adjusted for what others caused, with its TODOs.
 */
export function savings(by: string, perspective = ''): string {
    return `
// Impact: the outcome in money, with the assumption behind it open to challenge.
assumption TicketCost "Fully loaded cost of one support ticket" { // TODO: add a source line: who gave this figure
    value 38 range 25..55
    unit USD/request
}

kpi SupportSavings "Support cost avoidance" { // TODO: say what TicketCost rests on (an evidence line)
    formula Deflected * TicketCost
    unit USD
    attribution 0%..30% // TODO: the share others caused (docs, product fixes); agree it with finance
    target >= 50000 by ${by}
    translates Deflection${perspective}
}
`;
}
