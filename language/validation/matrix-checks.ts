import type { ValidationAcceptor } from 'langium';
import type { PlanFile, Row, Shared } from '../generated/ast.js';
import { isRow, isShared } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { PlanUsageService } from '../workspace/plan-usage-service.js';
import { describe, report } from './report.js';

/** The value matrix (seed 001) and shared value (seed 002). */
export class MatrixChecks {
    constructor(private readonly usage: PlanUsageService) {}

    checkRow = (row: Row, accept: ValidationAcceptor): void => {
        const who = row.side === 'members' ? 'Member segment' : 'Organization';
        const hasShort = row.values.some(value => value.term === 'short');
        const hasLong = row.values.some(value => value.term === 'long');
        const missing = [!hasShort && 'short-term', !hasLong && 'long-term'].filter(Boolean);
        if (missing.length > 0) {
            const lines = [!hasShort && '`short`', !hasLong && '`long`'].filter(Boolean).join(' and a ');
            report(
                accept,
                'matrix-gap',
                `${who} ${describe(row)} has no ${missing.join(' and no ')} value. Add a ${lines} line saying what it gains ${missing.length === 2 ? 'soon and over time' : hasShort ? 'over time' : 'soon'}.`,
                { node: row, property: 'name', data: { missing: missing.map(term => (term === 'short-term' ? 'short' : 'long')) } }
            );
        }
        // The plan's own usage answers for most values; only the others ask the workspace.
        const delivered = this.usage.usageOf(row.$container).deliveredValues;
        for (const value of row.values) {
            if (!value.name) continue;
            if (!delivered.has(value) && !this.usage.isDelivered(value)) {
                report(
                    accept,
                    'value-without-outcome',
                    `No outcome delivers the ${row.side === 'members' ? 'member' : 'organization'} value ${describe(value)}. Name it (or a shared value that includes it) in an outcome's \`delivers\` line, or drop the value.`,
                    { node: value, property: 'name' }
                );
            }
        }
    };

    checkShared = (shared: Shared, accept: ValidationAcceptor): void => {
        const hasMember = shared.member.length > 0;
        const hasOrganization = shared.organization.length > 0;
        if (!hasMember || !hasOrganization) {
            const missing =
                !hasMember && !hasOrganization ? 'neither a member side nor an organization side' : !hasMember ? 'no member side' : 'no organization side';
            const add =
                !hasMember && !hasOrganization ? 'a `member` line and an `organization` line' : !hasMember ? 'a `member` line' : 'an `organization` line';
            report(
                accept,
                'shared-value-one-sided',
                `Shared value ${describe(shared)} has ${missing}. A shared value is where member value and organization value overlap: add ${add}.`,
                { node: shared, property: 'name', data: { missing: [!hasMember && 'member', !hasOrganization && 'organization'].filter(Boolean) } }
            );
        }
        this.checkSide(shared, 'member', accept);
        this.checkSide(shared, 'organization', accept);
    };

    /** Every value named on one side of a shared value must come from a row of that side. */
    private checkSide(shared: Shared, line: 'member' | 'organization', accept: ValidationAcceptor): void {
        const side = line === 'member' ? 'members' : 'organization';
        const [is, other] = line === 'member' ? ['an organization', 'organization'] : ['a member', 'member'];
        shared[line].forEach((ref, index) => {
            const value = ref.ref;
            if (value && value.$container.side !== side) {
                report(
                    accept,
                    'shared-value-wrong-side',
                    `\`${ref.$refText}\` is ${is} value (row \`${value.$container.name}\`), but it is listed under \`${line}\`. Move it to the \`${other}\` line.`,
                    { node: shared, property: line, index, data: { value: ref.$refText, side: other } }
                );
            }
        });
    }

    checkPlanHasSharedValue = (root: PlanFile, accept: ValidationAcceptor): void => {
        const plan = planOf(root);
        if (!plan) return;
        let memberValues = false;
        let organizationValues = false;
        for (const element of root.elements) {
            if (isShared(element)) return;
            if (isRow(element) && element.values.length > 0) {
                if (element.side === 'members') memberValues = true;
                else organizationValues = true;
            }
        }
        if (memberValues && organizationValues) {
            report(
                accept,
                'no-shared-value',
                `Plan ${describe(plan)} has member values and organization values, but no shared value where they overlap. Add a \`shared\` block naming a member value and an organization value that serve each other.`,
                { node: plan, property: 'name' }
            );
        }
    };
}
