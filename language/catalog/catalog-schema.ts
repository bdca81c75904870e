import { z } from 'zod';

/**
 * The catalog file format. This zod schema is the single source: the built-in catalog and
 * plan catalogs are parsed with it, and `schemas/catalog.schema.json` (which VS Code uses
 * to check catalog files while people edit them) is generated from it by
 * `scripts/generate-schemas.mjs`.
 */

export const cycleKinds = ['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling'] as const;
export type CycleKind = (typeof cycleKinds)[number];

/** The rounds of a cycle that hold free text; the indicator round is the indicators list. */
export const cycleRounds = ['aspiration', 'condition', 'data'] as const;
export type CycleRound = (typeof cycleRounds)[number];

/** A unit as the plan language writes it: a word, or words joined by `/` or `*`. */
const unitPattern = /^[A-Za-z_]\w*([/*][A-Za-z_]\w*)*$/;

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const id = z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "time-to-respond"')
    .describe('Stable identifier: lower-case words joined by hyphens.');

export const indicatorEntrySchema = z
    .object({
        id,
        title: text('title').describe('The title a plan gives the indicator, as people read it.'),
        kind: z.enum(['quantitative', 'qualitative']).describe('quantitative: counted or measured; qualitative: observed or told.'),
        description: text('description').describe('What the indicator shows, in plain words.'),
        unit: z
            .string()
            .regex(unitPattern, 'a unit is a word, or words joined by / or * (like "hours" or "USD/request")')
            .optional()
            .describe('Typical unit, written as in a plan: `hours`, `requests`, `USD/request`.'),
        cycles: z.array(z.enum(cycleKinds)).default([]).describe('The value-creation cycles this indicator evidences.'),
        chain: z
            .array(z.enum(['input', 'output', 'outcome']))
            .optional()
            .describe('Where it sits in the inputs → outputs → outcomes chain.'),
        aliases: z.array(text('alias')).optional().describe('Other wordings of the same indicator; they match too.'),
        source: text('source').describe('Where the entry comes from: a document, a team, a seed.')
    })
    .strict();

export const measureEntrySchema = indicatorEntrySchema
    .extend({
        stage: z.enum(['output', 'outcome', 'impact']).describe('output: activity; outcome: behaviour change; impact: in terms finance recognises.'),
        formula: text('formula').optional().describe('How the measure is computed, in words finance recognises.')
    })
    .strict();

export const valueEntrySchema = z
    .object({
        id,
        side: z.enum(['members', 'organization']).describe('The matrix row kind: member segment or organization.'),
        term: z.enum(['short', 'long']).describe('Short-term or long-term value.'),
        title: text('title'),
        description: text('description').optional(),
        source: text('source')
    })
    .strict();

export const cycleExampleSchema = z
    .object({
        cycle: z.enum(cycleKinds),
        round: z.enum(cycleRounds).describe('aspiration, condition or data; indicators of a cycle are listed under `indicators` with the cycle in `cycles`.'),
        text: text('text'),
        source: text('source')
    })
    .strict();

export const catalogSchema = z
    .object({
        $schema: z.string().optional(),
        version: z.literal(1).describe('Version of the catalog format; 1 is the only one so far.'),
        name: text('name').optional(),
        description: z.string().optional(),
        indicators: z.array(indicatorEntrySchema).default([]),
        measures: z.array(measureEntrySchema).default([]).describe('KPI-chain and finance measures (seed 004).'),
        values: z.array(valueEntrySchema).default([]).describe('Example values for each cell of the value matrix.'),
        cycles: z.array(cycleExampleSchema).default([]).describe('Example aspirations, conditions and data for each cycle.')
    })
    .strict()
    .superRefine((catalog, context) => {
        // Ids are unique across indicators and measures: hover and completion name entries by id.
        const seen = new Map<string, string>();
        for (const list of ['indicators', 'measures', 'values'] as const) {
            catalog[list].forEach((entry, index) => {
                const previous = seen.get(entry.id);
                if (previous) {
                    context.addIssue({ code: 'custom', path: [list, index, 'id'], message: `id "${entry.id}" is already used by ${previous}` });
                } else {
                    seen.set(entry.id, `${list}[${index}]`);
                }
            });
        }
    })
    .describe('A catalog of indicators, measures, matrix values and cycle examples for .cop plans.');

export type Catalog = z.output<typeof catalogSchema>;
export type IndicatorEntry = z.output<typeof indicatorEntrySchema>;
export type MeasureEntry = z.output<typeof measureEntrySchema>;
export type ValueEntry = z.output<typeof valueEntrySchema>;
export type CycleExample = z.output<typeof cycleExampleSchema>;
