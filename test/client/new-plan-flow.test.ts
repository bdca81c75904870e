import { describe, expect, test } from 'vitest';
import type { NewPlanHost } from '../../client/new-plan/new-plan-flow.js';
import { createNewPlan, URI } from '../../client/new-plan/new-plan-flow.js';
import type { PlanTemplate } from '../../language/templates/index.js';

/** An editor with files in memory, a user who picks `template` and saves at `file`. */
class FakeEditor implements NewPlanHost {
    readonly files = new Map<string, string>();
    readonly opened: string[] = [];
    readonly errors: string[] = [];
    offered: string[] = [];
    constructor(
        private readonly template: string | undefined,
        private readonly file: string | undefined
    ) {}
    async pickTemplate(templates: readonly PlanTemplate[]) {
        this.offered = templates.map(template => template.name);
        return templates.find(template => template.name === this.template);
    }
    async pickFile() {
        return this.file === undefined ? undefined : URI.file(this.file);
    }
    async exists(uri: URI) {
        return this.files.has(uri.path);
    }
    async write(uri: URI, text: string) {
        this.files.set(uri.path, text);
    }
    async open(uri: URI) {
        this.opened.push(uri.path);
    }
    showError(message: string) {
        this.errors.push(message);
    }
    describe(uri: URI) {
        return uri.path.replace(/^\/ws\//, '');
    }
}

describe('"CoP: New Plan…"', () => {
    test('offers every template, writes the plan and its companions, and opens the plan', async () => {
        const editor = new FakeEditor('kpi', '/ws/plans/customer-support.cop');
        const plan = await createNewPlan(editor, new Date(Date.UTC(2026, 10, 23)));
        expect(editor.offered).toEqual(['minimal', 'value-creation', 'kpi', 'okr', 'north-star', 'scorecard', 'operating-review']);
        expect(plan?.path).toBe('/ws/plans/customer-support.cop');
        expect([...editor.files.keys()]).toEqual(['/ws/plans/customer-support-actuals.csv', '/ws/plans/customer-support.cop']);
        expect(editor.files.get('/ws/plans/customer-support.cop')).toMatch(/^plan CustomerSupport "/m);
        expect(editor.files.get('/ws/plans/customer-support.cop')).toContain('target >= 50000 by 2027-11');
        expect(editor.opened).toEqual(['/ws/plans/customer-support.cop']);
        expect(editor.errors).toEqual([]);
    });

    test('adds .cop when the name has none', async () => {
        const editor = new FakeEditor('minimal', '/ws/my community');
        expect((await createNewPlan(editor))?.path).toBe('/ws/my community.cop');
        expect(editor.files.get('/ws/my community.cop')).toMatch(/^plan MyCommunity "/m);
    });

    test('never replaces a file: names it, writes nothing, opens nothing', async () => {
        const editor = new FakeEditor('kpi', '/ws/support.cop');
        editor.files.set('/ws/support-actuals.csv', 'indicator,date,value\nDeflected,2026-07,210\n');
        expect(await createNewPlan(editor)).toBeUndefined();
        expect(editor.errors).toEqual([expect.stringContaining('support-actuals.csv already exists')]);
        expect([...editor.files.entries()]).toEqual([['/ws/support-actuals.csv', 'indicator,date,value\nDeflected,2026-07,210\n']]);
        expect(editor.opened).toEqual([]);
    });

    test('cancelling either question writes nothing', async () => {
        for (const editor of [new FakeEditor(undefined, '/ws/a.cop'), new FakeEditor('minimal', undefined)]) {
            expect(await createNewPlan(editor)).toBeUndefined();
            expect(editor.files.size).toBe(0);
            expect(editor.errors).toEqual([]);
        }
    });
});
