import type { LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { CopIndexManager } from './cop-index-manager.js';

/**
 * Langium re-links a plan when a plan it refers to changes. Some checks also look the other
 * way: whether a value is delivered, or an indicator used, may depend on plans that refer
 * *to* it. So when a plan changes, the plans it referred to before the change, and the plans
 * it names as `Plan.` qualifiers now, are re-checked too.
 */
export class CopDocumentBuilder extends DefaultDocumentBuilder {
    private referredByChanged = new Set<string>();

    constructor(services: LangiumSharedServices) {
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
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.referredByChanged = new Set();
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.referredByChanged.has(document.uri.toString()) || super.shouldRelink(document, changedUris);
    }
}
