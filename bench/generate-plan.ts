/**
 * Generated plans for the benchmark: realistic content (matrix rows with values, shared
 * values, an input → output → outcome chain with links back to earlier groups, indicators
 * with targets, the impact layer, the seven cycles) with references everywhere, repeated in
 * groups until the plan has about the asked number of lines. Deterministic: the same size
 * gives the same text, so figures are comparable between runs.
 */

const cycleKinds = ['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling'] as const;
const cadences = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;

/** One group of elements, numbered `k`; it links back to group `k - 1` when there is one. */
function group(k: number, qualifier = ''): string[] {
    const prev = k > 0 ? k - 1 : undefined;
    const q = qualifier;
    const lines: string[] = [];
    lines.push(
        `members Segment${k} "Practitioners of team ${k}" {`,
        `    short Help${k} "Help with challenges (${k})"`,
        `    short Access${k} "Access to expertise (${k})"`,
        `    long Growth${k} "Professional development (${k})"`,
        `}`,
        ``,
        `organization Unit${k} "Business unit ${k}" {`,
        `    short Speed${k} "Rapid problem solving (${k})"`,
        `    long Capacity${k} "Strategic capacity (${k})"`,
        `}`,
        ``,
        `// Where members and unit ${k} meet.`,
        `shared Sweet${k} "Hard problems solved faster (${k})" {`,
        `    member Help${k}, Access${k}`,
        `    organization Speed${k}${prev !== undefined ? `, ${q}Capacity${prev}` : ''}`,
        `}`,
        ``,
        `input Hours${k} "Expert hours committed (${k})" {`,
        `    measure Worked${k}`,
        `}`,
        ``,
        `output Answers${k} "Questions answered (${k})" {`,
        `    from Hours${k}${prev !== undefined ? `, ${q}Hours${prev}` : ''}`,
        `    measure Responses${k}, Respond${k}`,
        `}`,
        ``,
        `outcome Deflection${k} "Support requests deflected (${k})" {`,
        `    from Answers${k}${prev !== undefined ? `, ${q}Deflection${prev}` : ''}`,
        `    delivers Sweet${k}, Growth${k}, Capacity${k}`,
        `    measure Deflected${k}`,
        `}`,
        ``
    );
    const indicators: Array<[string, string, string]> = [
        [`Worked${k}`, `Hours worked (${k})`, 'hours'],
        [`Responses${k}`, `Responses to questions (${k})`, 'responses'],
        [`Respond${k}`, `Time to respond to questions (${k})`, 'hours'],
        [`Deflected${k}`, `Support requests deflected (${k})`, 'requests']
    ];
    indicators.forEach(([name, title, unit], i) => {
        lines.push(
            `indicator ${name} "${title}" {`,
            `    unit ${unit}`,
            `    baseline ${10 + ((k * 7 + i) % 90)}`,
            `    target >= ${100 + ((k * 13 + i) % 900)} by 2027-0${1 + ((k + i) % 9)}`,
            `    data "Forum export, column ${i + 1}"`,
            `    cadence ${cadences[(k + i) % cadences.length]}`,
            `    owner "Community manager ${k % 17}"`,
            `}`,
            ``
        );
    });
    lines.push(
        `assumption Cost${k} "Fully loaded cost of one ticket (${k})" {`,
        `    value ${30 + (k % 20)} range 20..60`,
        `    unit USD/request`,
        `    source "Finance, FY2026 support budget"`,
        `}`,
        ``,
        `kpi Savings${k} "Support cost avoidance (${k})" {`,
        // Kpis build on each other in short chains (five deep), as roll-ups do.
        `    formula Deflected${k} * Cost${k}${prev !== undefined && k % 5 !== 0 ? ` + ${q}Savings${prev} / 10` : ''}`,
        `    unit USD`,
        `    target >= ${50000 + k} by 2027-06`,
        `    translates Deflection${k}`,
        `}`,
        ``,
        `actual Deflected${k} {`,
        `    2026-07 ${200 + (k % 50)}`,
        `    2026-08 ${250 + (k % 50)}`,
        `    2026-09 ${300 + (k % 50)} "forum relaunch"`,
        `}`,
        ``,
        `story Renewal${k} "A peer answer that saved a renewal (${k})" {`,
        `    date 2026-09-14`,
        `    tags Deflected${k}, Savings${k}`,
        `    text "A customer's admin found the fix in a thread and renewed the next week."`,
        `}`,
        ``,
        `objective Faster${k} "Members get help within a day (${k})" {`,
        `    key Respond${k} <= 24 by 2027-06`,
        `    key Savings${k} >= 50000 by 2027-06`,
        `}`,
        ``
    );
    return lines;
}

function header(name: string, title: string): string[] {
    return [
        `plan ${name} "${title}" {`,
        `    purpose "Help analysts in country offices solve hard modelling problems faster"`,
        `    sponsor "Analytics & Insights Unit"`,
        `}`,
        ``
    ];
}

/** The seven cycles, each tracking indicators spread over the groups (at most 40 each). */
function cycles(groups: number, first = 0): string[] {
    const lines: string[] = [];
    cycleKinds.forEach((kind, c) => {
        const tracked: string[] = [];
        const step = Math.max(1, Math.floor(groups / 40));
        for (let k = c % step; k < groups && tracked.length < 40; k += step) {
            tracked.push(`${['Worked', 'Responses', 'Respond', 'Deflected'][(k + c) % 4]}${first + k}`);
        }
        lines.push(
            `cycle ${kind} {`,
            `    aspiration "Questions answered within one working day"`,
            `    condition "Committed time of experts"`,
            `    track ${tracked.join(', ')}`,
            `    data "Forum timestamps"`,
            `}`,
            ``
        );
    });
    return lines;
}

export const linesPerGroup = group(1).length;

/** A single plan of about `targetLines` lines. */
export function generatePlan(targetLines: number, name = 'BenchPlan'): string {
    const fixed = header(name, 'Benchmark plan').length + cycles(1).length;
    const groups = Math.max(1, Math.round((targetLines - fixed) / linesPerGroup));
    const lines = header(name, `Benchmark plan of ${groups} groups`);
    for (let k = 0; k < groups; k++) lines.push(...group(k));
    lines.push(...cycles(groups));
    return lines.join('\n');
}

/**
 * A workspace of linked plans: plan `i` has its own groups and links to plan `i - 1` by
 * qualified names (`Plan.Element`) in shared values, chains and formulas; one plan in ten
 * has an unresolved reference.
 */
export function generateWorkspace(files: number, groupsPerFile = 2): Map<string, string> {
    const result = new Map<string, string>();
    for (let i = 0; i < files; i++) {
        const name = `Team${i}`;
        const lines = header(name, `Team ${i} community`);
        const base = i * groupsPerFile;
        for (let g = 0; g < groupsPerFile; g++) {
            const k = base + g;
            // The first group of a plan links to the last group of the previous plan, qualified.
            const qualifier = g === 0 && i > 0 ? `Team${i - 1}.` : '';
            lines.push(...group(k, qualifier));
        }
        lines.push(...cycles(groupsPerFile, base));
        if (i % 10 === 5) {
            // One plan in ten has a typo in a reference, as real workspaces do: Langium
            // re-links every plan with an unresolved reference after any change.
            lines.push(
                `outcome Typo${i} "An outcome with a misspelt source" {`,
                `    from Answerz${base}`,
                `    delivers Sweet${base}`,
                `    measure Deflected${base}`,
                `}`,
                ``
            );
        }
        result.set(`team-${String(i).padStart(3, '0')}.cop`, lines.join('\n'));
    }
    return result;
}

/**
 * The plan's content as JSON, shaped like `cop export --format json` (plan, matrix rows,
 * shared values, outcomes) plus the rest of its elements, for the benchmark's floor: the
 * cheapest thing a tool can do with a plan is read and parse its data.
 */
/**
 * The lines of a generated plan that the benchmarks' edits toggle: the indicators' `data`
 * lines (commenting one out gives an `indicator-without-data` warning, restoring it takes
 * the warning away), by index.
 */
export function dataLines(text: string): number[] {
    const result: number[] = [];
    text.split('\n').forEach((line, index) => {
        if (line.startsWith('    data "Forum export')) result.push(index);
    });
    return result;
}

/** A data line as the benchmarks' edit leaves it: commented out, at the block's indentation. */
export function commentedOut(line: string): string {
    return `    // ${line.trim()}`;
}

export function planAsJson(text: string): string {
    const blocks: Array<{ kind: string; name: string; title?: string; lines: string[][] }> = [];
    let current: (typeof blocks)[number] | undefined;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('//')) continue;
        const open = /^(\w+)\s+(\w+)(?:\s+"([^"]*)")?\s*\{$/.exec(line);
        if (open) {
            current = { kind: open[1], name: open[2], title: open[3], lines: [] };
            blocks.push(current);
        } else if (line === '}') {
            current = undefined;
        } else if (current) {
            current.lines.push(line.split(/[\s,]+/).filter(Boolean));
        }
    }
    const plan = blocks.find(b => b.kind === 'plan');
    const rows = blocks
        .filter(b => b.kind === 'members' || b.kind === 'organization')
        .map(b => ({
            stakeholder: b.name,
            side: b.kind,
            short: b.lines.filter(l => l[0] === 'short').map(l => l[1]),
            long: b.lines.filter(l => l[0] === 'long').map(l => l[1])
        }));
    const listOf = (b: (typeof blocks)[number], key: string) => b.lines.filter(l => l[0] === key).flatMap(l => l.slice(1));
    return JSON.stringify(
        {
            plan: { name: plan?.name, title: plan?.title },
            matrix: { rows },
            shared: blocks.filter(b => b.kind === 'shared').map(b => ({ name: b.name, member: listOf(b, 'member'), organization: listOf(b, 'organization') })),
            outcomes: blocks.filter(b => b.kind === 'outcome').map(b => ({ name: b.name, delivers: listOf(b, 'delivers') })),
            elements: blocks
                .filter(b => !['plan', 'members', 'organization'].includes(b.kind))
                .map(b => ({ kind: b.kind, name: b.name, title: b.title, lines: b.lines })),
            diagnostics: []
        },
        null,
        2
    );
}
