import type { Arm, Experiment } from '../generated/ast.js';
import { formatNumber, parseAmount } from './amounts.js';
import { parseDay } from './dates.js';

/** z of a two-sided 95 % interval, as the contract fixes it. */
export const Z_95 = 1.959964;

/** One arm of an experiment, as numbers: successes of trials, or a mean with its sd and n. */
export type ArmFigures =
    | { readonly form: 'proportion'; readonly successes: number; readonly trials: number }
    | { readonly form: 'mean'; readonly mean: number; readonly sd: number; readonly n: number };

/** What an experiment shows: treatment minus control, with its 95 % interval. */
export interface Uplift {
    readonly uplift: number;
    readonly low: number;
    readonly high: number;
    /** Uplift over the control's rate or mean; undefined when that is 0. */
    readonly relative?: number;
    /** The interval excludes 0. */
    readonly significant: boolean;
    readonly treatment: ArmFigures;
    readonly control: ArmFigures;
}

/** A reason an experiment has no uplift, on the line (property) it comes from. */
export interface ExperimentProblem {
    readonly property: 'name' | 'treatment' | 'control' | 'end';
    readonly message: string;
}

/** The numbers of an arm; undefined while one of them is missing or not a number. */
export function armFigures(arm: Arm | undefined): ArmFigures | undefined {
    if (!arm) return undefined;
    if (arm.mean !== undefined) {
        const mean = parseAmount(arm.mean);
        const sd = parseAmount(arm.sd);
        const n = parseAmount(arm.n);
        return mean === undefined || sd === undefined || n === undefined ? undefined : { form: 'mean', mean, sd, n };
    }
    const successes = parseAmount(arm.successes);
    const trials = parseAmount(arm.trials);
    return successes === undefined || trials === undefined ? undefined : { form: 'proportion', successes, trials };
}

const count = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** The problems of one arm, in plain words (`the treatment arm has 2,500 successes of 2,000 trials`). */
function armProblems(side: 'treatment' | 'control', arm: ArmFigures): ExperimentProblem[] {
    const problems: string[] = [];
    if (arm.form === 'proportion') {
        if (arm.trials <= 0)
            problems.push(
                `the ${side} arm has ${count(arm.trials)} trials: an arm needs at least one trial. Write the number of people (or visits) who were in the ${side} group`
            );
        else if (arm.successes > arm.trials)
            problems.push(
                `the ${side} arm has ${count(arm.successes)} successes of ${count(arm.trials)} trials: there cannot be more successes than trials. Write successes first, then \`of\` and the trials`
            );
        if (arm.successes < 0) problems.push(`the ${side} arm has ${count(arm.successes)} successes: write a count of 0 or more`);
    } else {
        if (arm.n <= 0)
            problems.push(`the ${side} arm has \`n ${count(arm.n)}\`: an arm needs at least one trial. Write how many were measured in the ${side} group`);
        if (arm.sd < 0) problems.push(`the ${side} arm has a negative standard deviation (\`sd ${count(arm.sd)}\`): write it without the minus sign`);
    }
    return problems.map(message => ({ property: side, message }));
}

/** Every problem of an experiment that keeps it from having an uplift: one per problem, each on its line. */
export function experimentProblems(experiment: Experiment): ExperimentProblem[] {
    const problems: ExperimentProblem[] = [];
    const treatment = armFigures(experiment.treatment);
    const control = armFigures(experiment.control);
    if (!experiment.treatment)
        problems.push({
            property: 'name',
            message: 'it has no `treatment` arm. Add a line like `treatment 412 of 2000` (successes of trials) or `treatment mean 4.2 sd 1.1 n 300`'
        });
    if (!experiment.control)
        problems.push({
            property: 'name',
            message: 'it has no `control` arm. Add a line like `control 318 of 2000` for the group that did not get the change'
        });
    if (treatment) problems.push(...armProblems('treatment', treatment));
    if (control) problems.push(...armProblems('control', control));
    if (treatment && control && treatment.form !== control.form) {
        problems.push({
            property: 'control',
            message: `the treatment arm is ${describeForm(treatment)} but the control arm is ${describeForm(control)}: write both arms the same way, \`N of N\` or \`mean N sd N n N\``
        });
    }
    const start = parseDay(experiment.start);
    const end = parseDay(experiment.end);
    if (start !== undefined && end !== undefined && end < start) {
        problems.push({
            property: 'end',
            message: `it ends on ${experiment.end}, before it starts on ${experiment.start}: swap the dates or correct one of them`
        });
    }
    return problems;
}

function describeForm(arm: ArmFigures): string {
    return arm.form === 'proportion' ? 'successes of trials (`N of N`)' : 'a mean (`mean N sd N n N`)';
}

/**
 * The uplift of an experiment (contract, Part 3): proportions p_t − p_c with
 * se = √(p_t(1−p_t)/n_t + p_c(1−p_c)/n_c); means m_t − m_c with se = √(sd_t²/n_t + sd_c²/n_c);
 * interval = uplift ± z·se. Undefined while the experiment has a problem or a missing arm.
 */
export function upliftOf(experiment: Experiment): Uplift | undefined {
    const treatment = armFigures(experiment.treatment);
    const control = armFigures(experiment.control);
    if (!treatment || !control || experimentProblems(experiment).length > 0) return undefined;
    let uplift: number;
    let se: number;
    let base: number;
    if (treatment.form === 'proportion' && control.form === 'proportion') {
        const pt = treatment.successes / treatment.trials;
        const pc = control.successes / control.trials;
        uplift = pt - pc;
        se = Math.sqrt((pt * (1 - pt)) / treatment.trials + (pc * (1 - pc)) / control.trials);
        base = pc;
    } else if (treatment.form === 'mean' && control.form === 'mean') {
        uplift = treatment.mean - control.mean;
        se = Math.sqrt(treatment.sd ** 2 / treatment.n + control.sd ** 2 / control.n);
        base = control.mean;
    } else {
        return undefined;
    }
    const low = uplift - Z_95 * se;
    const high = uplift + Z_95 * se;
    return { uplift, low, high, relative: base === 0 ? undefined : uplift / base, significant: low > 0 || high < 0, treatment, control };
}

/** How many were in an arm: trials, or n. */
export function armSize(arm: ArmFigures): number {
    return arm.form === 'proportion' ? arm.trials : arm.n;
}

/**
 * An uplift for people: a difference of rates as a percentage (`4.7%`), of means as a
 * number, with its interval: `4.7% (95% interval 2.31% to 7.09%)`.
 */
export function describeUplift(uplift: Uplift): string {
    const percent = uplift.treatment.form === 'proportion';
    return `${formatNumber(uplift.uplift, percent)} (95% interval ${formatNumber(uplift.low, percent)} to ${formatNumber(uplift.high, percent)})`;
}
