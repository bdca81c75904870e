import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CopServices } from '../../cop-module.js';
import type { CompletionContribution } from './completion-contribution.js';
import { createCompletionContributions } from './completion-contributions.js';

/** Completion for plans: contributions first (catalogs, cycles), then Langium's own. */
export class CopCompletionProvider extends DefaultCompletionProvider {
    private readonly contributions: CompletionContribution[];

    constructor(services: CopServices) {
        super(services);
        this.contributions = createCompletionContributions(services);
    }

    protected override async completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        for (const contribution of this.contributions) {
            if (await contribution.complete(context, next, acceptor)) return;
        }
        return super.completionFor(context, next, acceptor);
    }
}
