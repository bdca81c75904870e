import { hasDecisions, renderDecisionsView } from '../../decisions/render/decisions-html.js';
import { renderOkr, renderScorecard } from '../../decisions/render/frameworks-html.js';
import { renderReviews } from '../../decisions/render/reviews-html.js';
import { renderStoryPaths } from '../../decisions/render/story-paths-html.js';
import type { HtmlSection } from './html-section.js';
import { buildFundingView } from '../../funding/funding-view.js';

/**
 * The views of Part 6, drawn by `language/decisions/render/`: the Decisions view the page
 * opens on (decisions, North Star, is it worth funding?), and the OKR, Scorecard, Reviews and story-path tabs.
 * Each appears when the plan has something for it.
 */
export const decisionsSection: HtmlSection = {
    id: 'decisions',
    label: 'Decisions',
    // The impact is always added with the decisions (withImpact); the funding answer reads both.
    applies: model => hasDecisions(model.decisions) && model.impact !== undefined,
    render: model => renderDecisionsView(model.decisions!, buildFundingView(model.impact!, model.decisions))
};

export const okrSection: HtmlSection = {
    id: 'okr',
    label: 'OKR',
    applies: model => (model.decisions?.okr.length ?? 0) > 0,
    render: model => renderOkr(model.decisions!)
};

export const scorecardSection: HtmlSection = {
    id: 'scorecard',
    label: 'Scorecard',
    applies: model => model.decisions?.scorecard.some(group => group.metrics.length > 0) ?? false,
    render: model => renderScorecard(model.decisions!)
};

export const reviewsSection: HtmlSection = {
    id: 'reviews',
    label: 'Reviews',
    applies: model => (model.decisions?.reviews.length ?? 0) > 0,
    render: model => renderReviews(model.decisions!)
};

export const storyPathsSection: HtmlSection = {
    id: 'story-paths',
    label: 'Stories',
    applies: model => (model.decisions?.storyPaths.length ?? 0) > 0,
    render: model => renderStoryPaths(model.decisions!)
};
