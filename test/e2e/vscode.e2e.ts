import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeServer } from './harness/code-server.js';
import { detectFeatures, grammarScopes, languageDisplayName, previewCommandTitle } from './harness/features.js';
import { packageExtension } from './harness/package-extension.js';
import { e2eToolchain, outputDir, repoRoot } from './harness/toolchain.js';
import { conditionTimeout, Workbench } from './harness/workbench.js';
import { completion, fixtures, quickFix, typedFix, untouched } from './fixtures.js';

// Colours no theme uses, given to our grammar's own scopes only (`keyword.control.cop`, …):
// a token painted in one of them was scoped by our TextMate grammar.
const keywordColour = 'rgb(209, 48, 154)';
const stringColour = 'rgb(31, 158, 117)';
const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.map(n => Number(n).toString(16).padStart(2, '0')).join('');

const features = await detectFeatures();
const skipped = Object.entries(features).filter(([, why]) => why);
if (skipped.length > 0) console.warn(`e2e: features not on this branch yet, their steps are skipped:\n${skipped.map(([, why]) => `  - ${why}`).join('\n')}`);

/** The step's title, with the reason it is skipped, so the report says what is missing. */
const title = (name: string, ...missing: Array<string | undefined>) => {
    const why = missing.find(Boolean);
    return why ? `${name} — SKIPPED: ${why}` : name;
};

describe.sequential('the packaged extension in VS Code (code-server)', () => {
    let root: string;
    let workspace: string;
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let bench: Workbench;

    beforeAll(async () => {
        const { chromium: chromiumPath } = e2eToolchain();
        rmSync(outputDir, { recursive: true, force: true });
        mkdirSync(outputDir, { recursive: true });
        root = mkdtempSync(join(tmpdir(), 'cop-e2e-'));
        workspace = join(root, 'workspace');
        mkdirSync(workspace);
        copyFileSync(join(repoRoot, 'examples', 'data-science.cop'), join(workspace, 'data-science.cop'));
        for (const fixture of fixtures) writeFileSync(join(workspace, fixture.file), fixture.text);

        const vsix = packageExtension(root);
        const scopes = grammarScopes();
        server = new CodeServer({
            root,
            workspace,
            logFile: join(outputDir, 'code-server.log'),
            settings: {
                'editor.tokenColorCustomizations': {
                    textMateRules: [
                        { scope: scopes.filter(scope => scope.startsWith('keyword')), settings: { foreground: hex(keywordColour) } },
                        { scope: scopes.filter(scope => scope.startsWith('string')), settings: { foreground: hex(stringColour) } }
                    ]
                }
            }
        });
        server.installExtension(vsix);
        const url = await server.start();
        browser = await chromium.launch({
            executablePath: chromiumPath,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
        });
        bench = await Workbench.open(browser, url, workspace);
    });

    afterAll(async () => {
        // Every process this suite started goes, whatever happened above.
        await browser?.close().catch(() => undefined);
        await server?.stop();
        rmSync(join(outputDir, 'logs'), { recursive: true, force: true });
        server?.saveLogs(join(outputDir, 'logs'));
        if (root) rmSync(root, { recursive: true, force: true });
    });

    /** Runs a step; on failure saves what the screen showed, then fails. */
    async function step(name: string, body: () => Promise<void>): Promise<void> {
        try {
            await body();
            await bench.screenshot(name);
        } catch (error) {
            await bench?.screenshot(`${name}-FAILED`).catch(() => undefined);
            throw error;
        }
    }

    test.skipIf(!!(features.language ?? features.grammar))(title('1. an example plan: the status bar shows the language, our grammar colours keywords and strings', features.language, features.grammar), async () => {
        await step('01-language-and-colours', async () => {
            await bench.openFile('data-science.cop');
            await bench.page.locator('[id="status.editor.mode"]', { hasText: languageDisplayName() }).waitFor();
            const header = bench.lineStartingWith('plan DataScienceCoP');
            await header.waitFor();
            // Each token is a span; its colour is what the theme gives the token's scopes.
            const colourOf = (text: string) => header.locator('span span').evaluateAll((spans, text) => {
                const span = spans.find(candidate => (candidate.textContent ?? '').replace(/\u00a0/g, ' ').trim().startsWith(text));
                return span ? getComputedStyle(span).color : `no token starting with ${text}`;
            }, text);
            expect(await colourOf('plan')).toBe(keywordColour);
            expect(await colourOf('"Data Science')).toBe(stringColour);
            // The plan's name is neither: it keeps the theme's colour.
            expect(await colourOf('DataScienceCoP')).not.toBe(keywordColour);
        });
    });

    test.skipIf(!!features.language)(title('2. an outcome that delivers no value: squiggle and Problems entry, gone once the fix is typed', features.language), async () => {
        await step('02-squiggle-and-problems', async () => {
            await bench.openFile(typedFix.file);
            await bench.goToLineEnd(typedFix.fromLine - 1);
            await bench.waitForSquiggle(`outcome ${typedFix.outcome}`, typedFix.outcome, true);
            await bench.showProblems('outcome-without-value');
            await bench.problemRows(`\`${typedFix.outcome}\``).first().waitFor();
            await bench.problemRows(`\`${untouched.outcome}\``).first().waitFor();
            await bench.screenshot('02-squiggle-and-problems-before');

            await bench.focusEditor();
            await bench.typeLineAfter(typedFix.fromLine, 'delivers Onboarding');
            await bench.page.keyboard.press('Escape');
            await bench.waitForSquiggle(`outcome ${typedFix.outcome}`, typedFix.outcome, false);
            await bench.problemRows(`\`${typedFix.outcome}\``).first().waitFor({ state: 'detached' });
            // The Problems panel still lists the plan nobody fixed: the entry went away because
            // of the fix, not because the panel emptied.
            await bench.problemRows(`\`${untouched.outcome}\``).first().waitFor();
        });
    });

    test.skipIf(!!features.language)(title('3. completion after `delivers ` lists the values of the plan', features.language), async () => {
        await step('03-completion', async () => {
            await bench.openFile(completion.file);
            await bench.typeLineAfter(completion.fromLine, 'delivers ');
            await bench.page.keyboard.press('Control+Space');
            const labels = await bench.suggestions();
            for (const value of completion.deliverables) expect(labels).toContain(value);
            // Indicators are not values: neither the plan's own nor under its qualified name.
            expect(labels).not.toContain(completion.indicator);
            expect(labels).not.toContain(`Completion.${completion.indicator}`);
            // The screenshot shows the open list.
        });
    });

    test.skipIf(!!(features.language ?? features.preview))(title('4. the Value Matrix preview to the side shows stakeholders and values, live while typing', features.language, features.preview), async () => {
        await step('04-preview', async () => {
            await bench.openFile('data-science.cop');
            await bench.runCommand(previewCommandTitle);
            const preview = bench.webview();
            for (const text of ['Data practitioners in country offices', 'Analytics & Insights Unit', 'Help with challenges', 'Rapid problem solving']) {
                await preview.getByText(text).first().waitFor();
            }
            await bench.screenshot('04-preview-opened');

            await bench.focusEditor();
            const line = 11; // `long ProfessionalDevelopment …` in the Practitioners row
            await bench.typeLineAfter(line, 'short PeerReview "Peer review of models"');
            await bench.page.keyboard.press('Escape');
            await preview.getByText('Peer review of models').first().waitFor();
        });
    });

    test.skipIf(!!(features.language ?? features.quickFix))(title('5. the lightbulb\'s quick fix adds a `delivers` line and the warning goes', features.language, features.quickFix), async () => {
        await step('05-quick-fix', async () => {
            await bench.openFile(quickFix.file);
            await bench.goToLineEnd(quickFix.fromLine - 1);
            await bench.waitForSquiggle(`outcome ${quickFix.outcome}`, quickFix.outcome, true);
            const lightbulb = bench.editor.locator('.lightBulbWidget');
            await lightbulb.waitFor();
            await lightbulb.click();
            const fix = bench.page.locator('.action-widget .monaco-list-row.action', { hasText: /deliver/i }).first();
            await fix.waitFor();
            await bench.screenshot('05-quick-fix-menu');
            await fix.click();
            // The fix wrote a second `delivers` line (the other outcome of the plan has one).
            await expect.poll(() => bench.lineStartingWith('delivers').count(), { timeout: conditionTimeout }).toBe(2);
            await bench.waitForSquiggle(`outcome ${quickFix.outcome}`, quickFix.outcome, false);
            await bench.showProblems('outcome-without-value');
            await bench.problemRows(`\`${quickFix.outcome}\``).first().waitFor({ state: 'detached' });
            await bench.problemRows(`\`${untouched.outcome}\``).first().waitFor();
        });
    });
});
