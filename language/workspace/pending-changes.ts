import type { URI } from 'langium';
import { Cancellation } from 'langium';

/**
 * How long an update in a burst of changes (one whose update before it was overtaken, see
 * cop-document-builder.ts) waits, once it has marked its documents changed, before it does
 * anything costly; an update after one that ended starts at once. Every edit cancels the update before it (Langium's workspace lock does
 * that), but Langium looks at the cancellation only after the parse, and before the parse
 * it walks every document of the workspace: in a burst of edits each one paid a parse (1,000
 * edits of a 2,400-line plan: 14 s before a hover was answered) and, in a workspace of 200
 * plans, a walk over them all. Waiting first lets the next edit of a burst cancel the update
 * before it costs anything; the update that survives takes over the changes of those it
 * replaced, so only the latest text is parsed and validated.
 */
export const SETTLE_MS = 20;

/** The changes of updates cancelled before they ran, for the update that replaces them. */
export class PendingChanges {
    private readonly changed = new Map<string, URI>();
    private readonly deleted = new Map<string, URI>();
    /** Plans the changed plans referred to before their change (read before their references are dropped). */
    readonly referred = new Set<string>();

    add(changed: readonly URI[], deleted: readonly URI[]): void {
        for (const uri of changed) {
            this.changed.set(uri.toString(), uri);
            this.deleted.delete(uri.toString());
        }
        for (const uri of deleted) {
            this.deleted.set(uri.toString(), uri);
            this.changed.delete(uri.toString());
        }
    }

    /** Everything pending, emptied; `restore` puts it back when the update is cancelled after all. */
    take(): { changed: URI[]; deleted: URI[]; referred: Set<string>; restore: () => void } {
        const taken = { changed: [...this.changed.values()], deleted: [...this.deleted.values()], referred: new Set(this.referred) };
        this.changed.clear();
        this.deleted.clear();
        this.referred.clear();
        return {
            ...taken,
            restore: () => {
                this.add(taken.changed, taken.deleted);
                taken.referred.forEach(uri => this.referred.add(uri));
            }
        };
    }
}

/**
 * Waits SETTLE_MS, or less when the update is cancelled meanwhile: the lock's next update
 * waits for this one to end, so a cancelled one must end at once.
 */
export function settle(cancelToken: Cancellation.CancellationToken): Promise<void> {
    // An already cancelled token would answer the subscription through a timer of
    // vscode-jsonrpc's runtime layer, which Langium's copy of it does not install.
    if (cancelToken === Cancellation.CancellationToken.None || cancelToken.isCancellationRequested) return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            clearTimeout(timer);
            subscription.dispose();
            resolve();
        };
        const timer = setTimeout(done, SETTLE_MS);
        const subscription = cancelToken.onCancellationRequested(done);
    });
}
