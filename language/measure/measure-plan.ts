import type { Compute, Event, Indicator, Influence, PlanFile, Source } from '../generated/ast.js';
import { parseAmount } from '../impact/amounts.js';

/**
 * What `cop measure` needs of a plan, read from its syntax tree into plain data: sources,
 * events with the names their rows carry, and one measure per computed indicator and per
 * influence. The query builder and the engine work on this, never on the tree, so what they
 * run is exactly what the plan says.
 */

export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface SourceSpec {
    readonly name: string;
    readonly file: string;
    readonly time: string;
    readonly person?: string;
    readonly event: string;
    readonly consent?: string;
}

export interface EventSpec {
    readonly name: string;
    readonly source: string;
    /** The values of the source's `event` column that count as this event: its own, then those it replaces. */
    readonly values: readonly string[];
    readonly requires: readonly string[];
    readonly deprecated?: string;
}

export interface WhereCondition {
    readonly column: string;
    /** A STRING is compared as text, a number as a number. */
    readonly value: string | number;
}

export type MeasureKind =
    | { readonly form: 'count' | 'unique'; readonly event: EventSpec }
    | { readonly form: 'sum'; readonly column: string; readonly event: EventSpec }
    | { readonly form: 'share'; readonly event: EventSpec; readonly base: EventSpec }
    | { readonly form: 'retained'; readonly event: EventSpec; readonly days: number }
    | { readonly form: 'sql'; readonly query: string; readonly sources: readonly SourceSpec[] }
    | {
          readonly form: 'influence';
          readonly touches: readonly EventSpec[];
          readonly conversion: EventSpec;
          readonly valueColumn: string;
          readonly windowDays: number;
          readonly models: readonly ModelWeight[];
      };

export interface ModelWeight {
    readonly model: 'first' | 'last' | 'linear' | 'position' | 'decay';
    readonly weight: number;
    readonly halfLifeDays?: number;
}

export interface MeasureSpec {
    /** The indicator's or influence's name: the `indicator` column of the actuals file. */
    readonly name: string;
    readonly cadence: Cadence;
    /** The source whose rows are measured (absent for `sql`, which may read several). */
    readonly source?: SourceSpec;
    readonly kind: MeasureKind;
    readonly where: readonly WhereCondition[];
    /** Zero-filled periods (count, unique, sum, influence) or absent ones (share, retained, sql). */
    readonly zeroFill: boolean;
}

/** A measure the plan declares but that cannot run as written (a name that does not resolve). */
export interface MeasureProblem {
    readonly name: string;
    readonly message: string;
}

export interface MeasurePlan {
    readonly sources: readonly SourceSpec[];
    readonly events: readonly EventSpec[];
    readonly measures: readonly MeasureSpec[];
    readonly problems: readonly MeasureProblem[];
}

export function sourceSpec(source: Source): SourceSpec | undefined {
    if (!source.name || source.file === undefined || source.time === undefined || source.event === undefined) return undefined;
    return { name: source.name, file: source.file, time: source.time, person: source.person, event: source.event, consent: source.consent };
}

/** The values of the `event` column an event's rows carry: its `name` (default its ID), then the names of what it replaces. */
export function eventValues(event: Event): string[] {
    const values = [event.eventName ?? event.name];
    for (const old of event.replaces) {
        const replaced = old.ref;
        if (replaced && !values.includes(replaced.eventName ?? replaced.name)) values.push(replaced.eventName ?? replaced.name);
    }
    return values;
}

export function readMeasurePlan(root: PlanFile): MeasurePlan {
    const sources = new Map<Source, SourceSpec>();
    const events = new Map<Event, EventSpec>();
    const problems: MeasureProblem[] = [];
    for (const element of root.elements) {
        if (element.$type === 'Source') {
            const spec = sourceSpec(element);
            if (spec) sources.set(element, spec);
            else problems.push({ name: element.name, message: `source \`${element.name}\` needs a \`file\`, a \`time\` and an \`event\` line` });
        }
    }
    for (const element of root.elements) {
        if (element.$type !== 'Event') continue;
        const source = element.source?.ref && sources.get(element.source.ref);
        if (!source) continue;
        events.set(element, {
            name: element.name,
            source: source.name,
            values: eventValues(element),
            requires: element.requires,
            deprecated: element.deprecated
        });
    }
    const measures: MeasureSpec[] = [];
    for (const element of root.elements) {
        if (element.$type === 'Indicator' && element.compute) {
            const measure = indicatorMeasure(element, element.compute, sources, events);
            if (typeof measure === 'string') problems.push({ name: element.name, message: measure });
            else measures.push(measure);
        } else if (element.$type === 'Influence') {
            const measure = influenceMeasure(element, sources, events);
            if (typeof measure === 'string') problems.push({ name: element.name, message: measure });
            else measures.push(measure);
        }
    }
    return { sources: [...sources.values()], events: [...events.values()], measures, problems };
}

function cadenceOf(cadence: string | undefined): Cadence {
    return (cadence ?? 'monthly') as Cadence;
}

function indicatorMeasure(
    indicator: Indicator,
    compute: Compute,
    sources: ReadonlyMap<Source, SourceSpec>,
    events: ReadonlyMap<Event, EventSpec>
): MeasureSpec | string {
    const cadence = cadenceOf(indicator.cadence);
    if (compute.$type === 'SqlCompute') {
        return { name: indicator.name, cadence, kind: { form: 'sql', query: compute.query, sources: [...sources.values()] }, where: [], zeroFill: false };
    }
    const event = compute.event?.ref && events.get(compute.event.ref);
    if (!event) return `the event of indicator \`${indicator.name}\`'s \`compute\` line is not declared with a source`;
    const source = [...sources.values()].find(spec => spec.name === event.source)!;
    if (!source.person && (compute.$type === 'UniqueCompute' || compute.$type === 'ShareCompute' || compute.$type === 'RetainedCompute')) {
        return `indicator \`${indicator.name}\` counts people, but source \`${source.name}\` has no \`person\` line naming who acted`;
    }
    const where = compute.conditions.map(condition => ({
        column: condition.column,
        value: condition.text ?? parseAmount(condition.number) ?? 0
    }));
    switch (compute.$type) {
        case 'CountCompute':
            return { name: indicator.name, cadence, source, kind: { form: 'count', event }, where, zeroFill: true };
        case 'UniqueCompute':
            return { name: indicator.name, cadence, source, kind: { form: 'unique', event }, where, zeroFill: true };
        case 'SumCompute':
            return { name: indicator.name, cadence, source, kind: { form: 'sum', column: compute.column, event }, where, zeroFill: true };
        case 'ShareCompute': {
            const base = compute.base?.ref && events.get(compute.base.ref);
            if (!base) return `the base event of indicator \`${indicator.name}\`'s \`share\` is not declared with a source`;
            if (base.source !== event.source)
                return `indicator \`${indicator.name}\` shares events of two sources (\`${event.source}\`, \`${base.source}\`): both must come from one source`;
            return { name: indicator.name, cadence, source, kind: { form: 'share', event, base }, where, zeroFill: false };
        }
        case 'RetainedCompute':
            return { name: indicator.name, cadence, source, kind: { form: 'retained', event, days: Number(compute.days) }, where, zeroFill: false };
    }
}

function influenceMeasure(influence: Influence, sources: ReadonlyMap<Source, SourceSpec>, events: ReadonlyMap<Event, EventSpec>): MeasureSpec | string {
    const source = influence.source?.ref && sources.get(influence.source.ref);
    if (!source) return `influence \`${influence.name}\` needs a \`source\` line naming a source with \`file\`, \`time\` and \`event\``;
    if (!source.person)
        return `influence \`${influence.name}\`: source \`${source.name}\` has no \`person\` column, so touches cannot be matched to conversions`;
    const conversion = influence.conversion?.ref && events.get(influence.conversion.ref);
    if (!conversion || influence.valueColumn === undefined) return `influence \`${influence.name}\` needs a \`conversion EVENT value COLUMN\` line`;
    const touches = influence.touches.map(touch => touch.ref && events.get(touch.ref)).filter((spec): spec is EventSpec => !!spec);
    if (touches.length === 0) return `influence \`${influence.name}\` needs a \`touches\` line naming its community events`;
    const models = influence.models.map(model => ({
        model: model.model as ModelWeight['model'],
        weight: parseAmount(model.weight) ?? 0,
        halfLifeDays: model.halfLife === undefined ? undefined : Number(model.halfLife)
    }));
    if (models.length === 0) return `influence \`${influence.name}\` needs a \`model\` line`;
    return {
        name: influence.name,
        cadence: cadenceOf(influence.cadence),
        source,
        kind: { form: 'influence', touches, conversion, valueColumn: influence.valueColumn, windowDays: Number(influence.window ?? 90), models },
        where: [],
        zeroFill: true
    };
}
