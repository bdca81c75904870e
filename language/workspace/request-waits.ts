import type { DocumentState, URI } from 'langium';
import { Cancellation, OperationCancelled } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

/**
 * The requests waiting for a document to be built far enough (a hover waits for its plan to
 * be linked). Langium wakes such a request only when that document reaches the state: a
 * document deleted meanwhile never does, and the request was never answered. That happened
 * to every request on a plan that was never saved and was closed before its first build: the
 * close deletes it. Deleting a document now answers the requests that wait for it.
 */
export class DocumentWaits {
    private readonly waiting = new Map<string, Set<() => void>>();

    /**
     * Runs `wait` with a token that is cancelled, too, when the document at `uri` is deleted;
     * then the wait ends with a RequestFailed error saying so.
     */
    track<T>(uri: URI, cancelToken: Cancellation.CancellationToken, wait: (token: Cancellation.CancellationToken) => Promise<T>): Promise<T> {
        // An already cancelled token answers a subscription through a timer Langium's copy of
        // vscode-jsonrpc does not install (see pending-changes.ts); Langium rejects it at once.
        if (cancelToken.isCancellationRequested) return wait(cancelToken);
        const key = uri.toString();
        const source = new Cancellation.CancellationTokenSource();
        const relay = cancelToken.onCancellationRequested(() => source.cancel());
        return new Promise<T>((resolve, reject) => {
            let settled = false;
            const settle = () => {
                settled = true;
                this.waiting.get(key)?.delete(abandon);
                if (this.waiting.get(key)?.size === 0) this.waiting.delete(key);
                relay.dispose();
            };
            const abandon = () => {
                if (settled) return;
                settle();
                reject(
                    new ResponseError(
                        LSPErrorCodes.RequestFailed,
                        `The plan at ${key} is no longer open or in the workspace: it was closed without being saved, or deleted.`
                    )
                );
                // Ends Langium's wait too, which removes its listener for the document.
                source.cancel();
                source.dispose();
            };
            const waits = this.waiting.get(key) ?? new Set<() => void>();
            waits.add(abandon);
            this.waiting.set(key, waits);
            wait(source.token).then(
                value => {
                    if (settled) return;
                    settle();
                    source.dispose();
                    resolve(value);
                },
                (error: unknown) => {
                    if (settled) return;
                    settle();
                    source.dispose();
                    reject(error);
                }
            );
        });
    }

    /** Answers the requests waiting for the document at `uri`, which has been deleted. */
    deleted(uri: URI): void {
        const waits = this.waiting.get(uri.toString());
        if (waits) [...waits].forEach(abandon => abandon());
    }
}

/**
 * The requests waiting for the whole workspace to be built far enough (rename and find
 * references wait for every plan's references to be indexed). Langium wakes them from the
 * listeners of a build phase, which it calls only when the phase built at least one
 * document. An update that rebuilds none — closing a plan never saved, that no other plan
 * refers to — still moves the workspace's state back and forth, but woke no one: every
 * rename asked meanwhile waited until some later edit. Here they are woken whenever the
 * workspace reaches the state, whether or not a document was built.
 */
export class WorkspaceWaits {
    private readonly waiting = new Set<{ state: DocumentState; wake: () => void }>();

    /** Resolves once `reached` reports `state` or later; rejects when the request is cancelled. */
    until(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise<void>((resolve, reject) => {
            const waiter = {
                state,
                wake: () => {
                    this.waiting.delete(waiter);
                    subscription.dispose();
                    resolve();
                }
            };
            const subscription = cancelToken.onCancellationRequested(() => {
                this.waiting.delete(waiter);
                subscription.dispose();
                reject(OperationCancelled);
            });
            this.waiting.add(waiter);
        });
    }

    /** The workspace is built up to `state`: wakes the requests that waited for it. */
    reached(state: DocumentState): void {
        for (const waiter of [...this.waiting]) if (waiter.state <= state) waiter.wake();
    }
}
