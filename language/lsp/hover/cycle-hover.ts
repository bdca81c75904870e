import { AstUtils } from 'langium';
import type { CatalogService } from '../../catalog/catalog-service.js';
import type { CycleKind } from '../../catalog/catalog-schema.js';
import { cycleDescriptions } from '../../catalog/cycle-descriptions.js';
import { isCycle } from '../../generated/ast.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';

/** On `cycle KIND`: what the cycle is about and how many catalog examples completion offers for it. */
export class CycleHover implements HoverContribution {
    constructor(private readonly catalogs: CatalogService) {}

    async hover(target: HoverTarget): Promise<string | undefined> {
        const cycle = target.node;
        if (!isCycle(cycle) || !cycle.kind || (target.leaf.text !== cycle.kind && target.leaf.text !== 'cycle')) return undefined;
        const kind = cycle.kind as CycleKind;
        const index = await this.catalogs.indexFor(AstUtils.getDocument(cycle));
        const count = (round: 'aspiration' | 'condition' | 'data') => index.examplesFor(kind, round).length;
        return [
            `**${kind} value** — value-creation cycle`,
            '',
            cycleDescriptions[kind],
            '',
            `The catalogs hold ${count('aspiration')} example aspirations, ${count('condition')} conditions, ${index.indicatorsForCycle(kind).length} indicators and ${count('data')} kinds of data for this cycle; completion inside the block offers them.`
        ].join('\n');
    }
}
