import type { LangiumSharedCoreServices, ValidationAcceptor } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import type { Input, Outcome, Output, PlanFile } from '../generated/ast.js';
import { isOutcome } from '../generated/ast.js';
import { WorkspaceChainLoops } from '../model/chain-loops.js';
import { describe, report } from './report.js';

/** Inputs -> outputs -> outcomes (seed 000) and their measures. */
export class ChainChecks {
    /** One loop finder per build, shared by the plans of the workspace (chain-loops.ts). */
    private readonly loopFinder: WorkspaceCache<'loops', WorkspaceChainLoops>;

    constructor(shared: LangiumSharedCoreServices) {
        // Emptied as each build links its plans again: the `from` links are new then.
        this.loopFinder = new WorkspaceCache(shared, DocumentState.Linked);
    }

    checkOutput = (output: Output, accept: ValidationAcceptor): void => {
        if (output.from.length === 0) {
            report(
                accept,
                'output-without-input',
                `Output ${describe(output)} says nothing of what produces it. Add a \`from\` line naming the input(s) it comes from.`,
                { node: output, property: 'name' }
            );
        }
        this.checkMeasured(output, 'output', accept);
    };

    checkInput = (input: Input, accept: ValidationAcceptor): void => {
        this.checkMeasured(input, 'input', accept);
    };

    checkOutcome = (outcome: Outcome, accept: ValidationAcceptor): void => {
        if (outcome.delivers.length === 0) {
            report(
                accept,
                'outcome-without-value',
                `Outcome ${describe(outcome)} delivers no value. Add a \`delivers\` line naming the member, organization or shared value it serves.`,
                { node: outcome, property: 'name' }
            );
        }
        if (outcome.from.length === 0) {
            report(
                accept,
                'outcome-without-output',
                `Outcome ${describe(outcome)} says nothing of what leads to it. Add a \`from\` line naming the output(s) or outcome(s) it comes from.`,
                { node: outcome, property: 'name' }
            );
        }
        this.checkMeasured(outcome, 'outcome', accept);
    };

    checkLoops = (root: PlanFile, accept: ValidationAcceptor): void => {
        const outcomes = root.elements.filter(isOutcome);
        const loops = this.loopFinder.get('loops', () => new WorkspaceChainLoops()).of(outcomes);
        for (const outcome of outcomes) {
            const loop = loops.get(outcome);
            if (!loop) continue;
            const path = loop.map(step => step.name).join(' → ');
            report(
                accept,
                'circular-chain',
                `Outcome \`${outcome.name}\` comes from itself through a loop of \`from\` links: ${path}. A chain must lead from inputs to outcomes; remove one of these \`from\` links.`,
                { node: outcome, property: 'name', data: { loop: loop.map(step => step.name) } }
            );
        }
    };

    private checkMeasured(element: Input | Output | Outcome, kind: string, accept: ValidationAcceptor): void {
        if (element.measures.length === 0) {
            report(
                accept,
                'unmeasured',
                `The ${kind} ${describe(element)} has no indicator. Add a \`measure\` line naming the indicator(s) that show it is happening.`,
                { node: element, property: 'name' }
            );
        }
    }
}
