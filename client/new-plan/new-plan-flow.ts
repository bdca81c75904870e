import { URI, UriUtils } from 'langium';
import type { PlanTemplate } from '../../language/templates/index.js';
import { planTemplates, renderForFile } from '../../language/templates/index.js';

/** What "New Plan…" needs from the editor: VS Code's in the extension, a fake in tests. */
export interface NewPlanHost {
    pickTemplate(templates: readonly PlanTemplate[]): PromiseLike<PlanTemplate | undefined>;
    /** Where to save the plan (a save dialog); undefined when cancelled. */
    pickFile(): PromiseLike<URI | undefined>;
    exists(uri: URI): PromiseLike<boolean>;
    write(uri: URI, text: string): PromiseLike<void>;
    open(uri: URI): PromiseLike<void>;
    showError(message: string): void;
    /** How to name a file in a message (relative to the workspace). */
    describe(uri: URI): string;
}

/**
 * Picks a template and a place, writes the plan (and the files its template puts beside
 * it), and opens it. Like `cop init`, it never replaces a file: when one exists, nothing is
 * written and the message says which. Returns the new plan, or undefined.
 */
export async function createNewPlan(host: NewPlanHost, today = new Date()): Promise<URI | undefined> {
    const template = await host.pickTemplate(planTemplates);
    if (!template) return undefined;
    const picked = await host.pickFile();
    if (!picked) return undefined;
    const plan = picked.path.toLowerCase().endsWith('.cop') ? picked : picked.with({ path: `${picked.path}.cop` });
    const rendered = renderForFile(template, UriUtils.basename(plan), today);
    const folder = UriUtils.dirname(plan);
    const files = [
        ...rendered.companions.map(companion => ({ uri: UriUtils.resolvePath(folder, companion.path), text: companion.text })),
        { uri: plan, text: rendered.plan }
    ];
    for (const file of files) {
        if (await host.exists(file.uri)) {
            host.showError(`${host.describe(file.uri)} already exists and was left unchanged. Run "CoP: New Plan…" again and choose another name.`);
            return undefined;
        }
    }
    // Companions first: a plan is only there once everything it names is.
    for (const file of files) await host.write(file.uri, file.text);
    await host.open(plan);
    return plan;
}

export { URI };
