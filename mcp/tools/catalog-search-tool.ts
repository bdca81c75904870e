import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { builtinCatalog } from '../../language/catalog/builtin-catalog.js';
import { CatalogIndex } from '../../language/catalog/catalog-index.js';
import { cycleKinds, cycleRounds } from '../../language/catalog/catalog-schema.js';
import type { CatalogHit } from '../../language/catalog/catalog-search.js';
import { searchCatalog } from '../../language/catalog/catalog-search.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';

const common = { source: z.string().describe('Where the entry comes from (a seed document).'), origin: z.string(), score: z.number() };

const hitSchema = z.union([
    z.object({
        kind: z.enum(['indicator', 'measure']),
        id: z.string(),
        title: z.string().describe('The title a plan gives it: `indicator Name "Title"`.'),
        description: z.string(),
        quantitative: z.boolean(),
        unit: z.string().optional(),
        cycles: z.array(z.enum(cycleKinds)),
        chain: z.array(z.string()).optional().describe('Where it sits in the inputs → outputs → outcomes chain.'),
        stage: z.string().optional().describe('Measures: output, outcome or impact.'),
        formula: z.string().optional(),
        aliases: z.array(z.string()).optional(),
        ...common
    }),
    z.object({
        kind: z.literal('value'),
        id: z.string(),
        title: z.string(),
        description: z.string().optional(),
        side: z.enum(['members', 'organization']),
        term: z.enum(['short', 'long']),
        ...common
    }),
    z.object({
        kind: z.literal('cycle-example'),
        text: z.string(),
        cycle: z.enum(cycleKinds),
        round: z.enum(cycleRounds),
        ...common
    })
]);

const outputShape = { hits: z.array(hitSchema).describe('Best first.') };

let index: CatalogIndex | undefined;

/** `catalog_search`: entries of the built-in catalog matching words, with what a plan needs of them. */
export function registerCatalogSearchTool(server: McpServer): void {
    server.registerTool(
        'catalog_search',
        {
            title: 'Search the indicator catalog',
            description:
                'Searches the built-in catalog of the .cop language for indicators, KPI and finance measures, example values of the value matrix, and example aspirations, conditions and data of the value-creation cycles, by words ("time to answer", "reuse", "onboarding"). Each hit comes with its context: description, unit, cycles, chain position, side and term. Use the titles as they are: plans that use catalog titles get hover help and no unknown-catalog-entry hint.',
            inputSchema: {
                query: z.string().min(1).max(1000).describe('Words to look for.'),
                kinds: z
                    .array(z.enum(['indicator', 'measure', 'value', 'cycle-example']))
                    .max(4)
                    .optional()
                    .describe('Only these kinds of entries (default: all).'),
                limit: z.number().int().min(1).max(100).optional().describe('At most this many hits (default 20).')
            },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false }
        },
        args =>
            refusalsAsErrors('catalog_search', async () => {
                index ??= new CatalogIndex([builtinCatalog]);
                const hits = searchCatalog(index, args.query, { kinds: args.kinds, limit: args.limit });
                return toolResult({ hits }, hits.length === 0 ? `No catalog entry matches "${args.query}".` : hits.map(hitText).join('\n'));
            })
    );
}

function hitText(hit: CatalogHit): string {
    switch (hit.kind) {
        case 'indicator':
        case 'measure':
            return `${hit.kind} "${hit.title}"${hit.unit ? ` (${hit.unit})` : ''}${hit.cycles.length ? `, cycles: ${hit.cycles.join(', ')}` : ''}: ${hit.description}`;
        case 'value':
            return `value "${hit.title}" (${hit.side}, ${hit.term} term)${hit.description ? `: ${hit.description}` : ''}`;
        case 'cycle-example':
            return `${hit.cycle} cycle, ${hit.round}: "${hit.text}"`;
    }
}
