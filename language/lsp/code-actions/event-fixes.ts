import type { QuickFix } from './quick-fix.js';

/** `event-deprecated`: name the event that replaces the deprecated one (the check found it). */
export const useSuccessorEvent: QuickFix = ({ diagnostic }) => {
    const successor = (diagnostic.data as { successor?: unknown } | undefined)?.successor;
    if (typeof successor !== 'string') return [];
    return [{ title: `Use \`${successor}\`, which replaces it`, edits: [{ range: diagnostic.range, newText: successor }] }];
};
