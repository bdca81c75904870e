import type { LangiumDocument } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { PlanResources } from '../workspace/plan-resources.js';
import type { CsvProblem } from './actuals-csv.js';
import { parseActualsCsv } from './actuals-csv.js';
import type { AsOfDate } from './as-of-date.js';
import type { FileActuals, ImpactModel } from './impact-model.js';
import { evaluatePlan } from './impact-model.js';
import type { Lineage } from '../measure/lineage.js';
import { lineagePathOf, parseLineage } from '../measure/lineage.js';
import { parseDay } from './dates.js';

/** A problem with one of the plan's actuals files; `index` is the `actuals` line it comes from. */
export interface ActualsFileProblem extends Partial<CsvProblem> {
    readonly file: string;
    readonly index: number;
    readonly message: string;
}

export interface PlanImpact {
    readonly model: ImpactModel;
    readonly fileProblems: readonly ActualsFileProblem[];
    /** Rows of the actuals files that `cop measure --write` wrote, as `indicator|day|value` (from the lineage files). */
    readonly computedRows: ReadonlySet<string>;
    /** The lineage file beside each actuals file that has one, by the actuals path as the plan names it. */
    readonly lineages: ReadonlyMap<string, Lineage>;
}

/**
 * The evaluated impact layer of a plan document, as of the service's date: reads the
 * plan's actuals files, merges them with inline actuals and evaluates. Cached per document
 * until the workspace changes; used by the checks, hover, inlay hints and the views.
 */
export class ImpactService {
    private readonly cache: WorkspaceCache<string, Promise<PlanImpact>>;
    private readonly resources: PlanResources;
    private readonly asOf: AsOfDate;
    /** The value of each evaluation once it has one (a promise does not tell). */
    private readonly evaluated = new WeakMap<Promise<PlanImpact>, PlanImpact>();
    /** Each document's latest evaluation, for the next one to reuse what an edit left unchanged (impact-reuse.ts). */
    private readonly latest = new WeakMap<LangiumDocument, ImpactModel>();

    constructor(services: CopCoreServices) {
        this.cache = new WorkspaceCache(services.shared);
        this.resources = services.workspace.PlanResources;
        this.asOf = services.impact.AsOfDate;
    }

    impactOf(document: LangiumDocument): Promise<PlanImpact> {
        const asOf = this.asOf.get();
        return this.cache.get(`${document.uri.toString()}@${asOf}`, () => {
            const impact = this.evaluate(document as LangiumDocument<PlanFile>, asOf);
            // A failure is the caller's to report (internal-error); here it only leaves no value.
            impact.then(
                value => this.evaluated.set(impact, value),
                () => undefined
            );
            return impact;
        });
    }

    /**
     * `use` of the plan's impact: at once when it is evaluated already, else once it is. The
     * checks of each kpi ask for it, and an `await` per kpi of a large plan costs more than
     * most of them.
     */
    withImpactOf<T>(document: LangiumDocument, use: (impact: PlanImpact) => T): T | Promise<T> {
        const impact = this.impactOf(document);
        const known = this.evaluated.get(impact);
        return known ? use(known) : impact.then(use);
    }

    /** The impact of the plan a node belongs to. */
    impactOfNode(node: import('langium').AstNode): Promise<PlanImpact> {
        return this.impactOf(AstUtils.getDocument(node));
    }

    private async evaluate(document: LangiumDocument<PlanFile>, asOf: number): Promise<PlanImpact> {
        const root = document.parseResult.value;
        const files: FileActuals[] = [];
        const fileProblems: ActualsFileProblem[] = [];
        const lineages = new Map<string, Lineage>();
        const paths = planOf(root)?.actuals ?? [];
        for (const [index, file] of paths.entries()) {
            const resource = await this.resources.read(document.uri, file);
            if (resource.error !== undefined) {
                fileProblems.push({ file, index, message: `the actuals file cannot be read (${resource.error})` });
                continue;
            }
            const parsed = parseActualsCsv(resource.text);
            files.push({ file, rows: parsed.rows });
            for (const problem of parsed.problems) fileProblems.push({ ...problem, file, index });
            const lineageResource = await this.resources.read(document.uri, lineagePathOf(file));
            const lineage = lineageResource.text === undefined ? undefined : parseLineage(lineageResource.text);
            if (lineage) lineages.set(file, lineage);
        }
        const computedRows = new Set<string>();
        for (const lineage of lineages.values()) {
            for (const measure of lineage.measures) {
                for (const figure of measure.figures) computedRows.add(`${measure.name}|${parseDay(figure.period)}|${figure.value}`);
            }
        }
        const model = evaluatePlan(root, asOf, files, this.latest.get(document));
        this.latest.set(document, model);
        return { model, fileProblems, computedRows, lineages };
    }
}
