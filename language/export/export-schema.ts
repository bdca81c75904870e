import { z } from 'zod';
import { name } from './export-name.js';
import { exportEventSchema, exportInfluenceSchema, exportLineageSchema, exportSourceSchema } from './measure-export-schema.js';

export { exportEventSchema, exportInfluenceSchema, exportLineageSchema, exportSourceSchema };

/**
 * The JSON export of a plan (`cop export PLAN --format json`). The core (`plan`, `matrix.rows`
 * with `stakeholder`/`side`/`short`/`long`, `shared`, `outcomes`, `diagnostics` with 1-based
 * positions) is the language contract's and never changes silently; the rest is additive.
 * `schemas/export.schema.json` is generated from this schema (`npm run schemas`).
 */

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

const planDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const operator = z.enum(['>=', '<=', '=', '>', '<']);
const percentFlag = z.literal(true).optional().describe('The figures are percentages (the plan writes them with `%`): 80 means 80 %.');

const seriesSchema = z
    .array(
        z.object({
            date: planDate,
            value: z.number(),
            percent: percentFlag
        })
    )
    .describe('The values the forecast and the status are computed from, as of the export date, oldest first.');

const forecastSchema = z
    .object({
        projected: z.number().describe('The least-squares line through every point of `series`, on the `by` date.'),
        by: planDate.describe("The target's `by` date, as written."),
        shortfall: z.number().min(0).describe('How far `projected` falls short of the target in its direction; 0 when it does not.'),
        percent: percentFlag
    })
    .optional()
    .describe('Present when the target has a `by` date and `series` has at least three points.');

export const exportIndicatorSchema = z.object({
    name,
    title: z.string().optional(),
    qualitative: z.boolean(),
    unit: z.string().optional(),
    baseline: amount.optional(),
    target: z
        .object({
            op: z.enum(['>=', '<=', '=', '>', '<']),
            value: z.number(),
            percent: z.boolean().optional(),
            by: z
                .string()
                .regex(/^\d{4}-\d{2}(-\d{2})?$/)
                .optional()
        })
        .optional(),
    data: z.string().optional(),
    cadence: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']).optional(),
    owner: z.string().optional(),
    latest: z
        .object({
            date: z
                .string()
                .regex(/^\d{4}-\d{2}(-\d{2})?$/)
                .describe('As written in the plan or the actuals file.'),
            value: z.number(),
            percent: z.boolean().optional()
        })
        .nullable()
        .optional()
        .describe('The latest actual as of the export date; null when there is none yet.'),
    status: z
        .enum(['met', 'on-track', 'at-risk', 'off-track', 'missed', 'no-data'])
        .nullable()
        .optional()
        .describe('Judged as of the export date; null when the indicator has no target.'),
    series: seriesSchema.optional().describe('Every actual known as of the export date, one per day, oldest first.'),
    forecast: forecastSchema,
    compute: z
        .enum(['count', 'unique', 'sum', 'share', 'retained', 'sql'])
        .optional()
        .describe('How `cop measure` computes its figures, for a computed indicator.'),
    lineage: z
        .lazy(() => exportLineageSchema)
        .optional()
        .describe('For a computed indicator: where its figures come from.')
});

const exportNumber = z.number().nullable().describe('null when there is no value (no data yet, or an unbounded range).');

const share = z.number().min(0).max(1);

export const exportExperimentSchema = z.object({
    name,
    metric: name.nullable().describe('The indicator the experiment measured; null when the plan names none.'),
    uplift: exportNumber.describe('Treatment minus control (rates or means); null while the experiment has a problem.'),
    low: exportNumber.describe('Low end of the two-sided 95% interval of the uplift.'),
    high: exportNumber.describe('High end of the two-sided 95% interval of the uplift.'),
    relative: exportNumber.describe("Uplift over the control's rate or mean; null when that is 0 or there is no uplift."),
    significant: z.boolean().describe('The interval excludes 0.')
});

export const exportKpiSchema = z.object({
    name,
    title: z.string().optional(),
    unit: z.string().nullable(),
    value: exportNumber.describe('With each indicator at its latest actual; null while one has none.'),
    planned: exportNumber.describe('With each indicator at its target.'),
    low: exportNumber.describe("Smallest value over every assumption's range (interval arithmetic); null when unbounded."),
    high: exportNumber.describe("Largest value over every assumption's range; null when unbounded."),
    status: z.enum(['met', 'on-track', 'at-risk', 'off-track', 'missed', 'no-data']).nullable().describe('null when the kpi has no target.'),
    gross: exportNumber.describe("The formula's value before the kpi's own deadweight, displacement and attribution, from actuals as `value` is."),
    adjustments: z
        .object({
            deadweight: share.describe('What would have happened anyway.'),
            displacement: share.describe('What was only moved from elsewhere.'),
            attribution: share.describe('What others caused.')
        })
        .describe("Each share's point value as a fraction (a range counts at its midpoint); 0 where the plan writes none."),
    grade: z
        .enum(['experiment', 'quasi-experiment', 'observational', 'estimate'])
        .describe('The weakest evidence the kpi rests on: its own `evidence` line, those of the kpis it names, and every assumption it reaches.'),
    drivers: z
        .array(
            z.object({
                assumption: z.string().describe('An assumption, or a ranged share of a kpi written `KPI.deadweight`, `KPI.displacement`, `KPI.attribution`.'),
                low: z.number().describe("The kpi's value with this assumption at the low end of its range."),
                high: z.number().describe("The kpi's value with this assumption at the high end of its range.")
            })
        )
        .describe('Sorted by swing, largest first.'),
    formula: z.string().nullable().describe('The formula in canonical text (as `cop fmt` prints it); null when none is written.'),
    series: seriesSchema.describe("The kpi's value on each day one of its indicators has an actual, once all of them have one."),
    forecast: forecastSchema
});

const exportAssumptionSchema = z.object({
    name,
    title: z.string().optional(),
    value: z.number().nullable(),
    low: z.number().nullable().describe('The low end of its `range`; null without one.'),
    high: z.number().nullable().describe('The high end of its `range`; null without one.'),
    percent: percentFlag,
    unit: z.string().nullable(),
    source: z.string().nullable(),
    grade: z.enum(['experiment', 'quasi-experiment', 'observational', 'estimate']).describe('The strength of the evidence behind it.'),
    from: name.nullable().describe('The experiment it takes its value from; null when none.')
});

const exportStorySchema = z.object({
    name,
    title: z.string().optional(),
    date: planDate.nullable(),
    tags: z.array(name),
    text: z.string().nullable()
});

const exportObjectiveSchema = z.object({
    name,
    title: z.string().optional(),
    score: z.number().min(0).max(1).nullable().describe("The mean of its key results' scores, leaving out those without one; null when none has one."),
    keys: z.array(
        z.object({
            subject: name,
            op: operator,
            value: z.number().nullable(),
            percent: percentFlag,
            by: planDate.nullable(),
            score: z.number().min(0).max(1).nullable().describe('(latest − start) / (target − start) clamped to 0..1, 1 when met; null without actuals.')
        })
    )
});

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

/** Part 6 of the contract: decisions, reviews, North Star, scorecard and ROI. */
export const exportDecisionsSchema = {
    northstar: name.nullable().describe("The indicator or kpi named by the plan's `northstar` line; null without one."),
    scorecard: z
        .object({
            financial: z.array(name),
            customer: z.array(name),
            process: z.array(name),
            learning: z.array(name)
        })
        .describe('The indicators and kpis of each Balanced Scorecard perspective, in plan order.'),
    decisions: z
        .array(
            z.object({
                name,
                due: date.nullable().describe('As written; null without a (valid) due date.'),
                status: z.enum(['no-data', 'at-risk', 'on-track']).describe('As of the export date.'),
                uses: z.array(name).describe('What the `uses` lines name, in order.')
            })
        )
        .describe('Plan order.'),
    reviews: z
        .array(
            z.object({
                name,
                date: date.nullable(),
                actions: z.array(
                    z.object({
                        text: z.string(),
                        owner: z.string(),
                        due: z.string(),
                        done: date.nullable().describe('null while not done.'),
                        status: z.enum(['done', 'open', 'overdue']).describe('As of the export date.')
                    })
                )
            })
        )
        .describe('Plan order.'),
    roi: z
        .object({
            cost: z.number().describe("The cost's value: an assumption's `value` or an indicator's latest actual."),
            value: z
                .number()
                .describe("Return over cost: the summed value of the top-level kpis in the cost's currency that translate an outcome, divided by the cost."),
            low: z.number().describe('The low end of that return over the cost.'),
            high: z.number().describe('The high end of that return over the cost.')
        })
        .nullable()
        .describe('null without a `cost` in a currency, a kpi with a value to count, or with a cost of 0.')
};

export const planExportSchema = z
    .object({
        plan: z
            .object({
                name,
                title: z.string().optional(),
                purpose: z.string().optional(),
                sponsor: z.string().optional()
            })
            .nullable()
            .describe('The plan header; null when the file has none (a `missing-plan` diagnostic says so).'),
        matrix: z.object({
            rows: z
                .array(
                    z.object({
                        stakeholder: name.describe('The member segment or organization.'),
                        side: z.enum(['members', 'organization']),
                        title: z.string().optional(),
                        short: z.array(name).describe('Names of the short-term values, in source order.'),
                        long: z.array(name).describe('Names of the long-term values, in source order.')
                    })
                )
                .describe('One row per member segment and organization, in source order.')
        }),
        values: z
            .array(
                z.object({
                    name,
                    title: z.string().optional(),
                    stakeholder: name,
                    side: z.enum(['members', 'organization']),
                    term: z.enum(['short', 'long']),
                    delivered: z.boolean().describe('Some outcome delivers it, directly or through a shared value.'),
                    shared: z.array(name).describe('The shared values it belongs to.')
                })
            )
            .describe('Every value of the matrix, in source order.'),
        shared: z.array(
            z.object({
                name,
                title: z.string().optional(),
                member: z.array(name),
                organization: z.array(name),
                delivered: z.boolean()
            })
        ),
        inputs: z.array(z.object({ name, title: z.string().optional(), measure: z.array(name) })),
        outputs: z.array(z.object({ name, title: z.string().optional(), from: z.array(name), measure: z.array(name) })),
        outcomes: z.array(
            z.object({
                name,
                title: z.string().optional(),
                from: z.array(name),
                delivers: z.array(name),
                measure: z.array(name)
            })
        ),
        indicators: z.array(exportIndicatorSchema),
        sources: z.array(exportSourceSchema).optional().describe('The event exports the plan measures from, in source order.'),
        events: z.array(exportEventSchema).optional().describe('The events of those sources, in source order.'),
        influences: z.array(exportInfluenceSchema).optional().describe('Multi-touch attribution of conversions to the community, in source order.'),
        kpis: z.array(exportKpiSchema).describe("The impact layer's kpis, evaluated as of the export date (`--as-of`)."),
        assumptions: z.array(exportAssumptionSchema).describe('Every assumption, in source order.'),
        stories: z.array(exportStorySchema).describe('Every story, in source order.'),
        objectives: z.array(exportObjectiveSchema).describe('Every objective with its key results, scored as of the export date.'),
        experiments: z.array(exportExperimentSchema).describe("The plan's experiments, in source order."),
        cycles: z
            .array(
                z.object({
                    kind: z.enum(['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling']),
                    aspirations: z.array(z.string()),
                    conditions: z.array(z.string()),
                    track: z.array(name),
                    data: z.array(z.string())
                })
            )
            .describe("The cycles the plan writes, in the framework's order."),
        ...exportDecisionsSchema,
        diagnostics: z.array(exportDiagnosticSchema).describe('Source order.'),
        summary: z.object({
            errors: z.number().int().min(0),
            warnings: z.number().int().min(0),
            information: z.number().int().min(0),
            hints: z.number().int().min(0)
        })
    })
    .describe('A .cop plan exported by `cop export --format json`.');

export type PlanExport = z.infer<typeof planExportSchema>;

/** The published JSON Schema (draft 2020-12) of the export. */
export function exportJsonSchema(): Record<string, unknown> {
    const { $schema, ...schema } = z.toJSONSchema(planExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
    return { $schema, $id: 'https://cop-tools.github.io/schemas/export.schema.json', title: 'CoP plan export', ...schema };
}
