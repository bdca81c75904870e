import { hasImpact, renderImpactSection } from '../../impact/render/impact-section.js';
import type { HtmlSection } from './html-section.js';

/**
 * The Impact tab (seed 004): kpi tiles, drivers, actuals against the path to target, stories
 * beside what they are tagged to, objectives. Drawn by `language/impact/render/`.
 */
export const impactSection: HtmlSection = {
    id: 'impact',
    label: 'Impact',
    applies: model => hasImpact(model.impact),
    render: model => renderImpactSection(model.impact!, model.measure)
};
