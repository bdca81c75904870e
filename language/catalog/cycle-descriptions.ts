import type { CycleKind } from './catalog-schema.js';

/** The seven value-creation cycles of seed 003 (Wenger-Trayner), in our words. */
export const cycleDescriptions: Record<CycleKind, string> = {
    immediate: 'The experience of taking part: activities and interactions that are worth it in themselves.',
    potential: 'What the learning produces that could be used later: documents, tools, skills, relationships, reputation.',
    applied: 'The community\'s learning put into practice: new methods, tools and insights in use.',
    realized: 'The difference it makes to performance: outcomes the organization or the world cares about.',
    transformative: 'Practice taken to a new level, or assumptions and strategy reframed.',
    strategic: 'Alignment with strategy and a voice in strategic conversations.',
    enabling: 'The support that makes the community possible: roles, sponsorship, technology.'
};

export const cadenceDescriptions: Record<string, string> = {
    weekly: 'Collected every week; data older than two weeks counts as stale.',
    monthly: 'Collected every month; data older than two months counts as stale.',
    quarterly: 'Collected every quarter; data older than two quarters counts as stale.',
    yearly: 'Collected every year; data older than two years counts as stale.'
};
