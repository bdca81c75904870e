import type { Reference, ValidationAcceptor } from 'langium';
import type { Event, Indicator, Influence, PlanFile } from '../generated/ast.js';
import { report } from './report.js';

/** A deprecated event named by a `compute` line or an influence: its successor is what to count. */
export class EventDeprecationChecks {
    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const compute = indicator.compute;
        if (!compute || compute.$type === 'SqlCompute') return;
        const references: Reference<Event>[] = [compute.event];
        if (compute.$type === 'ShareCompute') references.push(compute.base);
        for (const reference of references) this.checkReference(reference, accept, compute, references.indexOf(reference) === 0 ? 'event' : 'base');
    };

    checkInfluence = (influence: Influence, accept: ValidationAcceptor): void => {
        influence.touches.forEach((touch, index) => this.checkReference(touch, accept, influence, 'touches', index));
        if (influence.conversion) this.checkReference(influence.conversion, accept, influence, 'conversion');
    };

    private checkReference(reference: Reference<Event> | undefined, accept: ValidationAcceptor, node: Indicator['compute'] | Influence, property: string, index?: number): void {
        const event = reference?.ref;
        if (!event || event.deprecated === undefined || !node) return;
        const successor = successorOf(event);
        const fix = successor ? `Name \`${successor.name}\` instead: it counts the rows of \`${event.name}\` too.` : 'Name the event that replaces it.';
        report(accept, 'event-deprecated',
            `Event \`${event.name}\` is deprecated ("${event.deprecated}"). ${fix}`,
            { node, property: property as never, index, data: successor ? { successor: successor.name } : undefined });
    }
}

/** The event whose `replaces` line names this one. */
export function successorOf(event: Event): Event | undefined {
    const root = event.$container as PlanFile;
    return root.elements.find((element): element is Event => element.$type === 'Event' && element.replaces.some(old => old.ref === event));
}
