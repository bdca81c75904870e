import { hasImpact, renderImpactSection } from '../../impact/render/impact-section.js';
import type { HtmlSection } from './html-section.js';
import { hasDecisions } from '../../decisions/render/decisions-html.js';
import { renderFundingSection } from '../../funding/funding-html.js';
import { buildFundingView, hasFunding } from '../../funding/funding-view.js';

/**
 * The Impact tab (seed 004): kpi tiles, drivers, actuals against the path to target, stories
 * beside what they are tagged to, objectives. Drawn by `language/impact/render/`. A plan
 * without a Decisions view gets its one "is it worth funding?" answer here, first.
 */
export const impactSection: HtmlSection = {
    id: 'impact',
    label: 'Impact',
    applies: model => hasImpact(model.impact),
    render: model => {
        const impact = model.impact!;
        const funding = buildFundingView(impact, model.decisions);
        return renderImpactSection(impact, model.measure, !hasDecisions(model.decisions) && hasFunding(funding) ? renderFundingSection(funding) : '');
    }
};
