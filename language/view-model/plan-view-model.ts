/**
 * The one view model of a plan: what the preview webview, the HTML and Markdown exports and
 * the JSON export show. Plain JSON data (it crosses the LSP wire as the result of the
 * `cop/viewModel` request), built in `build-view-model.ts` from the AST and its diagnostics.
 *
 * Positions (`at`) are LSP ranges (0-based) of the element's name, so a click in the preview
 * can reveal it in the source; `uri` is set only when the element lives in another plan file.
 */
import type { PlanDiagnostic } from '../diagnostics/plan-diagnostic.js';
import type { DecisionsView } from '../decisions/decisions-view.js';
import type { ImpactView } from '../impact/impact-view.js';
import type { MeasureView } from '../measure/measure-view.js';

export const VIEW_MODEL_VERSION = 1;

export interface SourceAt {
    readonly line: number;
    readonly character: number;
    readonly endLine: number;
    readonly endCharacter: number;
}

/** Where an element is declared: its range, and its file when that is not the plan's own. */
export interface Located {
    readonly at?: SourceAt;
    readonly uri?: string;
}

export interface PlanHeaderView extends Located {
    readonly name: string;
    readonly title?: string;
    readonly purpose?: string;
    readonly sponsor?: string;
    readonly catalogs: readonly string[];
}

export type Side = 'members' | 'organization';
export type Term = 'short' | 'long';

export interface ValueView extends Located {
    readonly name: string;
    readonly title?: string;
    readonly term: Term;
    /** Some outcome delivers it, directly or through a shared value (in any plan). */
    readonly delivered: boolean;
    /** Names of the shared values it belongs to, in the order of `PlanViewModel.shared`. */
    readonly shared: readonly string[];
}

export interface MatrixRowView extends Located {
    readonly stakeholder: string;
    readonly title?: string;
    readonly side: Side;
    /** How its values were found (`found` lines: a survey, interviews, the core group), in order. */
    readonly found: readonly string[];
    readonly short: readonly ValueView[];
    readonly long: readonly ValueView[];
}

/** A reference as written in the plan, with what it resolved to. */
export interface RefView extends Located {
    /** The name as written (`Org.RapidProblemSolving` for another plan's element). */
    readonly name: string;
    readonly title?: string;
    readonly resolved: boolean;
    /** The kind of element it names: `value`, `shared`, `input`, `output`, `outcome`, `indicator`. */
    readonly kind?: string;
}

export interface SharedValueView extends Located {
    readonly name: string;
    readonly title?: string;
    /** 1-based number of its badge in the matrix and the legend. */
    readonly badge: number;
    readonly member: readonly RefView[];
    readonly organization: readonly RefView[];
    readonly delivered: boolean;
}

/** A target as written (`>= 80%`): the evaluated one, with its value a number, is `TargetView` of the impact layer. */
export interface TargetTextView {
    readonly op: string;
    readonly value: string;
    readonly by?: string;
}

/** An indicator as the plan writes it (its figures as of a date are `IndicatorImpactView` of the impact layer). */
export interface IndicatorView extends Located {
    readonly name: string;
    readonly title?: string;
    readonly resolved: boolean;
    readonly qualitative: boolean;
    readonly unit?: string;
    readonly baseline?: string;
    readonly target?: TargetTextView;
    readonly data?: string;
    readonly cadence?: string;
    readonly owner?: string;
}

export type StepKind = 'input' | 'output' | 'outcome';

export interface ChainStepView extends Located {
    readonly kind: StepKind;
    readonly name: string;
    readonly title?: string;
    readonly from: readonly RefView[];
    /** Outcomes only: the values and shared values delivered. */
    readonly delivers: readonly RefView[];
    readonly measures: readonly IndicatorView[];
}

export interface ChainView {
    readonly inputs: readonly ChainStepView[];
    readonly outputs: readonly ChainStepView[];
    readonly outcomes: readonly ChainStepView[];
}

export const CYCLE_KINDS = ['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling'] as const;
export type CycleKindName = (typeof CYCLE_KINDS)[number];

export interface CycleView extends Located {
    readonly kind: CycleKindName;
    readonly label: string;
    /** What the cycle asks, in the words of the value-creation framework. */
    readonly question: string;
    /** The plan has a `cycle` block of this kind. */
    readonly present: boolean;
    readonly aspirations: readonly string[];
    readonly conditions: readonly string[];
    readonly tracks: readonly IndicatorView[];
    readonly data: readonly string[];
}

export interface DiagnosticCounts {
    readonly error: number;
    readonly warning: number;
    readonly information: number;
    readonly hint: number;
}

export interface DiagnosticsView {
    readonly counts: DiagnosticCounts;
    /** 1-based positions, source order. */
    readonly items: readonly PlanDiagnostic[];
}

export interface PlanViewModel {
    readonly version: typeof VIEW_MODEL_VERSION;
    /** The plan file's URI. */
    readonly uri: string;
    /** Undefined when the file has no plan header (a `missing-plan` diagnostic says so). */
    readonly plan?: PlanHeaderView;
    readonly matrix: { readonly rows: readonly MatrixRowView[] };
    readonly shared: readonly SharedValueView[];
    readonly chain: ChainView;
    readonly indicators: readonly IndicatorView[];
    /** All seven cycles in the framework's order, present or not. */
    readonly cycles: readonly CycleView[];
    readonly diagnostics: DiagnosticsView;
    /**
     * The impact layer (kpis, assumptions, actuals, stories, objectives) evaluated as of a
     * date: added by `withImpact` (`language/impact/impact-view-model.ts`), which needs the
     * plan's actuals files read; absent when a caller builds the model without it.
     */
    readonly impact?: ImpactView;
    /** Part 6: decisions, reviews, North Star, ROI, scorecard and OKR scores; added with the impact. */
    readonly decisions?: DecisionsView;
    /** Sources, events and computed figures with their lineage (Part 5): added with the impact layer. */
    readonly measure?: MeasureView;
}
