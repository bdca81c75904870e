/**
 * What the structural keywords of a plan stand for, in our own words: the value matrix
 * (seed 001), shared value (seed 002) and the chain of inputs, outputs and outcomes
 * (seed 000). Markdown, shown on hover; plain data so any view can use it.
 */

const matrix =
    'The **value matrix** asks what the community gives to its **members** and to the **organization** that hosts and funds it, ' +
    'each in the **short term** (soon, often felt directly) and the **long term** (built up over months and years). ' +
    'A community needs all four cells: members who get nothing stop coming; an organization that sees nothing withdraws its support.';

const sharedValue =
    '**Shared value** is the sweet spot where a member value and an organization value serve each other — ' +
    'for example *help with challenges* for members and *rapid problem solving* for the sponsor. ' +
    "If nothing overlaps, talk with the sponsor: either the community's purpose shifts, or the community realigns (and perhaps its membership changes).";

const chain =
    'The **chain** leads from what you put in to the difference it makes: **inputs** (effort and resources) produce **outputs** ' +
    '(activity you can count), and outputs lead to **outcomes** (results that matter). Decide the outcomes first, aligned with the values of the matrix, ' +
    'then the inputs and outputs needed to get there — and name an indicator that measures each step.';

export const structureGuidance = {
    members:
        `**Member segment** — one row of the value matrix for a group of members with their own needs (add a row per segment or persona).\n\n` +
        `Ask what these members gain: write \`short\` lines for value soon and \`long\` lines for value over time.\n\n${matrix}`,
    organization:
        `**Organization** — one row of the value matrix for a sponsor, partner or unit (add a row for each).\n\n` +
        `Ask what problem it needs the community to solve: isolated people, knowledge that does not reach the field, or knowledge that is not adopted. ` +
        `Write \`short\` and \`long\` lines for what it gains.\n\n${matrix}`,
    short: `**Short-term value** — what this row gains soon: help with a challenge, access to expertise, time saved.\n\n${matrix}`,
    long: `**Long-term value** — what this row gains over time: professional development, reputation, strategic capacity, retention of talent.\n\n${matrix}`,
    shared:
        `**Shared value** — name member values (\`member\`) and organization values (\`organization\`) that align.\n\n${sharedValue}\n\n` +
        'An outcome that `delivers` the shared value delivers every value it names.',
    sharedMember: `**Member side** of the shared value: the member values (from \`members\` rows) in the overlap.\n\n${sharedValue}`,
    sharedOrganization: `**Organization side** of the shared value: the organization values (from \`organization\` rows) in the overlap.\n\n${sharedValue}`,
    input: `**Input** — what you put in: hours worked, posts written, people invited, platform management. Measure it with \`measure\`.\n\n${chain}`,
    output:
        `**Output** — what the inputs produce that you can count: connections, discussions, answers, files shared. ` +
        `Name its inputs with \`from\` and its indicators with \`measure\`.\n\n${chain}`,
    outcome:
        `**Outcome** — the result that matters: solutions created, projects impacted, hours saved, support requests deflected. ` +
        `Name what leads to it with \`from\`, the values it serves with \`delivers\`, and its indicators with \`measure\`.\n\n${chain}`
} as const;

export type StructureTopic = keyof typeof structureGuidance;
