import type { Event, Influence, PlanFile, Source } from '../generated/ast.js';
import type { Lineage, LineageMeasure } from './lineage.js';

/**
 * What the views and the export show of Part 5: the sources and events a plan declares, and
 * for each computed indicator and influence how it is computed and, once `cop measure
 * --write` has run, the lineage of its figures (from the lineage file beside the actuals).
 */
export interface SourceView {
    readonly name: string;
    readonly title?: string;
    readonly file?: string;
    readonly time?: string;
    readonly person?: string;
    readonly event?: string;
    readonly consent?: string;
}

export interface EventView {
    readonly name: string;
    readonly title?: string;
    readonly source?: string;
    /** The value of the source's `event` column its rows carry. */
    readonly value: string;
    readonly requires: readonly string[];
    readonly version?: number;
    readonly replaces: readonly string[];
    readonly deprecated?: string;
}

export interface ComputedView {
    /** The indicator's or influence's name. */
    readonly name: string;
    /** `count`, `unique`, `sum`, `share`, `retained`, `sql` or `influence`. */
    readonly form: string;
    /** The measure's lineage, when the lineage file records it. */
    readonly lineage?: LineageMeasure & { readonly duckdb: string };
    /** An influence's lines (absent for an indicator). */
    readonly influence?: InfluenceParts & { readonly title?: string };
}

export type InfluenceParts = ReturnType<typeof influenceParts>;

export interface MeasureView {
    readonly sources: readonly SourceView[];
    readonly events: readonly EventView[];
    readonly computed: readonly ComputedView[];
}

const FORMS: Record<string, string> = {
    CountCompute: 'count',
    UniqueCompute: 'unique',
    SumCompute: 'sum',
    ShareCompute: 'share',
    RetainedCompute: 'retained',
    SqlCompute: 'sql'
};

export function buildMeasureView(root: PlanFile, lineages: Iterable<Lineage>): MeasureView {
    const recorded = new Map<string, LineageMeasure & { duckdb: string }>();
    for (const lineage of lineages) for (const measure of lineage.measures) recorded.set(measure.name, { ...measure, duckdb: lineage.duckdb });
    const sources: SourceView[] = [];
    const events: EventView[] = [];
    const computed: ComputedView[] = [];
    for (const element of root.elements) {
        switch (element.$type) {
            case 'Source':
                sources.push(sourceView(element));
                break;
            case 'Event':
                events.push(eventView(element));
                break;
            case 'Indicator':
                if (element.compute) computed.push({ name: element.name, form: FORMS[element.compute.$type], lineage: recorded.get(element.name) });
                break;
            case 'Influence':
                computed.push({
                    name: element.name,
                    form: 'influence',
                    lineage: recorded.get(element.name),
                    influence: { title: element.title, ...influenceParts(element) }
                });
                break;
        }
    }
    return { sources, events, computed };
}

function sourceView(source: Source): SourceView {
    return {
        name: source.name,
        title: source.title,
        file: source.file,
        time: source.time,
        person: source.person,
        event: source.event,
        consent: source.consent
    };
}

function eventView(event: Event): EventView {
    return {
        name: event.name,
        title: event.title,
        source: event.source?.$refText,
        value: event.eventName ?? event.name,
        requires: [...event.requires],
        version: event.version === undefined ? undefined : Number(event.version),
        replaces: event.replaces.map(ref => ref.$refText),
        deprecated: event.deprecated
    };
}

/** An influence as the export shows it. */
export function influenceParts(influence: Influence) {
    return {
        source: influence.source?.$refText,
        touches: influence.touches.map(ref => ref.$refText),
        conversion: influence.conversion?.$refText,
        value: influence.valueColumn,
        window: influence.window === undefined ? undefined : Number(influence.window),
        models: influence.models.map(model => ({
            model: model.model,
            weight: Number(model.weight),
            halfLife: model.halfLife === undefined ? undefined : Number(model.halfLife)
        })),
        unit: influence.unit,
        cadence: influence.cadence
    };
}
