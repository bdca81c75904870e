import type { MaybePromise } from 'langium';
import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';

/**
 * One source of completion items (catalog titles, cycle rounds, …). A contribution that
 * returns `true` has fully handled the completion point, and stock completion is skipped.
 */
export interface CompletionContribution {
    complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<boolean>;
}
