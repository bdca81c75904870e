import { z } from 'zod';
import { configSchema } from './config-schema.js';

/**
 * The JSON Schema of `cop.config.json`, generated from the zod schema so the two cannot
 * disagree. Published as `schemas/config.schema.json` (see scripts/generate-schemas.mjs,
 * `npm run schemas`); package.json associates it with files named `cop.config.json`.
 */
export function configJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
    return {
        ...schema,
        $id: 'https://cop-tools.github.io/schemas/config.schema.json',
        title: 'CoP plans configuration (cop.config.json)'
    };
}

export function configJsonSchemaText(): string {
    return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
