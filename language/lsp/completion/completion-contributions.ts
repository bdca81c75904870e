import type { CopServices } from '../../cop-module.js';
import type { CompletionContribution } from './completion-contribution.js';

/** Every completion contribution, asked in this order before stock completion. */
export function createCompletionContributions(_services: CopServices): CompletionContribution[] {
    return [];
}
