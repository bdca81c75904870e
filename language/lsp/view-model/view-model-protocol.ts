/**
 * The custom LSP messages of the preview. The client asks for a plan's view model with the
 * request; the server tells it when to ask again with the notification (sent once the plan
 * is validated, debounced), so the client never parses plans itself.
 */
import type { PlanViewModel } from '../../view-model/plan-view-model.js';

/** Request `cop/viewModel`: the view model of a plan, or null when the server has no such document. */
export const VIEW_MODEL_REQUEST = 'cop/viewModel';
/** Notification `cop/viewModelChanged`: a plan the client asked about has been validated again. */
export const VIEW_MODEL_CHANGED_NOTIFICATION = 'cop/viewModelChanged';

export interface ViewModelParams {
    readonly uri: string;
}

export type ViewModelResult = PlanViewModel | null;

export interface ViewModelChangedParams {
    readonly uri: string;
}

/** How long the server waits after the last validation before notifying (typing pauses). */
export const VIEW_MODEL_DEBOUNCE_MS = 200;
