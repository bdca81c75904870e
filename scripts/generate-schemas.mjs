// Writes the published JSON Schemas in schemas/ from the zod schemas in language/.
// One line per schema below; tests compare each committed file with its source, so run
// `npm run schemas` after changing a zod schema and commit the result.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const schemas = [
    { source: 'language/catalog/catalog-json-schema.ts', make: 'catalogJsonSchema', out: 'schemas/catalog.schema.json' },
    { source: 'language/export/export-schema.ts', make: 'exportJsonSchema', out: 'schemas/export.schema.json' },
    { source: 'language/config/config-json-schema.ts', make: 'configJsonSchema', out: 'schemas/config.schema.json' }
];

/** The JSON text of a schema file: 2-space indent, final newline (what is committed). */
export function schemaText(schema) {
    return JSON.stringify(schema, null, 2) + '\n';
}

const folder = join(tmpdir(), `cop-schemas-${process.pid}`);
mkdirSync(folder, { recursive: true });
try {
    for (const { source, make, out } of schemas) {
        const outfile = join(folder, `${make}.mjs`);
        await esbuild.build({ entryPoints: [source], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
        const module = await import(pathToFileURL(outfile).href);
        writeFileSync(resolve(out), schemaText(module[make]()));
        console.log(`wrote ${out}`);
    }
} finally {
    rmSync(folder, { recursive: true, force: true });
}
