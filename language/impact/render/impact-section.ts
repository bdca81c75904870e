import { formatNumber } from '../amounts.js';
import type { ForecastView, ImpactView, IndicatorImpactView, InfluenceView, KpiView, StoryView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { operatorText, statusLabels } from './html.js';
import { renderExperiments } from './experiments-panel.js';
import { renderKpiTiles } from './kpi-tiles.js';
import { renderLineChart } from './line-chart.js';
import { renderObjectives } from './objectives.js';
import { renderTornado } from './tornado-chart.js';
import { renderWaterfall } from './waterfall-chart.js';
import { renderComputedBadge } from './computed-badge.js';
import type { ComputedView, MeasureView } from '../../measure/measure-view.js';

/** Whether a plan has anything for the Impact section. */
export function hasImpact(view: ImpactView | undefined): view is ImpactView {
    return (
        view !== undefined &&
        (view.kpis.length > 0 ||
            view.assumptions.length > 0 ||
            view.stories.length > 0 ||
            view.objectives.length > 0 ||
            view.experiments.length > 0 ||
            view.indicators.some(indicator => indicator.actuals.length > 0) ||
            (view.influences ?? []).some(influence => influence.actuals.length > 0))
    );
}

/**
 * The Impact section of the preview and of html exports: kpi tiles, then each kpi with its
 * evidence grade, its waterfall from gross to net, its drivers and its series, then the
 * experiments with their uplifts, then each indicator with actuals against the path to its target
 * and the stories tagged to it, then objectives with key-result progress. `lead` comes first
 * after the date: the answer to "is it worth funding?" when no Decisions view gives it.
 */
export function renderImpactSection(view: ImpactView, measure?: MeasureView, lead = ''): string {
    if (
        view.kpis.length === 0 &&
        view.indicators.every(i => i.actuals.length === 0) &&
        view.stories.length === 0 &&
        view.objectives.length === 0 &&
        view.experiments.length === 0
    ) {
        return `<div class="impact impact-tab"><h2>Impact</h2><p class="impact-empty">No kpis, actuals, stories or objectives yet.</p></div>`;
    }
    const kpis = view.kpis.map(kpi => renderKpiCard(kpi, storiesTagged(view, kpi.name))).join('');
    const indicators = view.indicators
        .filter(indicator => indicator.actuals.length > 0 || indicator.target !== null)
        .map(indicator =>
            renderIndicatorCard(
                indicator,
                storiesTagged(view, indicator.name),
                measure?.computed.find(entry => entry.name === indicator.name && entry.form !== 'influence')
            )
        )
        .join('');
    const influences = (view.influences ?? [])
        .filter(influence => influence.actuals.length > 0)
        .map(influence =>
            renderInfluenceCard(
                influence,
                measure?.computed.find(entry => entry.name === influence.name && entry.form === 'influence')
            )
        )
        .join('');
    const untagged = view.stories.filter(story => story.tags.length === 0);
    return (
        `<div class="impact impact-tab"><h2>Impact</h2>` +
        `<p class="impact-as-of">As of ${escapeHtml(view.asOf)}.</p>` +
        lead +
        renderKpiTiles(view) +
        kpis +
        renderExperiments(view.experiments) +
        indicators +
        influences +
        (untagged.length ? `<div class="impact-card"><h3>Untagged stories</h3><div class="stories">${untagged.map(renderStory).join('')}</div></div>` : '') +
        (view.objectives.length ? `<h3 class="impact-subhead">Objectives</h3>${renderObjectives(view)}` : '') +
        `</div>`
    );
}

function renderKpiCard(kpi: KpiView, stories: StoryView[]): string {
    const chart =
        kpi.series.length > 0 || kpi.path
            ? renderLineChart({ title: kpi.title ?? kpi.name, points: kpi.series, path: kpi.path, forecast: kpi.forecast?.line })
            : '';
    return (
        `<div class="impact-card kpi-card" data-kpi="${escapeHtml(kpi.name)}">` +
        `<h3>${escapeHtml(kpi.title ?? kpi.name)} <small>${kpi.status ? statusLabels[kpi.status] : ''}</small>` +
        ` <span class="grade-badge grade-${kpi.grade}" title="The weakest evidence this figure rests on">evidence: ${kpi.grade}</span></h3>` +
        renderWaterfall(kpi) +
        renderTornado(kpi) +
        chart +
        forecastNote(kpi.forecast, false, kpi.unit) +
        (stories.length ? `<div class="stories">${stories.map(renderStory).join('')}</div>` : '') +
        `</div>`
    );
}

function renderIndicatorCard(indicator: IndicatorImpactView, stories: StoryView[], computed?: ComputedView): string {
    const target = indicator.target
        ? `target ${operatorText(indicator.target.op)} ${formatNumber(indicator.target.value, indicator.percent)}${indicator.target.by ? ` by ${escapeHtml(indicator.target.by)}` : ''}`
        : 'no target';
    const latest = indicator.latest
        ? `latest ${formatNumber(indicator.latest.value, indicator.percent)} (${escapeHtml(indicator.latest.date)})`
        : 'no actuals yet';
    return (
        `<div class="impact-card indicator-card status-${indicator.status ?? 'none'}" data-indicator="${escapeHtml(indicator.name)}">` +
        `<h3>${escapeHtml(indicator.title ?? indicator.name)}${renderComputedBadge(computed)} <small>${latest} · ${target}${indicator.status ? ` · ${statusLabels[indicator.status]}` : ''}</small></h3>` +
        (indicator.stale ? `<p class="stale">The latest actual is older than two periods of its cadence.</p>` : '') +
        renderLineChart({
            title: indicator.title ?? indicator.name,
            points: indicator.actuals,
            path: indicator.path,
            percent: indicator.percent,
            forecast: indicator.forecast?.line
        }) +
        forecastNote(indicator.forecast, indicator.percent) +
        (stories.length ? `<div class="stories">${stories.map(renderStory).join('')}</div>` : '') +
        `</div>`
    );
}

/** The forecast in words under its chart: what the dotted line says. */
function forecastNote(forecast: ForecastView | null, percent = false, unit: string | null = null): string {
    if (!forecast) return '';
    const suffix = unit ? ` ${escapeHtml(unit)}` : '';
    const words = forecast.shortfall > 0 ? `, short of the target by ${formatNumber(forecast.shortfall, percent)}${suffix}` : ', reaching the target';
    return `<p class="forecast-note${forecast.shortfall > 0 ? ' forecast-short' : ''}">Forecast: ${formatNumber(forecast.projected, percent)}${suffix} by ${escapeHtml(forecast.by)}${words}.</p>`;
}

/** An influence's figures (the community's share of conversions), marked as computed. */
function renderInfluenceCard(influence: InfluenceView, computed?: ComputedView): string {
    const latest = influence.latest
        ? `latest ${formatNumber(influence.latest.value)}${influence.unit ? ` ${escapeHtml(influence.unit)}` : ''} (${escapeHtml(influence.latest.date)})`
        : 'no figures yet';
    return (
        `<div class="impact-card influence-card" data-influence="${escapeHtml(influence.name)}">` +
        `<h3>${escapeHtml(influence.title ?? influence.name)}${renderComputedBadge(computed)} <small>influence · ${latest}</small></h3>` +
        renderLineChart({ title: influence.title ?? influence.name, points: influence.actuals, path: null, percent: false }) +
        `</div>`
    );
}

export function renderStory(story: StoryView): string {
    return (
        `<blockquote class="story" data-story="${escapeHtml(story.name)}">` +
        `<strong>${escapeHtml(story.title ?? story.name)}</strong>` +
        `<span class="story-meta">${escapeHtml(story.date ?? '')}${story.tags.length ? ` · ${story.tags.map(escapeHtml).join(', ')}` : ''}</span>` +
        `<span class="story-text">${escapeHtml(story.text ?? '')}</span>` +
        `</blockquote>`
    );
}

function storiesTagged(view: ImpactView, name: string): StoryView[] {
    return view.stories.filter(story => story.tags.some(tag => tag === name || tag.endsWith(`.${name}`)));
}
