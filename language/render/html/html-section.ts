import type { PlanViewModel } from '../../view-model/plan-view-model.js';

/**
 * One section of the rendered plan. The page is the list of sections in `html-sections.ts`;
 * a new view (the impact layer's KPIs, say) is one more file and one more entry there.
 */
export interface HtmlSection {
    /** The anchor (`#id`) and the section's `id` attribute. */
    readonly id: string;
    /** The navigation label. */
    readonly label: string;
    /** Whether the plan has anything for this section (empty sections are left out). */
    applies(model: PlanViewModel): boolean;
    /** The section's inner HTML, every plan string escaped. */
    render(model: PlanViewModel): string;
}
