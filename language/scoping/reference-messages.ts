import { nearestName } from '../model/nearest-word.js';

/** What a reference may name, in the language's words, and the line's rule for it. */
interface ReferenceKind {
    /** `an indicator`, `a value or shared value`. */
    readonly what: string;
    /** What the line names: "`measure` names indicators". */
    readonly rule: string;
}

/** Every reference of the grammar, by the element that holds it and its property. */
const kinds: Record<string, ReferenceKind> = {
    'Shared.member': { what: 'a member value', rule: 'the `member` line of a shared value names values of `members` rows (their `short` and `long` lines)' },
    'Shared.organization': {
        what: 'an organization value',
        rule: 'the `organization` line of a shared value names values of `organization` rows (their `short` and `long` lines)'
    },
    'Input.measures': { what: 'an indicator', rule: '`measure` names indicators' },
    'Output.measures': { what: 'an indicator', rule: '`measure` names indicators' },
    'Outcome.measures': { what: 'an indicator', rule: '`measure` names indicators' },
    'Output.from': { what: 'an input', rule: 'the `from` line of an output names inputs' },
    'Outcome.from': { what: 'an output or outcome', rule: 'the `from` line of an outcome names outputs and other outcomes' },
    'Outcome.delivers': { what: 'a value or shared value', rule: '`delivers` names values (`short` and `long` lines of rows) and shared values' },
    'Cycle.tracks': { what: 'an indicator', rule: '`track` names indicators' },
    'Kpi.translates': { what: 'an outcome', rule: '`translates` names outcomes' },
    'QuantityRef.ref': { what: 'an indicator, assumption or kpi', rule: 'a formula names indicators, assumptions and kpis' },
    'Actual.indicator': { what: 'an indicator', rule: 'an `actual` block names the indicator its values are of' },
    'Story.tags': { what: 'an element', rule: '`tags` names elements of the plan (indicators, kpis, outcomes, values …)' },
    'Plan.northstar': { what: 'an indicator or kpi', rule: '`northstar` names the one indicator or kpi the community steers by' },
    'Plan.cost': { what: 'an assumption or indicator', rule: '`cost` names an assumption or indicator in a currency' },
    'Decision.uses': { what: 'an indicator, kpi or objective', rule: '`uses` names indicators, kpis and objectives' },
    'Threshold.metric': { what: 'an indicator or kpi', rule: 'a `threshold` line names an indicator or kpi' },
    'ReviewNote.tags': { what: 'an element', rule: '`tags` names elements of the plan (indicators, kpis, outcomes, values …)' },
    'KeyResult.subject': { what: 'an indicator or kpi', rule: 'a `key` line names an indicator or kpi' },
    'Assumption.from': { what: 'an experiment', rule: 'the `from` line of an assumption names an experiment' },
    'Experiment.metric': { what: 'an indicator', rule: '`metric` names the indicator an experiment measured' },
    'ReviewExperiment.experiment': { what: 'an experiment', rule: 'the `experiment` line of a review names an experiment, or is a text for a planned one' }
};

/** The kinds of element, in the language's words, by their type in the syntax tree. */
const elementWords: Record<string, string> = {
    Plan: 'a plan',
    Row: 'a row (`members` or `organization`)',
    Value: 'a value',
    Shared: 'a shared value',
    Input: 'an input',
    Output: 'an output',
    Outcome: 'an outcome',
    Indicator: 'an indicator',
    Assumption: 'an assumption',
    Kpi: 'a kpi',
    Story: 'a story',
    Objective: 'an objective',
    Experiment: 'an experiment',
    Decision: 'a decision',
    Review: 'a review'
};

export interface UnresolvedReference {
    /** The type of the element holding the reference and the property that holds it. */
    readonly containerType: string;
    readonly property: string;
    /** The name as written. */
    readonly text: string;
    /** Names that would resolve here: the suggestion is the nearest of them. */
    readonly candidates: Iterable<string>;
    /** Types of the plan's elements that have this name but are of another kind. */
    readonly otherKinds: readonly string[];
}

/**
 * The message of a reference that resolves to nothing, in plain words: what the line may name
 * and, when a name of the right kind is close, that name.
 */
export function unresolvedReferenceMessage(reference: UnresolvedReference): string {
    const kind = kinds[`${reference.containerType}.${reference.property}`] ?? {
        what: 'an element',
        rule: 'this line names elements of the plans of this folder'
    };
    const name = `\`${reference.text}\``;
    const other = reference.otherKinds.map(type => elementWords[type]).find(Boolean);
    const dot = reference.text.indexOf('.');
    let first: string;
    if (other) first = `${name} is ${other}, not ${kind.what}`;
    else if (dot > 0)
        first = `${name} is not ${kind.what} of a plan in this folder (no plan called \`${reference.text.slice(0, dot)}\` has one called \`${reference.text.slice(dot + 1)}\`)`;
    else first = `${name} is not ${kind.what} of this plan`;
    const suggestion = nearestName(reference.text, reference.candidates);
    return `${first}: ${kind.rule}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
}
