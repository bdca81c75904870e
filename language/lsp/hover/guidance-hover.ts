import type { AstNode, CstNode } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import { isCycle, isInput, isOutcome, isOutput, isRow, isShared, isValue } from '../../generated/ast.js';
import type { CycleGuidance, Round } from '../../guidance/cycles.js';
import { cycleGuidance, cycleKinds, isCycleKind, roundAnswers, rounds, roundTitles } from '../../guidance/cycles.js';
import { frameworkGuidance } from '../../guidance/frameworks.js';
import { structureGuidance } from '../../guidance/structure.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';

/**
 * The framework's own guidance where people type: on a cycle kind, what that value means and
 * its four questions; on a round keyword, that round's question for the enclosing cycle; on
 * matrix and chain keywords, what the matrix, shared value and chain are for. Keywords only:
 * names and references are left to other contributions.
 */
export class GuidanceHover implements HoverContribution {
    hover({ leaf, node }: HoverTarget): string | undefined {
        const word = keywordOf(leaf);
        if (!word) return undefined;
        if (isCycle(node)) {
            if (word === 'cycle') return frameworkHover();
            if (isCycleKind(word)) return cycleHover(cycleGuidance[word]);
            if ((rounds as readonly string[]).includes(word) && node.kind && isCycleKind(node.kind)) {
                return roundHover(cycleGuidance[node.kind], word as Round);
            }
            return undefined;
        }
        return structureHover(word, node);
    }
}

/** The keyword a leaf is, or undefined for names (keywords are valid names too) and other tokens. */
function keywordOf(leaf: CstNode): string | undefined {
    const source = leaf.grammarSource;
    if (!GrammarAST.isKeyword(source)) return undefined;
    const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
    // A keyword used as a name (`indicator data { … }`) comes through the Keyword rule.
    if (rule?.name === 'Keyword' || rule?.name === 'QualifiedName') return undefined;
    return source.value;
}

function frameworkHover(): string {
    const list = cycleKinds.map(kind => `${cycleGuidance[kind].order}. \`${kind}\` — ${cycleGuidance[kind].title.toLowerCase()}`).join('\n');
    return (
        '**Value-creation cycle** (Wenger-Trayner) — one block per kind of value the community creates, ' +
        'each explored in four rounds: `aspiration`, `condition`, `track` (indicators) and `data`. ' +
        `Hover a kind for what it means and its key questions.\n\n${list}`
    );
}

function cycleHover(cycle: CycleGuidance): string {
    const list = rounds.map((round, index) => `${index + 1}. **${roundTitles[round]}** (\`${round}\`) — ${cycle.questions[round]}`).join('\n');
    return (
        `**${cycle.title}** — cycle ${cycle.order} of 7 of the value-creation framework (Wenger-Trayner)\n\n` +
        `${cycle.meaning}\n\nThe four rounds of key questions:\n\n${list}`
    );
}

function roundHover(cycle: CycleGuidance, round: Round): string {
    const index = rounds.indexOf(round) + 1;
    return (
        `**${roundTitles[round]}** — round ${index} of 4 of the ${cycle.kind} cycle (${cycle.title.toLowerCase()})\n\n` +
        `> ${cycle.questions[round]}\n\n${roundAnswers[round]} For example: *${cycle.examples[round]}*.`
    );
}

function structureHover(word: string, node: AstNode): string | undefined {
    if (isRow(node) && (word === 'members' || word === 'organization')) return structureGuidance[word];
    if (isValue(node) && (word === 'short' || word === 'long')) return structureGuidance[word];
    if (isShared(node)) {
        if (word === 'shared') return structureGuidance.shared;
        if (word === 'member') return structureGuidance.sharedMember;
        if (word === 'organization') return structureGuidance.sharedOrganization;
    }
    if (isInput(node) && word === 'input') return structureGuidance.input;
    if (isOutput(node) && word === 'output') return structureGuidance.output;
    if (isOutcome(node) && word === 'outcome') return structureGuidance.outcome;
    return Object.hasOwn(frameworkGuidance, word) ? frameworkGuidance[word] : undefined;
}
