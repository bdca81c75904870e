import { exportNumber, parseAmount } from '../impact/amounts.js';
import { dateProblem } from '../impact/dates.js';
import type { IndicatorView, PlanViewModel } from '../view-model/plan-view-model.js';
import { exportAssumptions, exportForecast, exportObjectives, exportSeries, exportStories } from './export-audit.js';
import type { DecisionsView } from '../decisions/decisions-view.js';
import type { PlanExport } from './export-schema.js';

/** The JSON export of a plan, made from its view model (the contract's core plus details). */
export function toPlanExport(model: PlanViewModel): PlanExport {
    const plan = model.plan;
    const names = (refs: readonly { name: string }[]) => refs.map(ref => ref.name);
    const { error, warning, information, hint } = model.diagnostics.counts;
    return {
        plan: plan ? omitUndefined({ name: plan.name, title: plan.title, purpose: plan.purpose, sponsor: plan.sponsor }) : null,
        matrix: {
            rows: model.matrix.rows.map(row =>
                omitUndefined({
                    stakeholder: row.stakeholder,
                    side: row.side,
                    title: row.title,
                    short: names(row.short),
                    long: names(row.long)
                })
            )
        },
        values: model.matrix.rows.flatMap(row =>
            [...row.short, ...row.long]
                .sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.character ?? 0) - (b.at?.character ?? 0))
                .map(value =>
                    omitUndefined({
                        name: value.name,
                        title: value.title,
                        stakeholder: row.stakeholder,
                        side: row.side,
                        term: value.term,
                        delivered: value.delivered,
                        shared: [...value.shared]
                    })
                )
        ),
        shared: model.shared.map(shared =>
            omitUndefined({
                name: shared.name,
                title: shared.title,
                member: names(shared.member),
                organization: names(shared.organization),
                delivered: shared.delivered
            })
        ),
        inputs: model.chain.inputs.map(step => omitUndefined({ name: step.name, title: step.title, measure: names(step.measures) })),
        outputs: model.chain.outputs.map(step => omitUndefined({ name: step.name, title: step.title, from: names(step.from), measure: names(step.measures) })),
        outcomes: model.chain.outcomes.map(step =>
            omitUndefined({
                name: step.name,
                title: step.title,
                from: names(step.from),
                delivers: names(step.delivers),
                measure: names(step.measures)
            })
        ),
        indicators: model.indicators.map(indicator => ({
            ...exportIndicator(indicator),
            ...indicatorImpact(model, indicator.name),
            ...computedOf(model, indicator.name)
        })),
        ...measureExport(model),
        kpis: (model.impact?.kpis ?? []).map(kpi => ({
            name: kpi.name,
            ...omitUndefined({ title: kpi.title ?? undefined }),
            unit: kpi.unit,
            value: exportNumber(kpi.value),
            planned: exportNumber(kpi.planned),
            low: exportNumber(kpi.low),
            high: exportNumber(kpi.high),
            status: kpi.status,
            gross: exportNumber(kpi.gross),
            adjustments: {
                deadweight: exportNumber(kpi.adjustments.deadweight) ?? 0,
                displacement: exportNumber(kpi.adjustments.displacement) ?? 0,
                attribution: exportNumber(kpi.adjustments.attribution) ?? 0
            },
            grade: kpi.grade,
            drivers: kpi.drivers.map(d => ({ assumption: d.assumption, low: exportNumber(d.low) ?? 0, high: exportNumber(d.high) ?? 0 })),
            formula: kpi.formula,
            series: exportSeries(kpi.series),
            ...omitUndefined({ forecast: exportForecast(kpi.forecast) })
        })),
        assumptions: exportAssumptions(model.impact),
        stories: exportStories(model.impact),
        objectives: exportObjectives(model.impact),
        experiments: (model.impact?.experiments ?? []).map(experiment => ({
            name: experiment.name,
            metric: experiment.metric,
            uplift: exportNumber(experiment.uplift),
            low: exportNumber(experiment.low),
            high: exportNumber(experiment.high),
            relative: exportNumber(experiment.relative),
            significant: experiment.significant
        })),
        cycles: model.cycles
            .filter(cycle => cycle.present)
            .map(cycle => ({
                kind: cycle.kind,
                aspirations: [...cycle.aspirations],
                conditions: [...cycle.conditions],
                track: names(cycle.tracks),
                data: [...cycle.data]
            })),
        ...decisionsExport(model.decisions),
        diagnostics: model.diagnostics.items.map(d => ({
            code: d.code,
            severity: d.severity,
            line: d.line,
            column: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            message: d.message
        })),
        summary: { errors: error, warnings: warning, information, hints: hint }
    };
}

/** Part 6: the North Star, scorecard, decisions, reviews and ROI, as of the export date. */
function decisionsExport(view: DecisionsView | undefined): Pick<PlanExport, 'northstar' | 'scorecard' | 'decisions' | 'reviews' | 'roi'> {
    const names = (perspective: string) => view?.scorecard.find(group => group.perspective === perspective)?.metrics.map(metric => metric.name) ?? [];
    const roi = view?.roi;
    const number = (value: number | null | undefined) => exportNumber(value);
    const ratio =
        roi && number(roi.cost) !== null && number(roi.value) !== null && number(roi.low) !== null && number(roi.high) !== null
            ? { cost: number(roi.cost)!, value: number(roi.value)!, low: number(roi.low)!, high: number(roi.high)! }
            : null;
    // Plan order, as the rest of the export; the views sort decisions by due date and reviews by date.
    const byLine = <T extends { name: string }>(items: readonly T[], order: readonly string[]) =>
        [...items].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    return {
        northstar: view?.northstar?.name ?? null,
        scorecard: { financial: names('financial'), customer: names('customer'), process: names('process'), learning: names('learning') },
        decisions: byLine(view?.decisions ?? [], view?.planOrder ?? []).map(decision => ({
            name: decision.name,
            due: decision.due,
            status: decision.status,
            uses: decision.uses
        })),
        reviews: byLine(view?.reviews ?? [], view?.planOrder ?? []).map(review => ({
            name: review.name,
            date: review.date,
            actions: review.actions.map(action => ({ text: action.text, owner: action.owner, due: action.due, done: action.done, status: action.status }))
        })),
        roi: ratio
    };
}

function exportIndicator(indicator: IndicatorView): PlanExport['indicators'][number] {
    // A half-typed target (`target >=` and no number yet) has a syntax error and no value to
    // export; one with an inexact number or an impossible date (number-invalid, date-invalid)
    // is left out like it is left out of the evaluation: the diagnostics say where it is.
    const targetValue = amount(indicator.target?.value);
    const target =
        !indicator.target || !targetValue || dateProblem(indicator.target.by) !== undefined
            ? undefined
            : omitUndefined({
                  op: indicator.target.op as '>=' | '<=' | '=' | '>' | '<',
                  ...targetValue,
                  by: indicator.target.by
              });
    return omitUndefined({
        name: indicator.name,
        title: indicator.title,
        qualitative: indicator.qualitative,
        unit: indicator.unit,
        baseline: amount(indicator.baseline),
        target,
        data: indicator.data,
        cadence: indicator.cadence as PlanExport['indicators'][number]['cadence'],
        owner: indicator.owner
    });
}

/**
 * The contract's impact additions to an indicator: its latest actual (as of the export's
 * date) and its status; percentages as in `target` (`{ value: 80, percent: true }`).
 */
function indicatorImpact(model: PlanViewModel, name: string): Pick<PlanExport['indicators'][number], 'latest' | 'status' | 'series' | 'forecast'> {
    const impact = model.impact?.indicators.find(indicator => indicator.name === name);
    if (!model.impact) return {};
    const latest = impact?.latest;
    return {
        latest: latest
            ? {
                  date: latest.date,
                  ...(impact.percent ? { value: exportNumber(latest.value * 100) ?? 0, percent: true } : { value: exportNumber(latest.value) ?? 0 })
              }
            : null,
        status: impact?.status ?? null,
        series: exportSeries(impact?.actuals ?? [], impact?.percent),
        ...omitUndefined({ forecast: exportForecast(impact?.forecast ?? null, impact?.percent) })
    };
}

/** A computed indicator's form and lineage (absent for an indicator with typed actuals). */
function computedOf(model: PlanViewModel, name: string): Pick<PlanExport['indicators'][number], 'compute' | 'lineage'> {
    const computed = model.measure?.computed.find(entry => entry.name === name && entry.form !== 'influence');
    if (!computed) return {};
    return { compute: computed.form as NonNullable<PlanExport['indicators'][number]['compute']>, lineage: lineageOf(computed.lineage) };
}

function lineageOf(
    lineage: NonNullable<PlanViewModel['measure']>['computed'][number]['lineage']
): NonNullable<PlanExport['indicators'][number]['lineage']> | null {
    if (!lineage) return null;
    return {
        ...(lineage.prepare ? { prepare: [...lineage.prepare] } : {}),
        query: lineage.query,
        parameters: [...lineage.parameters],
        duckdb: lineage.duckdb,
        files: lineage.files.map(file => ({ ...file })),
        figures: lineage.figures.map(figure => ({
            period: figure.period,
            value: figure.value,
            rows: figure.rows,
            excluded: figure.excluded && { ...figure.excluded },
            changed: figure.changed
        }))
    };
}

/** `sources`, `events` and `influences`: only for a plan that measures from data, so other exports stay as they were. */
function measureExport(model: PlanViewModel): Pick<PlanExport, 'sources' | 'events' | 'influences'> {
    const measure = model.measure;
    if (!measure || (measure.sources.length === 0 && measure.events.length === 0 && measure.computed.length === 0)) return {};
    return {
        sources: measure.sources.map(source => omitUndefined({ ...source })),
        events: measure.events.map(event => omitUndefined({ ...event, requires: [...event.requires], replaces: [...event.replaces] })),
        influences: measure.computed
            .filter(entry => entry.influence)
            .map(entry => {
                const { title, models, cadence, ...parts } = entry.influence!;
                return omitUndefined({
                    name: entry.name,
                    title,
                    ...parts,
                    models: models.map(model => omitUndefined({ ...model })),
                    cadence,
                    lineage: lineageOf(entry.lineage)
                });
            })
    };
}

/**
 * `80%` → `{ value: 80, percent: true }`; `-12.5` → `{ value: -12.5 }`; `-0` → `{ value: 0 }`;
 * nothing for a number cop does not compute with (number-invalid).
 */
function amount(text: string | undefined): { value: number; percent?: boolean } | undefined {
    if (parseAmount(text) === undefined) return undefined;
    const compact = text!.replace(/\s+/g, '');
    const percent = compact.endsWith('%');
    const value = exportNumber(Number(percent ? compact.slice(0, -1) : compact)) ?? 0;
    return percent ? { value, percent } : { value };
}

/** Keeps the JSON free of `"title": undefined` holes (JSON.stringify drops them anyway; tests compare objects). */
function omitUndefined<T extends object>(object: T): T {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
