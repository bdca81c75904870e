import type { CopServices } from '../../cop-module.js';
import { ExperimentHover } from './experiment-hover.js';
import { DecisionHover } from './decision-hover.js';
import { GuidanceHover } from './guidance-hover.js';
import type { HoverContribution } from './hover-contribution.js';
import { ImpactHover } from './impact-hover.js';
import { IndicatorHover } from './indicator-hover.js';
import { ValueHover } from './value-hover.js';
import { EventHover } from './event-hover.js';

/** Every hover contribution, asked in this order. */
export function createHoverContributions(services: CopServices): HoverContribution[] {
    return [
        new IndicatorHover(services),
        new ValueHover(services),
        new ImpactHover(services),
        new ExperimentHover(services),
        new DecisionHover(services),
        new EventHover(),
        new GuidanceHover()
    ];
}
