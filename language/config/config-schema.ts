import { z } from 'zod';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticRules } from '../diagnostics/codes.js';

/**
 * The format of `cop.config.json`. This zod schema is the single source: config files are
 * checked with it, and `schemas/config.schema.json` (which VS Code uses while people edit
 * the file) is generated from it by `scripts/generate-schemas.mjs`.
 */

/** What a rule may set a code to: one of the four severities, or `off` to drop it. */
export const ruleLevels = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];

export const configKeys = ['$schema', 'catalogs', 'rules'] as const;

const codes = Object.keys(diagnosticRules) as DiagnosticCode[];

/** One optional property per code (not a record), so the editor completes codes with their descriptions. */
const rulesShape = Object.fromEntries(
    codes.map(code => [code, z.enum(ruleLevels).optional().describe(`${diagnosticRules[code].description} Default: ${diagnosticRules[code].severity}.`)])
);

export const configSchema = z
    .object({
        $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
        catalogs: z
            .array(z.string().trim().min(1, 'a catalog path must not be empty'))
            .optional()
            .describe('Catalog files every plan below this folder draws on, besides the built-in catalog; relative to this file, or absolute.'),
        rules: z
            .object(rulesShape)
            .strict()
            .optional()
            .describe('A severity for a diagnostic code ("off", "hint", "information", "warning" or "error"), for every diagnostic with that code.')
    })
    .strict()
    .describe('The configuration of .cop plans in this folder and the folders below it (cop.config.json).');

export interface CopConfig {
    readonly catalogs: readonly string[];
    /** By code (only codes of codes.ts pass the schema). */
    readonly rules: Readonly<Record<string, RuleLevel | undefined>>;
}
