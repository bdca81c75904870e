import type { Timers } from './host.js';

/**
 * Runs an action per key once calls for that key have paused for `delayMs`: a burst of
 * "plan changed" events makes one view-model request.
 */
export class KeyedDebouncer {
    private readonly handles = new Map<string, unknown>();

    constructor(
        private readonly timers: Timers,
        private readonly delayMs: number
    ) {}

    trigger(key: string, action: () => void): void {
        this.cancel(key);
        this.handles.set(
            key,
            this.timers.setTimeout(() => {
                this.handles.delete(key);
                action();
            }, this.delayMs)
        );
    }

    cancel(key: string): void {
        const handle = this.handles.get(key);
        if (handle !== undefined) {
            this.timers.clearTimeout(handle);
            this.handles.delete(key);
        }
    }

    dispose(): void {
        for (const key of [...this.handles.keys()]) this.cancel(key);
    }
}
