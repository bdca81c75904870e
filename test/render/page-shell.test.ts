import { describe, expect, it } from 'vitest';
import { renderWebviewShell } from '../../client/preview/webview-shell.js';
import { renderExecutiveReport } from '../../language/impact/render/executive-report.js';
import { contentSecurityPolicy, PAGE_CSP } from '../../language/render/html/page-shell.js';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { viewModelOf } from '../helpers/view-model.js';

const hostile = '<img src=x onerror=alert(1)> & "quotes"';
const plan = `plan Demo "${hostile.replace(/"/g, "'")}" { purpose "p" sponsor "s" }
members M "Members" { short v "A value" }
kpi k "K" { formula 2 unit USD }
`;

/** The head of a page up to its title: what the one page shell writes. */
function headOf(html: string): { csp: string | undefined; title: string | undefined; doctype: boolean } {
    return {
        doctype: html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
        csp: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'"),
        title: /<title>([^<]*)<\/title>/.exec(html)?.[1]
    };
}

describe('every page cop writes comes from the one page shell', async () => {
    const model = await viewModelOf(plan);
    const exported = renderStandaloneHtml(model);
    const report = renderExecutiveReport({ name: 'Demo', title: model.plan?.title ?? null, purpose: null, sponsor: null }, model.impact!);
    const webview = renderWebviewShell({
        uri: 'file:///p.cop',
        title: hostile,
        cspSource: 'vscode-webview://x',
        nonce: 'n0nce',
        scriptUri: 'vscode-webview://x/preview.js'
    });

    it('with the standalone CSP on the export and the report', () => {
        for (const page of [exported, report]) {
            const head = headOf(page);
            expect(head.doctype).toBe(true);
            expect(head.csp).toBe(PAGE_CSP);
            expect(page).toContain('<meta name="color-scheme" content="light">');
            expect(page).not.toContain('<script');
        }
    });

    it('with the webview CSP, its script by nonce, and the theme left to the editor', () => {
        const head = headOf(webview);
        expect(head.doctype).toBe(true);
        expect(head.csp).toBe(contentSecurityPolicy({ cspSource: 'vscode-webview://x', nonce: 'n0nce', scriptUri: '' }));
        expect(head.csp).toContain("script-src 'nonce-n0nce'");
        expect(webview).toContain('<script nonce="n0nce" src="vscode-webview://x/preview.js"></script>');
        expect(webview).toContain('<style nonce="n0nce">');
        expect(webview).toContain('data-uri="file:///p.cop"');
        expect(webview).not.toContain('color-scheme');
    });

    it('escaping titles with the one escaper', () => {
        expect(headOf(webview).title).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
        for (const page of [exported, report, webview]) expect(page).not.toContain('<img src=x');
    });
});
