// Writes schemas/catalog.schema.json from the zod schema in language/catalog/.
// Run after changing the catalog format: `npm run generate:schemas`. A test fails while the
// committed file is stale (test/catalog/catalog-schema.test.ts).
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'generate-schemas.mjs');
await esbuild.build({
    entryPoints: [join(root, 'language/catalog/catalog-json-schema.ts')],
    outfile: bundle, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'
});
const { catalogJsonSchemaText } = await import(pathToFileURL(bundle).href);
rmSync(bundle);
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas', 'catalog.schema.json'), catalogJsonSchemaText());
console.log('wrote schemas/catalog.schema.json');
