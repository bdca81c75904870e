/**
 * What the keywords of frameworks, decisions and reviews stand for (seed 004), in our own
 * words. Markdown, shown on hover over the keyword.
 */
export const frameworkGuidance: Readonly<Record<string, string>> = {
    northstar:
        '**North Star** — the one indicator or kpi the whole community steers by, for shared orientation. ' +
        'Choose one that an outcome is measured by (or a kpi that translates one), so steering by it moves what matters.',
    cost:
        '**Cost** — what the community costs per year, an assumption or indicator in a currency. ' +
        'The return on it (ROI) sums the top-level kpis in that currency that translate an outcome, over this cost.',
    perspective:
        '**Balanced Scorecard perspective** — `financial`, `customer`, `process` or `learning`. ' +
        'A balanced plan has a metric in each of the four, so no single view hijacks attention.',
    decision:
        '**Decision** — one the sponsor must take, matched to the metrics (`uses`) and thresholds it needs. ' +
        'Dashboards start from the decisions to take each month, then match each to a chart and a kpi with a threshold.',
    threshold: '**Threshold** — the value a metric must keep for the decision to stay on track: below it, the decision is at risk.',
    review:
        '**Operating review** — one block per review: bring one win, one worry and one experiment each cycle, ' +
        'and close with actions that have clear owners and dates.',
    win: '**Win** — what went well this cycle; `tags` names what it is about.',
    worry: '**Worry** — what concerns you this cycle; `tags` names what it is about.',
    experiment: '**Experiment** — what the community tries next: the name of an experiment, or a text for one that is only planned.',
    action:
        '**Action** — a promise with its owner and due date: `action "…" owner "…" due DATE`, and `done DATE` once done. ' +
        'Past its due date and not done, it is overdue.',
    cycles: '**Cycles** — the value-creation cycles this story runs through, in order (`immediate, applied, realized`): a value-creation story.'
};
