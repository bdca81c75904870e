import { Cancellation, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { DocumentWaits } from '../../language/workspace/request-waits.js';

describe('a request waiting for a document', () => {
    const uri = URI.parse('file:///ws/plan.cop');

    it('is answered, in plain words, when the document is deleted meanwhile', async () => {
        const waits = new DocumentWaits();
        let cancelled = false;
        // A wait that would never end by itself, as Langium's for a document that is gone.
        const waiting = waits.track(uri, Cancellation.CancellationToken.None, token => {
            return new Promise<never>(() => {
                token.onCancellationRequested(() => {
                    cancelled = true;
                });
            });
        });
        waits.deleted(uri);
        await expect(waiting).rejects.toThrow('is no longer open or in the workspace');
        expect(cancelled).toBe(true);
    });

    it('ends as the wait ends when the document stays', async () => {
        const waits = new DocumentWaits();
        await expect(waits.track(uri, Cancellation.CancellationToken.None, async () => 'built')).resolves.toBe('built');
        // Deleting it afterwards answers nobody twice.
        waits.deleted(uri);
    });
});
