import { z } from 'zod';

/**
 * The JSON export of a plan (`cop export PLAN --format json`). The core (`plan`, `matrix.rows`
 * with `stakeholder`/`side`/`short`/`long`, `shared`, `outcomes`, `diagnostics` with 1-based
 * positions) is the language contract's and never changes silently; the rest is additive.
 * `schemas/export.schema.json` is generated from this schema (`npm run schemas`).
 */
const name = z.string().describe('An element name as written in the plan (`Plan.Element` for another plan\'s element).');
const amount = z.object({
    value: z.number(),
    percent: z.boolean().optional().describe('The number was written with a trailing `%`.')
});

export const exportDiagnosticSchema = z.object({
    code: z.string().describe('The stable diagnostic code, e.g. `value-without-outcome`.'),
    severity: z.enum(['error', 'warning', 'information', 'hint']),
    line: z.number().int().min(1).describe('1-based line of the start.'),
    column: z.number().int().min(1).describe('1-based column of the start.'),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    message: z.string()
});

export const exportIndicatorSchema = z.object({
    name,
    title: z.string().optional(),
    qualitative: z.boolean(),
    unit: z.string().optional(),
    baseline: amount.optional(),
    target: z.object({
        op: z.enum(['>=', '<=', '=', '>', '<']),
        value: z.number(),
        percent: z.boolean().optional(),
        by: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional()
    }).optional(),
    data: z.string().optional(),
    cadence: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']).optional(),
    owner: z.string().optional(),
    latest: z.object({
        date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).describe('As written in the plan or the actuals file.'),
        value: z.number(),
        percent: z.boolean().optional()
    }).nullable().optional().describe('The latest actual as of the export date; null when there is none yet.'),
    status: z.enum(['met', 'on-track', 'at-risk', 'off-track', 'missed', 'no-data']).nullable().optional()
        .describe('Judged as of the export date; null when the indicator has no target.'),
    compute: z.enum(['count', 'unique', 'sum', 'share', 'retained', 'sql']).optional().describe('How `cop measure` computes its figures, for a computed indicator.'),
    lineage: z.lazy(() => exportLineageSchema).optional().describe('For a computed indicator: where its figures come from.')
});

const exportNumber = z.number().nullable().describe('null when there is no value (no data yet, or an unbounded range).');

// Part 5: measuring from data.
export const exportLineageSchema = z.object({
    prepare: z.array(z.string()).optional().describe('How `cop measure` read each source into the table the query reads (`read_csv`, `read_json` or `read_parquet` over its files, relative to the plan; the UTC time, consent and row number added).'),
    query: z.string().describe('The SQL `cop measure` ran (for `sql`, the plan\'s own query).'),
    parameters: z.array(z.union([z.string(), z.number()])).describe('The values bound to `$1`, `$2`, … of the query.'),
    duckdb: z.string().describe('The version of DuckDB that ran it.'),
    files: z.array(z.object({
        file: z.string().describe('Relative to the plan\'s folder.'),
        sha256: z.string(),
        rows: z.number().int().min(0).describe('All rows of the file, before any filter.')
    })),
    figures: z.array(z.object({
        period: z.string(),
        value: z.number(),
        rows: z.number().int().min(0).nullable().describe('Rows counted; null for `sql`.'),
        excluded: z.object({ consent: z.number().int().min(0), missing: z.number().int().min(0) }).nullable()
            .describe('Rows of the event left out: without consent, and without a required field; null for `sql`.'),
        changed: z.string().describe('ISO 8601 time of the run that last changed this figure.')
    }))
}).nullable().describe('From the lineage file `cop measure --write` keeps beside the actuals file; null until it has run.');

export const exportSourceSchema = z.object({
    name,
    title: z.string().optional(),
    file: z.string().optional().describe('The glob of its files, relative to the plan.'),
    time: z.string().optional(),
    person: z.string().optional(),
    event: z.string().optional(),
    consent: z.string().optional()
});

export const exportEventSchema = z.object({
    name,
    title: z.string().optional(),
    source: name.optional(),
    value: z.string().describe('The value of the source\'s `event` column its rows carry (`name`, or the ID).'),
    requires: z.array(z.string()),
    version: z.number().optional(),
    replaces: z.array(name),
    deprecated: z.string().optional()
});

export const exportInfluenceSchema = z.object({
    name,
    title: z.string().optional(),
    source: name.optional(),
    touches: z.array(name),
    conversion: name.optional(),
    value: z.string().optional().describe('The column holding each conversion\'s value.'),
    window: z.number().optional().describe('Days before a conversion in which touches count (90 when not written).'),
    models: z.array(z.object({
        model: z.enum(['first', 'last', 'linear', 'position', 'decay']),
        weight: z.number(),
        halfLife: z.number().optional().describe('Days, for `decay`.')
    })),
    unit: z.string().optional(),
    cadence: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']).optional(),
    lineage: exportLineageSchema
});

export const exportKpiSchema = z.object({
    name,
    title: z.string().optional(),
    unit: z.string().nullable(),
    value: exportNumber.describe('With each indicator at its latest actual; null while one has none.'),
    planned: exportNumber.describe('With each indicator at its target.'),
    low: exportNumber.describe('Smallest value over every assumption\'s range (interval arithmetic); null when unbounded.'),
    high: exportNumber.describe('Largest value over every assumption\'s range; null when unbounded.'),
    status: z.enum(['met', 'on-track', 'at-risk', 'off-track', 'missed', 'no-data']).nullable().describe('null when the kpi has no target.'),
    drivers: z.array(z.object({
        assumption: name,
        low: z.number().describe('The kpi\'s value with this assumption at the low end of its range.'),
        high: z.number().describe('The kpi\'s value with this assumption at the high end of its range.')
    })).describe('Sorted by swing, largest first.')
});

export const planExportSchema = z.object({
    plan: z.object({
        name,
        title: z.string().optional(),
        purpose: z.string().optional(),
        sponsor: z.string().optional()
    }).nullable().describe('The plan header; null when the file has none (a `missing-plan` diagnostic says so).'),
    matrix: z.object({
        rows: z.array(z.object({
            stakeholder: name.describe('The member segment or organization.'),
            side: z.enum(['members', 'organization']),
            title: z.string().optional(),
            short: z.array(name).describe('Names of the short-term values, in source order.'),
            long: z.array(name).describe('Names of the long-term values, in source order.')
        })).describe('One row per member segment and organization, in source order.')
    }),
    values: z.array(z.object({
        name,
        title: z.string().optional(),
        stakeholder: name,
        side: z.enum(['members', 'organization']),
        term: z.enum(['short', 'long']),
        delivered: z.boolean().describe('Some outcome delivers it, directly or through a shared value.'),
        shared: z.array(name).describe('The shared values it belongs to.')
    })).describe('Every value of the matrix, in source order.'),
    shared: z.array(z.object({
        name,
        title: z.string().optional(),
        member: z.array(name),
        organization: z.array(name),
        delivered: z.boolean()
    })),
    inputs: z.array(z.object({ name, title: z.string().optional(), measure: z.array(name) })),
    outputs: z.array(z.object({ name, title: z.string().optional(), from: z.array(name), measure: z.array(name) })),
    outcomes: z.array(z.object({
        name,
        title: z.string().optional(),
        from: z.array(name),
        delivers: z.array(name),
        measure: z.array(name)
    })),
    indicators: z.array(exportIndicatorSchema),
    sources: z.array(exportSourceSchema).optional().describe('The event exports the plan measures from, in source order.'),
    events: z.array(exportEventSchema).optional().describe('The events of those sources, in source order.'),
    influences: z.array(exportInfluenceSchema).optional().describe('Multi-touch attribution of conversions to the community, in source order.'),
    kpis: z.array(exportKpiSchema).describe('The impact layer\'s kpis, evaluated as of the export date (`--as-of`).'),
    cycles: z.array(z.object({
        kind: z.enum(['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling']),
        aspirations: z.array(z.string()),
        conditions: z.array(z.string()),
        track: z.array(name),
        data: z.array(z.string())
    })).describe('The cycles the plan writes, in the framework\'s order.'),
    diagnostics: z.array(exportDiagnosticSchema).describe('Source order.'),
    summary: z.object({
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
        information: z.number().int().min(0),
        hints: z.number().int().min(0)
    })
}).describe('A .cop plan exported by `cop export --format json`.');

export type PlanExport = z.infer<typeof planExportSchema>;

/** The published JSON Schema (draft 2020-12) of the export. */
export function exportJsonSchema(): Record<string, unknown> {
    const { $schema, ...schema } = z.toJSONSchema(planExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
    return { $schema, $id: 'https://cop-tools.github.io/schemas/export.schema.json', title: 'CoP plan export', ...schema };
}
