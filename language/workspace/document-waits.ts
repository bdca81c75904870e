import type { URI } from 'langium';
import { Cancellation } from 'langium';
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
