import { renderStandaloneHtml } from '../language/render/html/render-html.js';
import type { PlanViewModel } from '../language/view-model/plan-view-model.js';

/**
 * The live Value Matrix and Impact preview: the page `cop export --format html` writes
 * (the one page shell, its CSP: no scripts, nothing fetched), shown in a sandboxed frame
 * that may run no script at all, whatever the plan says. Same-origin is allowed only so
 * that the scroll position survives an update; without scripts it gives the frame nothing.
 */
export class Preview {
    private rendered = 0;

    constructor(private readonly frame: HTMLIFrameElement) {}

    show(model: PlanViewModel, file: string): void {
        const scroll = this.scrollTop();
        this.frame.addEventListener('load', () => this.restore(scroll), { once: true });
        this.frame.srcdoc = renderStandaloneHtml(model, { file });
        this.frame.dataset.rendered = String(++this.rendered);
    }

    private scrollTop(): number {
        try {
            return this.frame.contentDocument?.scrollingElement?.scrollTop ?? 0;
        } catch {
            return 0;
        }
    }

    private restore(scroll: number): void {
        try {
            this.frame.contentDocument?.scrollingElement?.scrollTo(0, scroll);
        } catch {
            // An opaque origin (some file:// setups): the preview starts at the top.
        }
    }
}
