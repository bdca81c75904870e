import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PreviewManager } from '../../client/preview/preview-manager.js';
import { parseWebviewMessage } from '../../client/preview/preview-messages.js';
import { previewTarget } from '../../client/preview/preview-target.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { viewModelOf } from '../helpers/view-model.js';
import type { FakePanel } from './fake-host.js';
import { FakeHost, settle } from './fake-host.js';

const uri = 'file:///plans/data-science.cop';
let model: PlanViewModel;
beforeAll(async () => {
    model = await viewModelOf(readFileSync(resolve(import.meta.dirname, '../fixtures/contract-example.cop'), 'utf8'));
});

function setup() {
    const host = new FakeHost();
    host.models.set(uri, model);
    const manager = new PreviewManager(host, 200);
    return { host, manager };
}

const renders = (panel: FakePanel) => panel.webview.posted.filter((m): m is { type: 'render'; html: string } => (m as { type: string }).type === 'render');

describe('preview panels', () => {
    test('opening a preview sets a CSP-locked page, asks the server once, and posts the page when the script is ready', async () => {
        const { host, manager } = setup();
        manager.open(uri, true);
        const panel = host.panels[0];
        expect(panel.toSide).toBe(true);
        const html = panel.webview.html;
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1].replace(/&#39;/g, "'");
        expect(csp).toBe(
            "default-src 'none'; img-src vscode-webview://fake data:; font-src vscode-webview://fake; style-src vscode-webview://fake 'nonce-nonce1'; script-src 'nonce-nonce1'"
        );
        expect(html).toContain('<script nonce="nonce1" src="vscode-webview://fake/media/preview.js"></script>');
        expect(html).toContain(`data-uri="${uri}"`);
        expect(html.match(/<script/g)).toHaveLength(1);
        await settle();
        expect(host.requests).toEqual([uri]);
        // Nothing is posted before the script listens (it would be lost) …
        expect(panel.webview.posted).toEqual([]);
        expect(panel.title).toBe('Preview Data Science Community of Practice');
        // … and the page goes out as soon as it says it is ready.
        panel.webview.send({ type: 'ready' });
        expect(renders(panel)).toHaveLength(1);
        expect(renders(panel)[0].html).toContain('Help with challenges');
    });

    test('one preview per plan: opening it again reveals the open one', async () => {
        const { host, manager } = setup();
        manager.open(uri, false);
        manager.open(uri, true);
        expect(host.panels).toHaveLength(1);
        expect(host.panels[0].revealed).toBe(1);
        expect(manager.openUris).toEqual([uri]);
    });

    test('a burst of "view model changed" notifications makes one request after the pause; other plans are ignored', async () => {
        const { host, manager } = setup();
        manager.open(uri, false);
        await settle();
        const panel = host.panels[0];
        panel.webview.send({ type: 'ready' });
        host.models.set(uri, { ...model, plan: { ...model.plan!, title: 'Renamed plan' } });
        for (let i = 0; i < 5; i++) {
            manager.viewModelChanged(uri);
            host.timers.advance(50);
        }
        manager.viewModelChanged('file:///plans/other.cop');
        await settle();
        expect(host.requests).toEqual([uri]);
        host.timers.advance(200);
        await settle();
        expect(host.requests).toEqual([uri, uri]);
        expect(renders(panel)).toHaveLength(2);
        expect(panel.title).toBe('Preview Renamed plan');
    });

    test('a hidden preview is rebuilt when shown: the latest page is sent again when its script is ready', async () => {
        const { host, manager } = setup();
        manager.open(uri, false);
        await settle();
        const panel = host.panels[0];
        panel.webview.send({ type: 'ready' });
        panel.setVisible(false);
        manager.viewModelChanged(uri);
        host.timers.advance(200);
        await settle();
        expect(renders(panel)).toHaveLength(1); // not posted into a destroyed page
        panel.setVisible(true);
        panel.webview.send({ type: 'ready' });
        expect(renders(panel)).toHaveLength(2);
    });

    test('a click in the preview reveals the element in its own file, and malformed messages are ignored', async () => {
        const { host, manager } = setup();
        manager.open(uri, false);
        const panel = host.panels[0];
        panel.webview.send({ type: 'reveal', line: 8, character: 10 });
        panel.webview.send({ type: 'reveal', uri: 'file:///plans/org.cop', line: 2, character: 4 });
        panel.webview.send({ type: 'reveal', line: -1, character: 0 });
        panel.webview.send({ type: 'reveal', uri: '<script>', line: 1, character: 0 });
        panel.webview.send('reveal');
        await settle();
        expect(host.revealed).toEqual([
            [uri, 8, 10],
            ['file:///plans/org.cop', 2, 4]
        ]);
        expect(parseWebviewMessage({ type: 'reveal', line: 1.5, character: 0 })).toBeUndefined();
    });

    test('closing a preview forgets it and cancels its pending refresh', async () => {
        const { host, manager } = setup();
        manager.open(uri, false);
        await settle();
        manager.viewModelChanged(uri);
        host.panels[0].dispose();
        expect(manager.openUris).toEqual([]);
        expect(host.timers.count).toBe(0);
        manager.open(uri, false);
        expect(host.panels).toHaveLength(2);
    });

    test('restoring after a reload takes the plan from the saved state; an unusable state closes the panel', async () => {
        const { host, manager } = setup();
        const restored = host.createPanel('Preview', false) as FakePanel;
        expect(manager.restore(restored, { uri, scrollY: 120 })).toBe(true);
        await settle();
        expect(restored.webview.html).toContain(`data-uri="${uri}"`);
        expect(host.requests).toEqual([uri]);
        const broken = host.createPanel('Preview', false) as FakePanel;
        expect(manager.restore(broken, undefined)).toBe(false);
        expect(broken.disposed).toBe(true);
        expect(manager.openUris).toEqual([uri]);
    });

    test('a plan the server does not know yet, or a failing server, shows a plain notice', async () => {
        const { host, manager } = setup();
        const unknown = 'file:///plans/new.cop';
        manager.open(unknown, false);
        await settle();
        host.panels[0].webview.send({ type: 'ready' });
        expect(host.panels[0].webview.posted).toEqual([{ type: 'notice', uri: unknown, text: expect.stringContaining('has not read this plan yet') }]);
        host.models.set(unknown, new Error('connection lost'));
        manager.viewModelChanged(unknown);
        host.timers.advance(200);
        await settle();
        expect(host.panels[0].webview.posted[1]).toMatchObject({ type: 'notice', text: expect.stringContaining('could not give the preview') });
        expect(host.logs[0]).toContain('connection lost');
    });

    test('an older answer arriving after a newer one is dropped', async () => {
        const { host, manager } = setup();
        let release: (m: PlanViewModel) => void = () => undefined;
        const slow = new Promise<PlanViewModel>(r => {
            release = r;
        });
        let calls = 0;
        host.requestViewModel = async () => (++calls === 1 ? slow : { ...model, plan: { ...model.plan!, title: 'Newest' } });
        const preview = manager.open(uri, false);
        await preview.refresh();
        release({ ...model, plan: { ...model.plan!, title: 'Oldest' } });
        await settle();
        expect(host.panels[0].title).toBe('Preview Newest');
    });

    test('the preview command targets the file it was run on, else the active plan', () => {
        expect(previewTarget({ path: '/p/a.cop', toString: () => 'file:///p/a.cop' }, undefined)).toEqual({ uri: 'file:///p/a.cop' });
        expect(previewTarget({ path: '/p/a.txt', toString: () => 'file:///p/a.txt' }, undefined)).toHaveProperty('problem');
        expect(previewTarget(undefined, { uri: 'untitled:Untitled-1', languageId: 'cop' })).toEqual({ uri: 'untitled:Untitled-1' });
        expect(previewTarget(undefined, { uri: 'file:///p/readme.md', languageId: 'markdown' })).toEqual({
            problem: 'Open a .cop plan in the editor first, then run the preview command.'
        });
    });
});

describe('preview panels: changes since HEAD', () => {
    test('after each render the panel asks the host what changed since HEAD and posts the marks, again on ready', async () => {
        const host = new FakeHost();
        host.models.set(uri, model);
        const asked: string[] = [];
        Object.assign(host, {
            changesSinceHead: async (plan: string) => {
                asked.push(plan);
                return { values: ['HelpWithChallenges'], kpis: [] };
            }
        });
        const manager = new PreviewManager(host, 200);
        manager.open(uri, true);
        const panel = host.panels[0];
        panel.webview.send({ type: 'ready' });
        await settle();
        expect(asked).toEqual([uri]);
        expect(panel.webview.posted.map(m => (m as { type: string }).type)).toEqual(['render', 'marks']);
        expect(panel.webview.posted[1]).toEqual({ type: 'marks', uri, values: ['HelpWithChallenges'], kpis: [] });
        // The webview is rebuilt (hidden and shown): page and marks are sent again.
        panel.webview.send({ type: 'ready' });
        expect(panel.webview.posted.map(m => (m as { type: string }).type)).toEqual(['render', 'marks', 'render', 'marks']);
    });
});
