import { builtinCatalog } from '../../language/catalog/builtin-catalog.js';
import { CatalogIndex } from '../../language/catalog/catalog-index.js';
import type { CatalogHitKind } from '../../language/catalog/catalog-search.js';
import { searchCatalog } from '../../language/catalog/catalog-search.js';
import { toPlanExport } from '../../language/export/export-json.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';

/**
 * What the VS Code language model tools answer, as text for the assistant: made from the
 * view model the language server sends (`cop/viewModel`), as the preview is, so this side
 * never parses plans. No VS Code here, so tests call these directly.
 */

/** `cop_check`: every diagnostic of the plan with its code and 1-based position. */
export function checkAnswer(file: string, model: PlanViewModel): string {
    const { diagnostics, summary } = toPlanExport(model);
    if (diagnostics.length === 0) return `${file}: no problems.`;
    const lines = diagnostics.map(d => `${file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
    lines.push(
        `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.information} information, ${summary.hints} hint(s). Each code is explained in docs/diagnostics.md (also: \`cop mcp\`'s explain tool).`
    );
    return lines.join('\n');
}

/** `cop_evaluate`: kpis (value, planned, range, drivers) and indicator statuses, as JSON. */
export function evaluateAnswer(file: string, model: PlanViewModel): string {
    const exported = toPlanExport(model);
    return JSON.stringify(
        {
            file,
            plan: exported.plan?.name ?? null,
            kpis: exported.kpis,
            indicators: exported.indicators.map(({ name, title, unit, target, latest, status }) => ({ name, title, unit, target, latest, status })),
            errors: exported.summary.errors
        },
        null,
        2
    );
}

let index: CatalogIndex | undefined;

/** `cop_catalog_search`: built-in catalog entries matching the words, with their context, as JSON. */
export function catalogAnswer(query: string, kinds?: readonly CatalogHitKind[], limit?: number): string {
    index ??= new CatalogIndex([builtinCatalog]);
    const hits = searchCatalog(index, query, { kinds, limit: Math.min(limit ?? 20, 100) });
    return hits.length === 0 ? `No catalog entry matches "${query}".` : JSON.stringify(hits, null, 2);
}
