import { chainSection } from './chain-section.js';
import { cyclesSection } from './cycles-section.js';
import { decisionsSection, okrSection, reviewsSection, scorecardSection, storyPathsSection } from './decision-sections.js';
import { diagnosticsSection } from './diagnostics-section.js';
import { impactSection } from './impact-section.js';
import type { HtmlSection } from './html-section.js';
import { matrixSection } from './matrix-section.js';
import { sharedSection } from './shared-section.js';

/**
 * The sections of the page, in order. Add a view by adding its section here. The page opens
 * on the decisions (seed 004: dashboards start from the decisions to take), when it has any.
 */
export const htmlSections: HtmlSection[] = [
    decisionsSection,
    matrixSection,
    sharedSection,
    chainSection,
    cyclesSection,
    storyPathsSection,
    impactSection,
    okrSection,
    scorecardSection,
    reviewsSection,
    diagnosticsSection
];
