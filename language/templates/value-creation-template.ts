import type { Round } from '../guidance/cycles.js';
import { cycleGuidance, cycleKinds, rounds, roundTitles } from '../guidance/cycles.js';
import type { PlanTemplate, TemplateInput } from './plan-template.js';

/**
 * The value-creation framework as a worksheet: the seven cycles, each with its four rounds
 * of key questions as comments above the line that answers them. Aspirations, conditions and
 * data are TODO texts to rewrite; indicators (round 3) are left for the community to choose,
 * so each cycle's `cycle-incomplete` warning points at the TODO on its first line.
 */
export const valueCreationTemplate: PlanTemplate = {
    name: 'value-creation',
    summary: 'the seven value-creation cycles (Wenger-Trayner), each with its four rounds of key questions',
    render: ({ planName }: TemplateInput) => ({
        companions: [],
        plan: `// A plan for a Community of Practice, from the \`value-creation\` template: the seven
// cycles of the value-creation framework (Etienne and Beverly Wenger-Trayner), each asked in
// four rounds. Answer each question on the line below it; TODO marks what is still open.
// Hover a cycle or a round keyword for its meaning and questions.

plan ${planName} "TODO: the community's name as people say it" {
    purpose "TODO: why this community exists, in one sentence"
    sponsor "TODO: the unit or person who sponsors it"
}
${cycleKinds.map(kind => cycleBlock(kind)).join('')}`
    })
};

const INDENT = '    ';

function cycleBlock(kind: keyof typeof cycleGuidance): string {
    const cycle = cycleGuidance[kind];
    const lines = [
        '',
        ...comment(`${cycle.order}. ${cycle.title} — ${cycle.meaning}`, ''),
        `cycle ${kind} { // TODO: declare indicators for round 3 and name them on a track line`
    ];
    for (const round of rounds) {
        lines.push(...comment(`Round ${rounds.indexOf(round) + 1}, ${roundTitles[round].toLowerCase()}: ${cycle.questions[round]}`, INDENT));
        lines.push(INDENT + answerLine(round, cycle.examples[round]));
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

function answerLine(round: Round, example: string): string {
    return round === 'track' ? `// track IndicatorName    (e.g. an indicator of ${example})` : `${round} "TODO: your answer, e.g. ${example}"`;
}

/** A `//` comment wrapped at about 96 columns. */
function comment(text: string, indent: string): string[] {
    const width = 96 - indent.length - 3;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(`${indent}// ${line}`);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) lines.push(`${indent}// ${line}`);
    return lines;
}
