import type { CopServices } from '../../cop-module.js';
import type { HoverContribution } from './hover-contribution.js';
import { ImpactHover } from './impact-hover.js';

/** Every hover contribution, asked in this order. */
export function createHoverContributions(services: CopServices): HoverContribution[] {
    return [new ImpactHover(services)];
}
