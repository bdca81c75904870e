import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, OperationCancelled } from 'langium';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { CopIndexManager } from './cop-index-manager.js';

/**
 * How long a build waits, once its changes are recorded, before it parses anything. Every
 * edit cancels the build before it (Langium's workspace lock does that), but a build only
 * looks at its cancellation between documents, after the parse: in a burst of edits each
 * one paid a full parse of the plan (1,000 edits of a 2,400-line plan: 14 s before a hover
 * was answered). Waiting this long first lets the next edit of a burst cancel the build
 * before it costs anything, so only the latest text is parsed and validated.
 */
export const SETTLE_MS = 20;

/**
 * Langium re-links a plan when a plan it refers to changes. Some checks also look the other
 * way: whether a value is delivered, or an indicator used, may depend on plans that refer
 * *to* it. So when a plan changes, the plans it referred to before the change, and the plans
 * it names as `Plan.` qualifiers now, are re-checked too.
 */
export class CopDocumentBuilder extends DefaultDocumentBuilder {
    private referredByChanged = new Set<string>();
    /** 'any' when a changed file's new plan name is unknown (changed on disk, not open). */
    private changedPlanNames: Set<string> | 'any' = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const index = this.indexManager as CopIndexManager;
        const referred = new Set<string>();
        for (const uri of [...changed, ...deleted]) {
            index.documentsReferredBy(uri.toString()).forEach(target => referred.add(target));
        }
        const qualifiers = new Set<string>();
        for (const uri of changed) {
            const text = this.textDocuments?.get(uri)?.getText();
            if (text) for (const match of text.matchAll(/\b([A-Za-z_]\w*)\.[A-Za-z_]/g)) qualifiers.add(match[1]);
        }
        if (qualifiers.size > 0) {
            for (const document of this.langiumDocuments.all) {
                const name = planOf(document.parseResult.value as PlanFile)?.name;
                if (name && qualifiers.has(name)) referred.add(document.uri.toString());
            }
        }
        this.referredByChanged = referred;
        this.changedPlanNames = this.planNamesOf(changed, deleted);
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.referredByChanged = new Set();
            this.changedPlanNames = new Set();
        }
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None && documents.length > 0) {
            await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }

    /**
     * Langium re-links every document that has an unresolved reference after any change, in
     * case the change resolves it: in a workspace where a few plans have a typo, every
     * keystroke re-linked them all. Here only a reference that the change could resolve
     * counts: a bare name resolves inside its own plan only, so another plan's change never
     * resolves it; `Plan.Element` resolves when a plan called `Plan` changed (or appeared).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.referredByChanged.has(document.uri.toString())) return true;
        if (this.indexManager.isAffected(document, changedUris)) return true;
        return document.references.some(ref => {
            if (ref.error === undefined) return false;
            const dot = ref.$refText.indexOf('.');
            return dot > 0 && (this.changedPlanNames === 'any' || this.changedPlanNames.has(ref.$refText.slice(0, dot).trim()));
        });
    }

    /** The plan names of the changed and deleted documents, before and after the change. */
    private planNamesOf(changed: URI[], deleted: URI[]): Set<string> | 'any' {
        const names = new Set<string>();
        if (changed.some(uri => !this.textDocuments?.get(uri))) return 'any';
        for (const uri of [...changed, ...deleted]) {
            const before = this.langiumDocuments.getDocument(uri);
            const name = before && planOf(before.parseResult.value as PlanFile)?.name;
            if (name) names.add(name);
            // Every word after `plan`, comments included: a name too many only costs a re-link.
            const text = this.textDocuments?.get(uri)?.getText() ?? '';
            for (const match of text.matchAll(/(?:^|\s)plan\s+([A-Za-z_]\w*)/g)) names.add(match[1]);
        }
        return names;
    }
}
