import { northStarTemplate, okrTemplate, operatingReviewTemplate, scorecardTemplate } from './framework-templates.js';
import { kpiTemplate } from './kpi-template.js';
import { minimalTemplate } from './minimal-template.js';
import type { PlanTemplate } from './plan-template.js';
import { valueCreationTemplate } from './value-creation-template.js';

export type { CompanionFile, PlanTemplate, RenderedPlan, TemplateInput } from './plan-template.js';
export { planNameFromFile, renderForFile } from './plan-template.js';

/** Every template, the default first. */
export const planTemplates: readonly PlanTemplate[] = [
    minimalTemplate,
    valueCreationTemplate,
    kpiTemplate,
    okrTemplate,
    northStarTemplate,
    scorecardTemplate,
    operatingReviewTemplate
];

export const defaultTemplate = minimalTemplate;

export function findTemplate(name: string): PlanTemplate | undefined {
    return planTemplates.find(template => template.name === name);
}
