import type { URI } from 'langium';

/**
 * The documents the editor has changed (or closed) whose update has not started yet.
 * Langium runs an update when the workspace lock lets it, once the update before it has
 * stopped; a request sent right after a keystroke (completion, above all) was answered
 * meanwhile from the tree of the text before the keystroke, at the positions of the text
 * after it. A request on such a document now waits until its update has started, which marks
 * the document changed, and then, as before, for the state it needs.
 */
export class AnnouncedChanges {
    private readonly waiting = new Map<string, { promise: Promise<void>; resolve: () => void }>();

    /** Called as the editor's change arrives, before the update is queued. */
    announce(uris: readonly URI[]): void {
        for (const uri of uris) {
            const key = uri.toString();
            if (this.waiting.has(key)) continue;
            let resolve!: () => void;
            const promise = new Promise<void>(done => {
                resolve = done;
            });
            this.waiting.set(key, { promise, resolve });
        }
    }

    /** Called as the update starts (or cannot run): requests on these documents go on waiting for their build. */
    started(uris: readonly URI[]): void {
        for (const uri of uris) {
            const key = uri.toString();
            this.waiting.get(key)?.resolve();
            this.waiting.delete(key);
        }
    }

    /** Runs `then` once no change of the document at `uri` waits for its update to start. */
    before<T>(uri: URI, then: () => Promise<T>): Promise<T> {
        const waiting = this.waiting.get(uri.toString());
        return waiting ? waiting.promise.then(then) : then();
    }

    /** Runs `then` once no change of any document waits for its update to start. */
    beforeAll<T>(then: () => Promise<T>): Promise<T> {
        if (this.waiting.size === 0) return then();
        return Promise.all([...this.waiting.values()].map(waiting => waiting.promise)).then(() => this.beforeAll(then));
    }
}
