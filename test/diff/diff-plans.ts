import type { CliResult } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';

/** The contract's Part 4 plan: a header, a matrix, a chain, an indicator with actuals, an assumption and a kpi. */
export function supportPlan(change: { target?: string; retention?: boolean; source?: boolean; extra?: string; actuals?: string; value?: string } = {}): string {
    return `plan SupportCommunity "Customer Support Community" {
    purpose "Peers answer each other so fewer tickets reach support"
}

members Customers "Customers" {
    short QuickHelp "Quick help"
${change.retention === false ? '' : '    long Retention "Keep using the product"\n'}}

organization Support "Support team" {
    short FewerTickets "Fewer tickets"
    long Insight "Product insight"
}

shared Sweet "Help that saves tickets" {
    member QuickHelp
    organization FewerTickets
}

outcome Deflection "Support requests deflected" {
    delivers Sweet, Retention, Insight
}

indicator Deflected "Support requests deflected" {
    unit requests
    target ${change.target ?? '>= 1000 by 2027-06'}
    data "Helpdesk tickets closed with a community link"
}

assumption TicketCost "Fully loaded cost of one support ticket" {
    value ${change.value ?? '38 range 25..55'}
    unit USD/request
${change.source === false ? '' : '    source "Finance, FY2026 support budget"\n'}}

kpi SupportSavings "Support cost avoidance" {
    formula Deflected * TicketCost
    unit USD
    translates Deflection
}

actual Deflected {
${change.actuals ?? '    2026-07 210\n    2026-08 260\n    2026-09 300 "forum relaunch"'}
}
${change.extra ?? ''}`;
}

/**
 * Writes OLD and NEW into a fresh folder and runs `cop diff old.cop new.cop ARGS` there, in
 * this process (the command runs as a process in diff-git.cli.test.ts and diff-changes.cli.test.ts).
 */
export async function diffPair(before: string, after: string, args: string[] = []): Promise<CliResult & { folder: string }> {
    const folder = tempFiles({ 'old.cop': before, 'new.cop': after }, 'cop-diff-');
    return { ...(await runCliInProcess(['diff', 'old.cop', 'new.cop', '--as-of', '2026-09-30', ...args], { cwd: folder })), folder };
}

export interface JsonChange {
    plan: string;
    element: string;
    type: string;
    change: string;
    field?: string;
    before?: string | null;
    after?: string | null;
}

/** The JSON of `cop diff OLD NEW --format json`. */
export async function diffJson(
    before: string,
    after: string,
    args: string[] = []
): Promise<{
    code: number;
    stderr: string;
    json: {
        changes: JsonChange[];
        impact: { kpi: string; before: unknown; after: unknown }[];
        policies: { rule: string; passed: boolean; matches: { element: string; field?: string; reason: string }[] }[];
    };
}> {
    const result = await diffPair(before, after, ['--format', 'json', ...args]);
    return { code: result.code, stderr: result.stderr, json: JSON.parse(result.stdout || 'null') };
}
