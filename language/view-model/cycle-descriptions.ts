import type { CycleKindName } from './plan-view-model.js';

/** The seven cycles of the value-creation framework (seed 003), in its order, in plain words. */
export const cycleDescriptions: Record<CycleKindName, { label: string; question: string }> = {
    immediate: { label: 'Immediate value', question: 'The experience of taking part: activities and interactions worth having in themselves.' },
    potential: { label: 'Potential value', question: 'What the learning produces: documents, insights, skills, relationships, reputation.' },
    applied: { label: 'Applied value', question: 'Learning that finds its way into practice, and is tested there.' },
    realized: { label: 'Realized value', question: 'The difference the community makes: performance of members, the organization, the world.' },
    transformative: { label: 'Transformative value', question: 'Learning that transforms the practice or how it fits a broader strategy.' },
    strategic: { label: 'Strategic value', question: 'A clear strategic context and alignment negotiated with stakeholders.' },
    enabling: { label: 'Enabling value', question: 'The support that makes the community possible: leadership, logistics, technology.' }
};
