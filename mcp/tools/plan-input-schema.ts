import { z } from 'zod';

/** The input shared by the tools that read plans: one plan's text, or files and folders. */
export const planTextShape = {
    text: z.string().optional().describe('The text of one .cop plan (at most 2 MB). Give this or `paths`.'),
    filename: z
        .string()
        .max(1000)
        .optional()
        .describe(
            'The file the text would be saved as (ends in .cop; relative to the first workspace root). Plans beside it are linked, and files it names (actuals, catalogs) are read relative to it. Default: plan.cop.'
        )
};

export const asOfShape = {
    asOf: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date is written YYYY-MM-DD')
        .optional()
        .describe('Judge statuses and stale data as of this date (YYYY-MM-DD); default today.')
};

export const diagnosticShape = {
    line: z.number().int().min(1).describe('1-based line of the start.'),
    column: z.number().int().min(1).describe('1-based column of the start.'),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    severity: z.enum(['error', 'warning', 'information', 'hint']),
    code: z.string().describe('The stable diagnostic code; the `explain` tool says more about it.'),
    message: z.string()
};
