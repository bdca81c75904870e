import { isEvent, isSource } from '../../generated/ast.js';
import { successorOf } from '../../validation/event-deprecation-checks.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';
import { named } from './referrers.js';

/** On an event or a reference to it: its source, the value its rows carry, version, required fields, what it replaces and what replaces it. */
export class EventHover implements HoverContribution {
    hover(target: HoverTarget): string | undefined {
        const declaration = target.declaration;
        if (isSource(declaration)) {
            const columns = [
                ['time', declaration.time],
                ['person', declaration.person],
                ['event', declaration.event],
                ['consent', declaration.consent]
            ]
                .filter(([, column]) => column !== undefined)
                .map(([line, column]) => `${line} ${codeSpan(column!)}`);
            return [
                `**${escapeMarkdown(declaration.title ?? declaration.name)}** — source ${named(declaration)}`,
                '',
                declaration.file ? `Files ${codeSpan(declaration.file)} (relative to the plan)` : 'No `file` line yet',
                '',
                columns.join(' · ')
            ].join('\n');
        }
        if (!isEvent(declaration)) return undefined;
        const event = declaration;
        const lines = [
            `**${escapeMarkdown(event.title ?? event.name)}** — event ${named(event)}${event.version ? `, version ${escapeMarkdown(event.version)}` : ''}`,
            ''
        ];
        lines.push(
            `Rows of source ${codeSpan(event.source?.$refText ?? '?')} whose event column is ${codeSpan(event.eventName ?? event.name)}${event.replaces.length ? `, or ${event.replaces.map(old => codeSpan(old.ref?.eventName ?? old.$refText)).join(', ')} (older names)` : ''}.`
        );
        if (event.requires.length)
            lines.push(
                '',
                `Requires ${event.requires.map(codeSpan).join(', ')}: rows without ${event.requires.length === 1 ? 'it' : 'them'} are excluded and counted.`
            );
        if (event.deprecated !== undefined) {
            const successor = successorOf(event);
            lines.push(
                '',
                `**Deprecated**: ${escapeMarkdown(event.deprecated)}${successor ? ` — use ${codeSpan(successor.name)}, which counts its rows too.` : ''}`
            );
        }
        return lines.join('\n');
    }
}
