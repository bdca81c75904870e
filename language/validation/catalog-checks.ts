import type { MaybePromise, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Indicator, Plan } from '../generated/ast.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { CatalogLoad, CatalogService } from '../catalog/catalog-service.js';
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
            report(
                accept,
                'catalog-invalid',
                `Catalog "${catalog.path}" cannot be used: ${problems(load, 'paths are relative to the folder of this plan')}. Fix the file or the path (the catalog format is in docs/catalogs.md), or remove this line; until then only the built-in catalog is used.`,
                { node: plan, property: 'catalogs', index: catalog.index }
            );
        }
        // No plan line names a catalog of the settings: each plan reports it on its name,
        // so it shows in the Problems panel and fails `cop check` like a bad `catalog` line.
        for (const catalog of await this.catalogs.settingsCatalogsFor(document)) {
            const load = catalog.uri ? await this.catalogs.loadForSettings(document.uri, catalog) : undefined;
            if (load?.ok) continue;
            if (catalog.config !== undefined && load) {
                report(
                    accept,
                    'catalog-invalid',
                    `Catalog "${catalog.path}" of the config file "${catalog.config}" (key \`catalogs\`) cannot be used for this plan: ${problems(load, 'paths there are relative to the folder of the config file')}. Fix the catalog, or correct or remove the path in the config; until then this plan does without it.`,
                    { node: plan, property: 'name' }
                );
                continue;
            }
            const why = load ? problems(load, 'relative paths start from the workspace folder, or from the current folder for `cop`') : catalog.problem;
            report(
                accept,
                'catalog-invalid',
                `Catalog "${catalog.path}" of the settings (\`cop.catalogs\` in the editor, \`--catalog\` of \`cop\`) cannot be used for this plan: ${why}. Fix the file, or correct or remove the path in the setting; until then this plan does without it.`,
                { node: plan, property: 'name' }
            );
        }
    };

    checkIndicatorTitle = (indicator: Indicator, accept: ValidationAcceptor): MaybePromise<void> => {
        const title = indicator.title;
        if (!title?.trim()) return;
        return this.catalogs.withIndexFor(AstUtils.getDocument(indicator), index => this.checkTitle(indicator, title, index, accept));
    };

    private checkTitle(indicator: Indicator, title: string, index: CatalogIndex, accept: ValidationAcceptor): void {
        if (index.findIndicator(title) || index.findDataExample(title)) return;
        const titles = index.nearestIndicators(title, 3).map(match => match.item.title);
        const near = titles.map(entry => `"${entry}"`);
        const suggestion =
            near.length > 0
                ? `Nearest entries: ${near.join(', ')}. Use one of these titles if you mean the same thing, or add the indicator to a plan catalog.`
                : 'No entry is close. If this is a new indicator for your community, add it to a plan catalog (`catalog "path"` in the plan header) so others can reuse it.';
        report(
            accept,
            'unknown-catalog-entry',
            `Indicator ${describe(indicator)} is in no catalog. ${suggestion}`,
            // The quick fix offers these titles (language/lsp/code-actions/indicator-fixes.ts).
            { node: indicator, property: 'title', data: { suggestions: titles } }
        );
    }
}

/** The problems of a catalog that cannot be used, in words; `base` says where relative paths start. */
function problems(load: Extract<CatalogLoad, { ok: false }>, base: string): string {
    if (load.readError !== undefined) return `no file can be read at that path (${load.readError}; ${base})`;
    const listed = load.problems.slice(0, MAX_PROBLEMS).join('; ');
    const more = load.problems.length > MAX_PROBLEMS ? `; and ${load.problems.length - MAX_PROBLEMS} more problems` : '';
    return `${listed}${more}`;
}
