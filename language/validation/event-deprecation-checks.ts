import type { Reference, ValidationAcceptor } from 'langium';
import type { Event, Indicator, Influence, PlanFile } from '../generated/ast.js';
import { report } from './report.js';

/** A deprecated event named by a `compute` line or an influence: its successor is what to count. */
export class EventDeprecationChecks {
    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const compute = indicator.compute;
        if (!compute || compute.$type === 'SqlCompute') return;
        const message = messageFor(compute.event);
        if (message) report(accept, 'event-deprecated', message.text, { node: compute, property: 'event', data: message.data });
        if (compute.$type === 'ShareCompute') {
            const base = messageFor(compute.base);
            if (base) report(accept, 'event-deprecated', base.text, { node: compute, property: 'base', data: base.data });
        }
    };

    checkInfluence = (influence: Influence, accept: ValidationAcceptor): void => {
        influence.touches.forEach((touch, index) => {
            const message = messageFor(touch);
            if (message) report(accept, 'event-deprecated', message.text, { node: influence, property: 'touches', index, data: message.data });
        });
        const conversion = messageFor(influence.conversion);
        if (conversion) report(accept, 'event-deprecated', conversion.text, { node: influence, property: 'conversion', data: conversion.data });
    };
}

/** The message for a reference to a deprecated event, with the successor for the quick fix. */
function messageFor(reference: Reference<Event> | undefined): { text: string; data?: { successor: string } } | undefined {
    const event = reference?.ref;
    if (!event || event.deprecated === undefined) return undefined;
    const successor = successorOf(event);
    const fix = successor ? `Name \`${successor.name}\` instead: it counts the rows of \`${event.name}\` too.` : 'Name the event that replaces it.';
    return { text: `Event \`${event.name}\` is deprecated ("${event.deprecated}"). ${fix}`, data: successor ? { successor: successor.name } : undefined };
}

/** The event whose `replaces` line names this one. */
export function successorOf(event: Event): Event | undefined {
    const root = event.$container as PlanFile;
    return root.elements.find((element): element is Event => element.$type === 'Event' && element.replaces.some(old => old.ref === event));
}
