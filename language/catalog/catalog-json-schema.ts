import { z } from 'zod';
import { catalogSchema } from './catalog-schema.js';

/**
 * The JSON Schema of catalog files, generated from the zod schema so the two cannot
 * disagree. Published as `schemas/catalog.schema.json` (see scripts/generate-schemas.mjs, `npm run schemas`);
 * the input side is used, since fields with defaults may be left out of a file.
 */
export function catalogJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(catalogSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
    return {
        ...schema,
        $id: 'https://cop-tools.github.io/schemas/catalog.schema.json',
        title: 'CoP plan catalog'
    };
}

export function catalogJsonSchemaText(): string {
    return JSON.stringify(catalogJsonSchema(), null, 2) + '\n';
}
