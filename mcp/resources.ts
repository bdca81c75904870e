import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { builtinCatalog } from '../language/catalog/builtin-catalog.js';
// The published pages, bundled as text (esbuild's text loader, scripts/build.mjs): what an
// assistant reads is the reference people read.
import languageReference from '../docs/language.md';
import diagnosticsPage from '../docs/diagnostics.md';

export const LANGUAGE_REFERENCE_URI = 'cop://docs/language.md';
export const DIAGNOSTICS_URI = 'cop://docs/diagnostics.md';
export const CATALOG_URI = 'cop://catalog/builtin.json';

/** Resources: the language reference, the diagnostics page and the built-in catalog. */
export function registerResources(server: McpServer): void {
    server.registerResource(
        'language-reference',
        LANGUAGE_REFERENCE_URI,
        {
            title: 'The .cop language reference',
            description: 'Every keyword and statement of the .cop plan language, with examples (docs/language.md).',
            mimeType: 'text/markdown'
        },
        uri => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: languageReference }] })
    );
    server.registerResource(
        'diagnostics',
        DIAGNOSTICS_URI,
        {
            title: 'Diagnostic codes',
            description: 'Every diagnostic code cop reports: what triggers it and how to fix it (docs/diagnostics.md).',
            mimeType: 'text/markdown'
        },
        uri => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: diagnosticsPage }] })
    );
    server.registerResource(
        'builtin-catalog',
        CATALOG_URI,
        {
            title: 'The built-in catalog',
            description:
                'Indicators, KPI and finance measures, matrix values and cycle examples every plan can use (JSON, the catalog format of docs/catalogs.md).',
            mimeType: 'application/json'
        },
        uri => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(builtinCatalog.catalog, null, 2) }] })
    );
}
