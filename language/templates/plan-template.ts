/**
 * A template for a new plan: pure text made from a few inputs, so the CLI, the VS Code
 * command and tests all render the same plan (no file system here).
 */

/** What a template is rendered from. */
export interface TemplateInput {
    /** The plan's name (an identifier), usually made from the file name by `planNameFromFile`. */
    readonly planName: string;
    /** The plan file's name without `.cop`, used to name companion files beside it. */
    readonly fileStem: string;
    /** Today, for target dates a year ahead (templates never carry dates that age badly). */
    readonly today: Date;
}

/** A file written beside the plan (e.g. an actuals CSV), path relative to the plan's folder. */
export interface CompanionFile {
    readonly path: string;
    readonly text: string;
}

export interface RenderedPlan {
    readonly plan: string;
    readonly companions: readonly CompanionFile[];
}

export interface PlanTemplate {
    /** What people type: `cop init --template NAME`. */
    readonly name: string;
    /** One line for lists and quick picks. */
    readonly summary: string;
    render(input: TemplateInput): RenderedPlan;
}

/**
 * A plan name from a file name: `my-community.cop` → `MyCommunity`. Always starts with a
 * capital letter, so it never clashes with a (lower-case) keyword.
 */
export function planNameFromFile(fileName: string): string {
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.cop$/i, '');
    const words = base.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const name = words.map(word => word[0].toUpperCase() + word.slice(1)).join('');
    if (name === '') return 'MyCommunity';
    return /^[0-9]/.test(name) ? `Community${name}` : name;
}

/** `YYYY-MM` a whole number of months after `date` (UTC). */
export function monthsAhead(date: Date, months: number): string {
    const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
}

/** Renders a template for a plan file of the given name (`support.cop`, or a whole path). */
export function renderForFile(template: PlanTemplate, fileName: string, today: Date): RenderedPlan {
    const base = fileName.replace(/^.*[\\/]/, '');
    return template.render({ planName: planNameFromFile(base), fileStem: base.replace(/\.cop$/i, ''), today });
}
