import { z } from 'zod';
import { name } from './export-name.js';

// Part 5: measuring from data.
export const exportLineageSchema = z
    .object({
        prepare: z
            .array(z.string())
            .optional()
            .describe(
                'How `cop measure` read each source into the table the query reads (`read_csv`, `read_json` or `read_parquet` over its files, relative to the plan; the UTC time, consent and row number added).'
            ),
        query: z.string().describe("The SQL `cop measure` ran (for `sql`, the plan's own query)."),
        parameters: z.array(z.union([z.string(), z.number()])).describe('The values bound to `$1`, `$2`, … of the query.'),
        duckdb: z.string().describe('The version of DuckDB that ran it.'),
        files: z.array(
            z.object({
                file: z.string().describe("Relative to the plan's folder."),
                sha256: z.string(),
                rows: z.number().int().min(0).describe('All rows of the file, before any filter.')
            })
        ),
        figures: z.array(
            z.object({
                period: z.string(),
                value: z.number(),
                rows: z.number().int().min(0).nullable().describe('Rows counted; null for `sql`.'),
                excluded: z
                    .object({ consent: z.number().int().min(0), missing: z.number().int().min(0) })
                    .nullable()
                    .describe('Rows of the event left out: without consent, and without a required field; null for `sql`.'),
                changed: z.string().describe('ISO 8601 time of the run that last changed this figure.')
            })
        )
    })
    .nullable()
    .describe('From the lineage file `cop measure --write` keeps beside the actuals file; null until it has run.');

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
    value: z.string().describe("The value of the source's `event` column its rows carry (`name`, or the ID)."),
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
    value: z.string().optional().describe("The column holding each conversion's value."),
    window: z.number().optional().describe('Days before a conversion in which touches count (90 when not written).'),
    models: z.array(
        z.object({
            model: z.enum(['first', 'last', 'linear', 'position', 'decay']),
            weight: z.number(),
            halfLife: z.number().optional().describe('Days, for `decay`.')
        })
    ),
    unit: z.string().optional(),
    cadence: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']).optional(),
    lineage: exportLineageSchema
});
