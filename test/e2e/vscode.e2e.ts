import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeServer } from './harness/code-server.js';
import { missingFeatures, grammarScopes, rootScope, languageDisplayName, previewCommandLabel } from './harness/features.js';
import { packageExtension } from './harness/package-extension.js';
import { e2eToolchain, outputDir, repoRoot } from './harness/toolchain.js';
import { conditionTimeout, Workbench } from './harness/workbench.js';
import { completion, fixtures, matrix, quickFix, typedFix, untouched } from './fixtures.js';

// Colours no theme uses, given to our grammar's own scopes only (`storage.type.plan.cop`,
// `string.quoted.double.cop`, …): a token painted in one of them was scoped by our grammar.
const keywordColour = 'rgb(209, 48, 154)';
const stringColour = 'rgb(31, 158, 117)';
const commentColour = 'rgb(138, 109, 31)';
const grammarScope = rootScope() ?? 'source.cop';
const hex = (rgb: string) =>
    '#' +
    rgb
        .match(/\d+/g)!
        .map(n => Number(n).toString(16).padStart(2, '0'))
        .join('');

/**
 * Theme rules that paint our grammar's scopes, and only them (`source.cop` as parent), in the
 * colours above. Scopes the grammar names by capture (`storage.type.$1.cop`) are ruled by
 * their fixed prefix.
 */
function colourRules(): Array<{ scope: string[]; settings: { foreground: string } }> {
    const scopes = [...new Set(grammarScopes().map(scope => scope.split(/\.\$\d/)[0]))];
    const rule = (prefixes: string[], colour: string) => ({
        scope: scopes.filter(scope => prefixes.some(prefix => scope.startsWith(prefix))).map(scope => `${grammarScope} ${scope}`),
        settings: { foreground: hex(colour) }
    });
    return [rule(['keyword', 'storage.type'], keywordColour), rule(['string'], stringColour), rule(['comment'], commentColour)];
}

/** The first example of the project, whatever it is called. */
const example = readdirSync(join(repoRoot, 'examples'))
    .filter(name => name.endsWith('.cop'))
    .sort()[0];

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
        // An example of the project, as a person would open it, and the plans the steps edit.
        cpSync(join(repoRoot, 'examples', example), join(workspace, example));
        for (const fixture of [...fixtures, matrix]) writeFileSync(join(workspace, fixture.file), fixture.text);

        // Where the set-up time goes, printed for the CI log (not asserted).
        const started = Date.now();
        const times: string[] = [];
        const lap = (what: string) => times.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const vsix = packageExtension(root);
        lap('packaged');
        server = new CodeServer({
            root,
            workspace,
            logFile: join(outputDir, 'code-server.log'),
            settings: { 'editor.tokenColorCustomizations': { textMateRules: colourRules() } }
        });
        server.installExtension(vsix);
        lap('installed');
        const url = await server.start();
        lap('code-server up');
        browser = await chromium.launch({
            executablePath: chromiumPath,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
        });
        bench = await Workbench.open(browser, url, workspace);
        lap('workbench ready');
        console.log(`e2e set-up: ${times.join(', ')}`);
    });

    afterAll(async () => {
        // Every process this suite started goes, whatever happened above.
        await browser?.close().catch(() => undefined);
        await server?.stop();
        rmSync(join(outputDir, 'logs'), { recursive: true, force: true });
        server?.saveLogs(join(outputDir, 'logs'));
        if (root) rmSync(root, { recursive: true, force: true });
    });

    test('0. the package contributes what the steps use, and the server offers quick fixes', async () => {
        // Said plainly here, rather than as a selector timing out in a later step.
        expect(await missingFeatures()).toEqual([]);
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

    test('1. an example plan: the status bar shows the language, our grammar colours keywords and strings', async () => {
        await step('01-language-and-colours', async () => {
            const lines = readFileSync(join(repoRoot, 'examples', example), 'utf8').split('\n');
            const header = lines.find(line => line.startsWith('plan '));
            const [, planName] = /^plan (\S+) "/.exec(header ?? '') ?? [];
            expect(planName, `${example} has a \`plan Name "Title"\` line`).toBeTruthy();

            await bench.openFile(example);
            await bench.page.locator('[id="status.editor.mode"]', { hasText: languageDisplayName() }).waitFor();
            const headerLine = lines.indexOf(header!) + 1;
            await bench.goTo(headerLine, 1);
            await bench.lineStartingWith(`plan ${planName}`).waitFor();
            // Each token is a span; its colour is what the theme gives the token's scopes.
            const colourOf = (text: string) =>
                bench.editor.locator('.view-lines .view-line span span').evaluateAll((spans, text) => {
                    const span = spans.find(candidate =>
                        (candidate.textContent ?? '')
                            .replace(/\u00a0/g, ' ')
                            .trim()
                            .startsWith(text)
                    );
                    return span ? getComputedStyle(span).color : `no token starting with ${text}`;
                }, text);
            expect(await colourOf('plan')).toBe(keywordColour);
            expect(await colourOf(`"${header!.split('"')[1]}`)).toBe(stringColour);
            // The words of a comment (its `//` may carry a punctuation scope of its own).
            const comment = lines.find(line => line.startsWith('// ') && line.length > 10);
            if (comment) expect(await colourOf(comment.slice(3, 10))).toBe(commentColour);
            // The plan's name is neither keyword nor string: it keeps another colour.
            expect(await colourOf(planName)).not.toBe(keywordColour);
            expect(await colourOf(planName)).not.toBe(stringColour);
            // And VS Code's own inspector names our grammar's scopes for the `plan` keyword.
            const scopes = await bench.inspectTokenScopes();
            expect(scopes).toContain(grammarScope);
            // A scope of its own beyond the root, e.g. `storage.type.plan.cop`.
            expect(scopes).toMatch(/\b[a-z]+(\.[a-z$-]+)+\.cop\b/);
            await bench.screenshot('01-token-scopes');
            await bench.page.keyboard.press('Escape');
        });
    });

    test('2. an outcome that delivers no value: squiggle and Problems entry, gone once the fix is typed', async () => {
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

    test('3. completion after `delivers ` lists the values of the plan', async () => {
        await step('03-completion', async () => {
            await bench.openFile(completion.file);
            await bench.typeLineAfter(completion.fromLine, 'delivers ');
            await bench.page.keyboard.press('Control+Space');
            await bench.editor.locator('.suggest-widget.visible .monaco-list-row').first().waitFor();
            await bench.screenshot('03-completion-list');
            const labels = await bench.suggestions();
            for (const value of completion.deliverables) expect(labels).toContain(value);
            // Indicators are not values: neither the plan's own nor under its qualified name.
            expect(labels).not.toContain(completion.indicator);
            expect(labels).not.toContain(`Completion.${completion.indicator}`);
            // The screenshot shows the open list.
        });
    });

    test('4. the Value Matrix preview to the side shows stakeholders and values, live while typing', async () => {
        await step('04-preview', async () => {
            await bench.openFile(matrix.file);
            await bench.runCommand(previewCommandLabel);
            const preview = bench.webview();
            for (const text of matrix.shows) await preview.getByText(text, { exact: true }).first().waitFor();
            await bench.screenshot('04-preview-opened');

            // Type a new value into the Practitioners row: the open preview shows it.
            await bench.focusEditor();
            const line = matrix.text.split('\n').findIndex(text => text.trim().startsWith(matrix.afterLine)) + 1;
            await bench.typeLineAfter(line, 'short PeerReview "Peer review of models"');
            await bench.page.keyboard.press('Escape');
            await preview.getByText('Peer review of models', { exact: true }).first().waitFor();
        });
    });

    test("5. the lightbulb's quick fix adds a `delivers` line and the warning goes", async () => {
        await step('05-quick-fix', async () => {
            await bench.openFile(quickFix.file);
            // The cursor on the outcome's name, where the warning is.
            await bench.goTo(quickFix.fromLine - 1, 'outcome '.length + 2);
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
