import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { AnnouncedChanges } from '../../language/workspace/announced-changes.js';

describe('changes announced before their update starts', () => {
    const a = URI.parse('file:///ws/a.cop');
    const b = URI.parse('file:///ws/b.cop');
    const flush = () => new Promise(resolve => setTimeout(resolve, 0));

    it('hold a request on the document until the update starts, not one on another document', async () => {
        const announced = new AnnouncedChanges();
        announced.announce([a]);
        const order: string[] = [];
        const onA = announced.before(a, async () => order.push('a'));
        const onB = announced.before(b, async () => order.push('b'));
        const onAll = announced.beforeAll(async () => order.push('all'));
        await flush();
        expect(order).toEqual(['b']);
        announced.started([a]);
        await Promise.all([onA, onB, onAll]);
        expect(order).toEqual(['b', 'a', 'all']);
    });

    it('hold a workspace request until every announced update has started', async () => {
        const announced = new AnnouncedChanges();
        announced.announce([a, b]);
        let done = false;
        const waiting = announced.beforeAll(async () => {
            done = true;
        });
        announced.started([a]);
        await flush();
        expect(done).toBe(false);
        announced.started([b]);
        await waiting;
        expect(done).toBe(true);
    });
});
