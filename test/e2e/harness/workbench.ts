import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { outputDir } from './toolchain.js';

/** How long one condition may take to come true on a busy 2-core machine. */
export const conditionTimeout = 30_000;

/**
 * Drives the VS Code workbench as a person does: Quick Open, the command palette, typing in
 * the editor, the Problems panel, the lightbulb. Every wait is for a condition on the page.
 */
export class Workbench {
    private constructor(readonly page: Page) {}

    static async open(browser: Browser, url: string, workspace: string): Promise<Workbench> {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        page.setDefaultTimeout(conditionTimeout);
        await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor();
        // The explorer lists the workspace once the workbench has really started.
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
        return new Workbench(page);
    }

    /** The text editor of the active editor group (a bare .monaco-editor also matches inputs). */
    get editor(): Locator {
        return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
    }

    async screenshot(name: string): Promise<string> {
        const path = join(outputDir, `${name}.png`);
        await this.page.screenshot({ path });
        return path;
    }

    /** Opens a workspace file through Quick Open, waiting for its row before pressing Enter. */
    async openFile(file: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(file);
        await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: file }).first().waitFor();
        await this.page.keyboard.press('Enter');
        await this.page.locator('.editor-group-container.active .tab.active', { hasText: file }).waitFor();
        await this.editor.waitFor();
        await this.focusEditor();
    }

    /** Runs a command by its full title ("Category: Title") through the command palette. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(`>${title}`);
        // Fuzzy matching lists similar commands too: pick the row whose label is the title.
        const row = this.page
            .locator('.quick-input-widget .monaco-list-row')
            .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
        await row.first().click();
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** Gives the editor of the first group the keyboard (View: Focus First Editor Group). */
    async focusEditor(): Promise<void> {
        await this.page.keyboard.press('Control+1');
        await this.page.locator('.editor-group-container .editor-instance .monaco-editor.focused').waitFor();
    }

    /** Puts the cursor on a 1-based line (and column), through "Go to Line/Column". */
    async goTo(line: number, column?: number): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(column ? `:${line}:${column}` : `:${line}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** Puts the cursor at the end of a 1-based line. */
    async goToLineEnd(line: number): Promise<void> {
        await this.goTo(line);
        await this.page.keyboard.press('End');
    }

    /** Types a new line after a 1-based line, key by key, as a person would. */
    async typeLineAfter(line: number, text: string): Promise<void> {
        await this.goToLineEnd(line);
        await this.page.keyboard.press('Enter');
        await this.page.keyboard.type(text);
    }

    /** A rendered editor line that starts with `prefix` (spaces as the editor renders them). */
    lineStartingWith(prefix: string): Locator {
        return this.editor.locator('.view-lines .view-line').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(prefix).replace(/ /g, '\\s')}`) });
    }

    /** Whether a warning squiggle is drawn under `word` on the line starting with `linePrefix`. */
    async squiggleUnder(linePrefix: string, word: string): Promise<boolean> {
        return this.page.evaluate(squiggleProbe, { linePrefix, word, present: true });
    }

    /** Waits until the squiggle under `word` is drawn (present) or gone (not present). */
    async waitForSquiggle(linePrefix: string, word: string, present: boolean): Promise<void> {
        await this.page.waitForFunction(squiggleProbe, { linePrefix, word, present }, { timeout: conditionTimeout });
    }

    /**
     * The TextMate scopes of the token under the cursor, as "Developer: Inspect Editor Tokens
     * and Scopes" shows them (the widget stays open for the screenshot).
     */
    async inspectTokenScopes(): Promise<string> {
        await this.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const widget = this.page.locator('.token-inspect-widget');
        await widget.locator('.tiw-metadata-scopes').waitFor();
        return widget.innerText();
    }

    /** Opens the Problems panel, filtered to `filter`. */
    async showProblems(filter: string): Promise<Locator> {
        await this.runCommand('Problems: Focus on Problems View');
        const panel = this.page.locator('.markers-panel');
        await panel.waitFor();
        const filterInput = this.page.locator('.panel .viewpane-filter input');
        await filterInput.fill(filter);
        return panel;
    }

    problemRows(hasText: string): Locator {
        return this.page.locator('.markers-panel .monaco-list-row', { hasText });
    }

    /**
     * Every label of the suggest widget, once it shows. The list renders only the rows in
     * view, so page through it as a person scrolls, until the last row is the last item.
     */
    async suggestions(): Promise<string[]> {
        const rows = this.editor.locator('.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor();
        const labels = new Set<string>();
        for (;;) {
            const visible = await rows.evaluateAll(elements =>
                elements.map(row => ({
                    label: row.querySelector('.label-name')?.textContent ?? '',
                    position: Number(row.getAttribute('aria-posinset')),
                    size: Number(row.getAttribute('aria-setsize')),
                    focused: row.classList.contains('focused')
                }))
            );
            visible.forEach(row => labels.add(row.label));
            const focused = visible.find(row => row.focused)?.position ?? 0;
            if (visible.length === 0 || visible.some(row => row.position >= row.size)) break;
            await this.page.keyboard.press('PageDown');
            // Wait for the focus to move down (the list scrolls with it).
            await this.page.waitForFunction(
                ({ focused }) => {
                    const row = document.querySelector('.suggest-widget.visible .monaco-list-row.focused');
                    return Number(row?.getAttribute('aria-posinset')) > focused;
                },
                { focused }
            );
        }
        return [...labels];
    }

    /** The content document of the (only) webview: iframe.webview.ready → iframe#active-frame. */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }
}

/**
 * Runs in the page: finds the rendered line of the active editor that starts with
 * `linePrefix`, the on-screen box of `word` in it, and whether a warning squiggle's box
 * overlaps it. Returns whether that matches `present` (false while the line is not rendered).
 */
function squiggleProbe({ linePrefix, word, present }: { linePrefix: string; word: string; present: boolean }): boolean {
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
    if (!editor) return false;
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    const line = lines.find(candidate =>
        (candidate.textContent ?? '')
            .replace(/\u00a0/g, ' ')
            .trimStart()
            .startsWith(linePrefix)
    );
    if (!line) return false;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let wordBox: DOMRect | undefined;
    for (let node = walker.nextNode(); node && !wordBox; node = walker.nextNode()) {
        const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        wordBox = range.getBoundingClientRect();
    }
    if (!wordBox) return false;
    const box = wordBox;
    const squiggled = [...editor.querySelectorAll('.view-overlays .squiggly-warning')].some(squiggle => {
        const q = squiggle.getBoundingClientRect();
        return q.width > 0 && q.top < box.bottom && q.bottom > box.top && q.left < box.right && q.right > box.left;
    });
    return squiggled === present;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
