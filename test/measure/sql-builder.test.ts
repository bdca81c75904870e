import { describe, expect, test } from 'vitest';
import type { EventSpec, MeasureSpec, SourceSpec } from '../../language/measure/measure-plan.js';
import { buildMeasureQuery } from '../../language/measure/sql-builder.js';
import { quoteIdentifier, quoteLiteral } from '../../language/measure/sql-text.js';

const source: SourceSpec = { name: 'Fo"rum', file: 'f.csv', time: 'at', person: 'who', event: 'kind', consent: 'ok' };
const event: EventSpec = { name: 'reply', source: 'Fo"rum', values: ['reply', "an'swer"], requires: ['thr"ead'], deprecated: undefined };
const hostile = `x" ) ; DROP TABLE t; --`;

function measure(kind: MeasureSpec['kind'], where: MeasureSpec['where'] = []): MeasureSpec {
    return { name: 'M', cadence: 'monthly', source, kind, where, zeroFill: true };
}

describe('the SQL builder', () => {
    test('quotes names as identifiers and literals with their quote doubled', () => {
        expect(quoteIdentifier(hostile)).toBe(`"x"" ) ; DROP TABLE t; --"`);
        expect(quoteLiteral("o'brien")).toBe(`'o''brien'`);
        expect(quoteLiteral(2.5)).toBe('2.5');
        expect(quoteLiteral(Number.NaN)).toBe('NULL');
    });

    test('binds every value as a parameter: none of them appears in the query text', () => {
        const built = buildMeasureQuery(
            measure({ form: 'sum', column: hostile, event }, [
                { column: hostile, value: "v' OR '1'='1" },
                { column: 'n', value: 3 }
            ]),
            { table: spec => quoteIdentifier(spec.name), end: '2026-10-01' }
        );
        expect(built.parameters).toEqual(['2026-10-01', "v' OR '1'='1", 3, 'reply', "an'swer"]);
        expect(built.sql).not.toContain("v' OR");
        expect(built.sql).not.toContain("an'swer");
        expect(built.sql).toContain(`FROM "Fo""rum"`);
        expect(built.sql).toContain(`TRY_CAST("x"" ) ; DROP TABLE t; --" AS DOUBLE)`);
        expect(built.sql).toContain(`CAST("x"" ) ; DROP TABLE t; --" AS VARCHAR) = $2`);
        expect(built.sql).toContain(`TRY_CAST("n" AS DOUBLE) = $3`);
        expect(built.sql).toContain(`CAST("kind" AS VARCHAR) IN ($4, $5)`);
        expect(built.sql).toContain(`coalesce(trim(CAST("thr""ead" AS VARCHAR)) <> '', false)`);
        // Every `"` of the query opens or closes a quoted identifier: an even number.
        expect((built.sql.match(/"/g) ?? []).length % 2).toBe(0);
    });

    test('--emit-sql writes the values in as literals, and binds nothing', () => {
        const built = buildMeasureQuery(measure({ form: 'count', event }, [{ column: 'who', value: "o'brien" }]), {
            table: spec => quoteIdentifier(spec.name),
            end: '2026-10-01',
            inline: true
        });
        expect(built.parameters).toEqual([]);
        expect(built.sql).toContain(`CAST("who" AS VARCHAR) = 'o''brien'`);
        expect(built.sql).toContain(`IN ('reply', 'an''swer')`);
        expect(built.sql).not.toMatch(/\$\d/);
    });

    test('a prepared table is read as it is; otherwise the query derives time, consent and row itself', () => {
        const options = { table: () => 'cop_raw."S"', end: '2026-10-01' };
        const own = buildMeasureQuery(measure({ form: 'unique', event }), options).sql;
        expect(own).toContain(`CAST(TRY_CAST(CAST("at" AS VARCHAR) AS TIMESTAMPTZ) AS TIMESTAMP) AS "cop$time"`);
        expect(own).toContain(`lower(trim(CAST("ok" AS VARCHAR))) IN ('true', 'yes', '1')`);
        const prepared = buildMeasureQuery(measure({ form: 'unique', event }), { ...options, prepared: true }).sql;
        expect(prepared).not.toContain('TIMESTAMPTZ');
        expect(prepared).toContain('count(DISTINCT "who")');
    });
});
