import type { ValidationAcceptor } from 'langium';
import type { Event, Influence } from '../generated/ast.js';
import { parseAmount } from '../impact/amounts.js';
import { describe, report } from './report.js';

/** An influence's ensemble: weights that share out all of a conversion, and a half-life for `decay`. */
export class InfluenceChecks {
    checkInfluence = (influence: Influence, accept: ValidationAcceptor): void => {
        let total = 0;
        for (const model of influence.models) {
            const weight = parseAmount(model.weight) ?? 0;
            total += weight;
            if (weight < 0) {
                report(
                    accept,
                    'influence-invalid',
                    `The weight of \`${model.model}\` in influence ${describe(influence)} is negative (${model.weight}). Weights are shares of each conversion: write 0 or more.`,
                    { node: model, property: 'weight' }
                );
            }
            if (model.model === 'decay' && model.halfLife === undefined) {
                report(
                    accept,
                    'influence-invalid',
                    `\`decay\` in influence ${describe(influence)} has no half-life. Write it after the weight: \`decay ${model.weight} half-life 14 days\`.`,
                    { node: model, property: 'model' }
                );
            }
            if (model.model !== 'decay' && model.halfLife !== undefined) {
                report(
                    accept,
                    'influence-invalid',
                    `Only \`decay\` takes a half-life; \`${model.model}\` in influence ${describe(influence)} does not. Remove \`half-life ${model.halfLife} days\`.`,
                    { node: model, property: 'halfLife' }
                );
            }
        }
        if (influence.models.length > 0 && Math.abs(total - 1) > 1e-9) {
            report(
                accept,
                'influence-invalid',
                `The weights of influence ${describe(influence)} sum to ${Number(total.toPrecision(12))}, not 1, so it would count ${total > 1 ? 'more' : 'less'} than each conversion's value. Make them add up to 1 (e.g. \`model first 0.2, position 0.5, decay 0.3 half-life 14 days\`).`,
                { node: influence, property: 'models' }
            );
        }
        // Touches and conversions are rows of the influence's own source (scoping in words).
        const source = influence.source?.ref;
        const foreign = (event: Event | undefined) =>
            source && event && event.source?.ref !== source
                ? `Event \`${event.name}\` is an event of source \`${event.source?.ref?.name ?? '(none)'}\`, not of \`${source.name}\`, the source of influence ${describe(influence)}: touches and conversions are rows of one source. Name an event whose \`source\` is \`${source.name}\`.`
                : undefined;
        influence.touches.forEach((touch, index) => {
            const message = foreign(touch.ref);
            if (message) report(accept, 'influence-invalid', message, { node: influence, property: 'touches', index });
        });
        const conversion = foreign(influence.conversion?.ref);
        if (conversion) report(accept, 'influence-invalid', conversion, { node: influence, property: 'conversion' });
        if (influence.models.length === 0) {
            report(
                accept,
                'influence-invalid',
                `Influence ${describe(influence)} has no \`model\` line, so it cannot share a conversion among its touches. Add one, e.g. \`model position 1\`.`,
                { node: influence, property: 'name' }
            );
        }
    };
}
