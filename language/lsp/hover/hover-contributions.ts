import type { CopServices } from '../../cop-module.js';
import { GuidanceHover } from './guidance-hover.js';
import type { HoverContribution } from './hover-contribution.js';

/** Every hover contribution, asked in this order. */
export function createHoverContributions(_services: CopServices): HoverContribution[] {
    return [
        new GuidanceHover()
    ];
}
