import type { LangiumDocuments, URI, ValidationAcceptor, WorkspaceManager } from 'langium';
import { AstUtils, DocumentState, UriUtils, WorkspaceCache } from 'langium';
import type { Plan, PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { CopCoreServices } from '../cop-core-module.js';
import { workspaceFolderOf } from '../workspace/workspace-folders.js';
import { report } from './report.js';

/**
 * Checks across the plans of a workspace folder. When a plan's name changes, the document
 * builder re-checks the plans that had or now have that name (cop-document-builder.ts).
 */
export class WorkspaceChecks {
    private readonly documents: LangiumDocuments;
    private readonly workspaceManager: WorkspaceManager;
    /** The plans of each folder by name, once per build: looked up by each plan (a scan of every plan for each was quadratic). */
    private readonly plansByName: WorkspaceCache<string, Map<string, URI[]>>;

    constructor(services: CopCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.workspaceManager = services.shared.workspace.WorkspaceManager;
        // Emptied once the plans of a build are parsed and indexed: every build sees its own names.
        this.plansByName = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    /** `Plan.Element` must name one plan: two plans of a folder may not share a name. */
    checkPlanNameUnique = (plan: Plan, accept: ValidationAcceptor): void => {
        if (!plan.name || planOf(plan.$container as PlanFile) !== plan) return; // a second header is missing-plan's concern
        const own = AstUtils.getDocument(plan).uri;
        const folder = workspaceFolderOf(this.workspaceManager, own.toString());
        const others = (this.plansOf(folder).get(plan.name) ?? [])
            .filter(uri => uri.toString() !== own.toString())
            .map(uri => UriUtils.relative(UriUtils.dirname(own), uri));
        if (others.length === 0) return;
        others.sort();
        const who = others.length === 1 ? 'Another plan in this folder is' : `${others.length} other plans in this folder are`;
        report(
            accept,
            'duplicate-name',
            `${who} also called \`${plan.name}\` (${others.join(', ')}): plan names must be unique, since references use \`${plan.name}.Element\`. Rename one of them.`,
            { node: plan, property: 'name', data: { others } }
        );
    };

    /** The plan files of `folder` (not of a folder nested in it that is a workspace folder of its own), by plan name. */
    private plansOf(folder: string): Map<string, URI[]> {
        return this.plansByName.get(folder, () => {
            const byName = new Map<string, URI[]>();
            for (const document of this.documents.all) {
                const uri = document.uri.toString();
                if (!uri.startsWith(folder) || workspaceFolderOf(this.workspaceManager, uri) !== folder) continue;
                const root = document.parseResult?.value as PlanFile | undefined;
                const name = root?.$type === 'PlanFile' ? planOf(root)?.name : undefined;
                if (!name) continue;
                const list = byName.get(name);
                if (list) list.push(document.uri);
                else byName.set(name, [document.uri]);
            }
            return byName;
        });
    }
}
