/**
 * The request of "CoP: Compare Plan with HEAD". The client reads the plan's text at HEAD
 * (with git: it runs in Node, the server may not) and asks the server, which has the plan
 * parsed, to compare it with the plan as it is in the editor.
 */

/** Request `cop/compareWithText`. */
export const COMPARE_REQUEST = 'cop/compareWithText';

export interface CompareParams {
    /** The plan in the editor. */
    readonly uri: string;
    /** Its text at the revision; null when the file is new there (everything is added). */
    readonly oldText: string | null;
    /** What the old side is called in the view (`HEAD`). */
    readonly label: string;
}

import type { ChangeMarks } from '../../diff/change-marks.js';

/** The view's page (the one page shell) and its markdown; `problem` when nothing could be compared. Null for an unknown plan. */
export interface CompareAnswer {
    readonly html?: string;
    readonly markdown?: string;
    readonly changes?: number;
    /** The values and kpis of the plan that changed: the preview marks them. */
    readonly marks?: ChangeMarks;
    readonly problem?: string;
}

export type CompareResult = CompareAnswer | null;
