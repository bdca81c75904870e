import type { Day } from '../../language/impact/dates.js';
import { formatDay } from '../../language/impact/dates.js';
import type { MeasurePlan } from '../../language/measure/measure-plan.js';
import { buildMeasureQuery } from '../../language/measure/sql-builder.js';
import { quoteIdentifier } from '../../language/measure/sql-text.js';

/**
 * `cop measure --emit-sql`: every measure's query over one table per source, named as the
 * source and holding its rows as exported, with the values written in, for a warehouse.
 */
export function emitSql(plan: MeasurePlan, asOf: Day): string {
    const end = formatDay(asOf + 1);
    const parts = [`-- cop measure --emit-sql, as of ${formatDay(asOf)}: one query per measure, over one table per source.`];
    for (const measure of plan.measures) {
        if (measure.kind.form === 'sql') {
            parts.push(
                `-- ${measure.name} (${measure.cadence}): the plan's own query, over each source's rows with consent, time and as-of applied\n${measure.kind.query.trim().replace(/;\s*$/, '')};`
            );
            continue;
        }
        const built = buildMeasureQuery(measure, { table: source => quoteIdentifier(source.name), end, inline: true });
        parts.push(`-- ${measure.name} (${measure.kind.form}, ${measure.cadence})\n${built.sql};`);
    }
    return parts.join('\n\n') + '\n';
}
