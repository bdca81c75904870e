import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Indicator, Plan } from '../generated/ast.js';
import type { CatalogService } from '../catalog/catalog-service.js';
import { describe, report } from './report.js';

/** Problems listed in one `catalog-invalid` message; more are counted, not listed. */
const MAX_PROBLEMS = 3;

/** Catalogs: the files a plan names, and indicator titles checked against them. */
export class CatalogChecks {
    constructor(private readonly catalogs: CatalogService) {}

    checkPlanCatalogs = async (plan: Plan, accept: ValidationAcceptor): Promise<void> => {
        const document = AstUtils.getDocument(plan);
        for (const catalog of this.catalogs.catalogUris(document)) {
            const load = await this.catalogs.loadNamedBy(document.uri, catalog.path);
            if (load.ok) continue;
            const listed = load.problems.slice(0, MAX_PROBLEMS).join('; ');
            const more = load.problems.length > MAX_PROBLEMS ? `; and ${load.problems.length - MAX_PROBLEMS} more problems` : '';
            report(accept, 'catalog-invalid',
                `Catalog "${catalog.path}" cannot be used: ${listed}${more}. Fix the file or the path (the catalog format is in docs/catalogs.md), or remove this line; until then only the built-in catalog is used.`,
                { node: plan, property: 'catalogs', index: catalog.index });
        }
    };

    checkIndicatorTitle = async (indicator: Indicator, accept: ValidationAcceptor): Promise<void> => {
        if (!indicator.title?.trim()) return;
        const index = await this.catalogs.indexFor(AstUtils.getDocument(indicator));
        if (index.findIndicator(indicator.title) || index.findDataExample(indicator.title)) return;
        const titles = index.nearestIndicators(indicator.title, 3).map(match => match.item.title);
        const near = titles.map(title => `"${title}"`);
        const suggestion = near.length > 0
            ? `Nearest entries: ${near.join(', ')}. Use one of these titles if you mean the same thing, or add the indicator to a plan catalog.`
            : 'No entry is close. If this is a new indicator for your community, add it to a plan catalog (`catalog "path"` in the plan header) so others can reuse it.';
        report(accept, 'unknown-catalog-entry',
            `Indicator ${describe(indicator)} is in no catalog. ${suggestion}`,
            // The quick fix offers these titles (language/lsp/code-actions/indicator-fixes.ts).
            { node: indicator, property: 'title', data: { suggestions: titles } });
    };
}
