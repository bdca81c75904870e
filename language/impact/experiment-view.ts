import type { ArmFigures } from './experiment-uplift.js';
import { armFigures, armSize } from './experiment-uplift.js';
import type { ImpactModel } from './impact-model.js';

/** One arm as the views show it: how many were in it, and its rate or mean. */
export interface ArmView {
    readonly n: number;
    /** Successes over trials, or the mean. */
    readonly value: number;
}

/** An experiment as plain data: what the Impact tab's experiments panel, hover and export draw. */
export interface ExperimentView {
    readonly name: string;
    readonly title: string | null;
    readonly metric: string | null;
    /** `proportion` (`N of N`) or `mean` (`mean N sd N n N`); null while an arm is missing or unreadable. */
    readonly form: 'proportion' | 'mean' | null;
    /** Null while the experiment has a problem (experiment-invalid). */
    readonly uplift: number | null;
    readonly low: number | null;
    readonly high: number | null;
    readonly relative: number | null;
    readonly significant: boolean;
    readonly treatment: ArmView | null;
    readonly control: ArmView | null;
}

function armView(arm: ArmFigures | undefined): ArmView | null {
    if (!arm) return null;
    return { n: armSize(arm), value: arm.form === 'proportion' ? (arm.trials === 0 ? 0 : arm.successes / arm.trials) : arm.mean };
}

/** The plan's experiments, in source order. */
export function buildExperimentViews(model: ImpactModel): ExperimentView[] {
    const views: ExperimentView[] = [];
    for (const [experiment, uplift] of model.experiments) {
        const treatment = armFigures(experiment.treatment);
        const control = armFigures(experiment.control);
        views.push({
            name: experiment.name,
            title: experiment.title ?? null,
            metric: experiment.metric?.$refText ?? null,
            form: treatment && control && treatment.form === control.form ? treatment.form : null,
            uplift: uplift?.uplift ?? null,
            low: uplift?.low ?? null,
            high: uplift?.high ?? null,
            relative: uplift?.relative ?? null,
            significant: uplift?.significant ?? false,
            treatment: armView(treatment),
            control: armView(control)
        });
    }
    return views;
}
