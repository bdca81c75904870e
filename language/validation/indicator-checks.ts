import type { ValidationAcceptor } from 'langium';
import type { Indicator } from '../generated/ast.js';
import type { PlanUsageService } from '../workspace/plan-usage-service.js';
import { describe, report } from './report.js';

/** Indicators (seed 000's metrics, seed 003's third round). */
export class IndicatorChecks {
    constructor(private readonly usage: PlanUsageService) {}

    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        // A computed indicator's data is its `compute` line.
        if (indicator.data === undefined && indicator.compute === undefined) {
            report(
                accept,
                'indicator-without-data',
                `Indicator ${describe(indicator)} says nothing of the data that evidences it. Add a \`data\` line: where the numbers or observations come from (a survey, a platform export, a log).`,
                { node: indicator, property: 'name' }
            );
        }
        if (indicator.qualitative && indicator.target) {
            report(
                accept,
                'qualitative-target',
                `Indicator ${describe(indicator)} is qualitative but has a numeric target. Remove the \`target\` line, or remove \`qualitative\` if you do count it.`,
                { node: indicator, property: 'target' }
            );
        }
        if (indicator.name && !this.usage.isUsed(indicator)) {
            report(
                accept,
                'indicator-unused',
                `Indicator ${describe(indicator)} is not used: no input, output or outcome measures it and no cycle tracks it. Name it in a \`measure\` or \`track\` line, or remove it.`,
                { node: indicator, property: 'name', tags: [1] }
            );
        }
    };
}
