import { chainSection } from './chain-section.js';
import { cyclesSection } from './cycles-section.js';
import { diagnosticsSection } from './diagnostics-section.js';
import { impactSection } from './impact-section.js';
import type { HtmlSection } from './html-section.js';
import { matrixSection } from './matrix-section.js';
import { sharedSection } from './shared-section.js';

/** The sections of the page, in order. Add a view by adding its section here. */
export const htmlSections: HtmlSection[] = [
    matrixSection,
    sharedSection,
    chainSection,
    cyclesSection,
    impactSection,
    diagnosticsSection
];
