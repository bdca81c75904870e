import { formatNumber } from '../amounts.js';
import type { ImpactView, KpiView, StoryView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { operatorText, statusLabels } from './html.js';
import type { ErrorBanner } from '../../render/error-banner.js';
import { renderPage } from '../../render/html/page-shell.js';
import { impactStyles } from './impact-styles.js';
import type { DecisionsView } from '../../decisions/decisions-view.js';
import { decisionStyles } from '../../decisions/render/decision-styles.js';
import { fundingStyles } from '../../funding/funding-styles.js';
import { renderDecisionsReport } from '../../decisions/render/decisions-html.js';
import { renderTile } from './kpi-tiles.js';
import { renderFundingSection } from '../../funding/funding-html.js';
import { buildFundingView } from '../../funding/funding-view.js';
import { renderLineChart } from './line-chart.js';
import { objectiveScoreText } from './objectives.js';

export interface ReportHeader {
    readonly name: string;
    readonly title: string | null;
    readonly purpose: string | null;
    readonly sponsor: string | null;
}

const attention = new Set(['off-track', 'missed', 'at-risk']);

/**
 * The one-page executive report (seed 004, contract Part 6): the plan's decisions due next and
 * its North Star, when it has them; then the one answer to "is it worth funding?" (ROI and net
 * impact with their ranges and weakest evidence grade, what would change the answer, the
 * forecasts that miss: funding-html.ts, as in the preview); then the rest — what is off track
 * and what it is worth, the assumptions finance should challenge, one story per objective
 * with its score, the kpi tiles. A standalone page of the one page shell (page-shell.ts: its CSP, the error
 * banner first when the plan has errors) with a print stylesheet; every plan string is escaped.
 */
export function renderExecutiveReport(header: ReportHeader, view: ImpactView, banner?: ErrorBanner, decisions?: DecisionsView): string {
    const title = header.title ?? header.name;
    return renderPage({
        title: `${title} — impact report`,
        css: reportCss,
        banner,
        body: `<main class="impact report">
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${header.sponsor ? `For ${escapeHtml(header.sponsor)} · ` : ''}Impact as of ${escapeHtml(view.asOf)}</p>
${header.purpose ? `<p class="purpose">${escapeHtml(header.purpose)}</p>` : ''}
</header>
${decisions ? renderDecisionsReport(decisions) : ''}
${renderFundingSection(buildFundingView(view, decisions))}
${renderOffTrack(view)}
${renderAssumptions(view)}
${renderStories(view)}
<section id="kpis"><h2>All kpis</h2>${view.kpis.length ? `<div class="kpi-tiles">${view.kpis.map(renderTile).join('')}</div>` : '<p class="none">No kpis in this plan.</p>'}</section>
</main>`
    });
}

/** The report's look: one printed page (A4 or Letter: the printer's paper), charts and tiles side by side. */
const reportCss = `body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #24292f; max-width: 960px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 1.5em; margin-bottom: 0; } h2 { font-size: 1.15em; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 20px; }
.meta { color: #57606a; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { font-size: 0.85em; color: #57606a; font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
.status { font-weight: 600; white-space: nowrap; }
.status.off-track { color: #cf222e; } .status.missed { color: #82071e; } .status.at-risk { color: #7d4e00; }
.none { color: #57606a; font-style: italic; }
.unsourced { color: #cf222e; }
.report-charts { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 8px; }
.report-charts svg { width: 300px; height: auto; }
.report-charts figure { margin: 0; width: 300px; } .report-charts figcaption, .chart-legend { font-size: 0.8em; color: #57606a; }
${impactStyles}
${decisionStyles}
${fundingStyles}
@page { margin: 8mm 10mm; }
/* One page on paper, A4 or Letter (the shorter): compact type, charts and tiles side by side, sections kept whole. */
@media print {
  body { margin: 0; max-width: none; font-size: 8pt; line-height: 1.2; }
  h1 { font-size: 14pt; } h2 { font-size: 10.5pt; margin: 6px 0 3px; padding-bottom: 1px; break-after: avoid; }
  table { font-size: 7.5pt; }
  h3 { font-size: 9pt; margin: 4px 0 2px; }
  p { margin: 2px 0; }
  th, td { padding: 1px 3px; }
  table, .story, .kpi-tile, .objective-story, figure { break-inside: avoid; }
  .report-charts { gap: 8px; margin-top: 2px; } .report-charts figure, .report-charts svg { width: 130px; } .report-charts figcaption, .chart-legend { font-size: 6.5pt; }
  #stories { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2px 8px; } #stories h2 { grid-column: 1 / -1; }
  .objective-story h3 { margin-top: 0; } .objective-story .meta { font-size: 7.5pt; }
  .story { margin: 2px 0; }
  .kpi-tiles { grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 4px 0; }
  .kpi-tile { padding: 4px 6px; } .kpi-value { font-size: 11pt; }
  .kpi-tile h3 { font-size: 8pt; margin-bottom: 1px; } .kpi-tile p { margin: 0; } .kpi-range, .kpi-target, .kpi-planned { font-size: 7pt; }
  .kpi-tile .kpi-range, .kpi-tile .kpi-planned { display: inline-block; margin-right: 6px; }
  #assumptions table { font-size: 7pt; } #off-track td:nth-child(4) { white-space: nowrap; }
  a { color: inherit; text-decoration: none; }
}
`;

function renderOffTrack(view: ImpactView): string {
    const rows: string[] = [];
    for (const kpi of view.kpis.filter(k => k.status && attention.has(k.status))) {
        rows.push(row(kpi.title ?? kpi.name, kpi.status!, `${formatNumber(kpi.value ?? undefined)}${unit(kpi)}`, target(kpi.target), worth(kpi)));
    }
    for (const indicator of view.indicators.filter(i => i.status && attention.has(i.status))) {
        rows.push(
            row(
                indicator.title ?? indicator.name,
                indicator.status!,
                indicator.latest ? `${formatNumber(indicator.latest.value, indicator.percent)} (${escapeHtml(indicator.latest.date)})` : '—',
                target(indicator.target, indicator.percent),
                worthOfIndicator(view, indicator.name)
            )
        );
    }
    const body = rows.length
        ? `<table><thead><tr><th>What</th><th>Status</th><th class="num">Now</th><th>Target</th><th>What it is worth</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        : `<p class="none">Nothing is off track or at risk as of ${escapeHtml(view.asOf)}.</p>`;
    // The gap at a glance: actuals against the straight path to the target, for each item above.
    const charts = [
        ...view.kpis
            .filter(k => k.status && attention.has(k.status))
            .map(k => figure(k.title ?? k.name, renderLineChart({ title: k.title ?? k.name, points: k.series, path: k.path }))),
        ...view.indicators
            .filter(i => i.status && attention.has(i.status))
            .map(i => figure(i.title ?? i.name, renderLineChart({ title: i.title ?? i.name, points: i.actuals, path: i.path, percent: i.percent })))
    ];
    // One legend for the row, so each caption is only its title.
    const chartRow = charts.length
        ? `<p class="chart-legend">Actuals (solid) against the straight path to the target (dashed):</p><div class="report-charts">${charts.join('')}</div>`
        : '';
    return `<section id="off-track"><h2>What is off track or at risk</h2>${body}${chartRow}</section>`;
}

function figure(caption: string, svg: string): string {
    return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}</figure>`;
}

function row(what: string, status: string, now: string, targetText: string, worthText: string): string {
    return `<tr><td>${escapeHtml(what)}</td><td class="status ${status}">${statusLabels[status]}</td><td class="num">${now}</td><td>${targetText}</td><td>${worthText}</td></tr>`;
}

function unit(kpi: KpiView): string {
    return kpi.unit ? ` ${escapeHtml(kpi.unit)}` : '';
}

function target(goal: KpiView['target'], percent = false): string {
    return goal ? `${operatorText(goal.op)} ${formatNumber(goal.value, percent)}${goal.by ? ` by ${escapeHtml(goal.by)}` : ''}` : '—';
}

/** A kpi's worth: its value with the range finance may argue over, and the gap to its target. */
function worth(kpi: KpiView): string {
    if (kpi.value === null) return kpi.planned !== null ? `planned ${formatNumber(kpi.planned)}${unit(kpi)}` : '—';
    const range = kpi.low !== null && kpi.high !== null && kpi.low !== kpi.high ? ` (range ${formatNumber(kpi.low)}–${formatNumber(kpi.high)})` : '';
    const gap = kpi.target ? `; ${formatNumber(Math.abs(kpi.target.value - kpi.value))}${unit(kpi)} short of target` : '';
    return `${formatNumber(kpi.value)}${unit(kpi)} today${range}${gap}`;
}

/** An indicator's worth: the kpis computed from it, and what they are worth today. */
function worthOfIndicator(view: ImpactView, name: string): string {
    const feeding = view.kpis.filter(kpi => kpi.inputs.includes(name));
    if (feeding.length === 0) return '<span class="none">feeds no kpi</span>';
    return feeding.map(kpi => `feeds ${escapeHtml(kpi.title ?? kpi.name)}: ${formatNumber(kpi.value ?? undefined)}${unit(kpi)}`).join('; ');
}

function renderAssumptions(view: ImpactView): string {
    const list = [...view.assumptions].sort((a, b) => swing(b) - swing(a));
    const kpiTitle = (name: string) => {
        const kpi = view.kpis.find(k => k.name === name);
        return kpi?.title ?? name;
    };
    if (list.length === 0)
        return `<section id="assumptions"><h2>Assumptions finance should challenge</h2><p class="none">This plan states no assumptions.</p></section>`;
    const rows = list
        .map(
            a =>
                `<tr><td>${escapeHtml(a.title ?? a.name)}</td>` +
                `<td class="num">${formatNumber(a.value ?? undefined, a.percent)}${a.unit ? ` ${escapeHtml(a.unit)}` : ''}</td>` +
                `<td class="num">${a.low !== null && a.high !== null ? `${formatNumber(a.low, a.percent)}–${formatNumber(a.high, a.percent)}` : 'fixed'}</td>` +
                `<td>${a.largestSwing ? `${escapeHtml(kpiTitle(a.largestSwing.kpi))}: ${formatNumber(Math.min(a.largestSwing.low, a.largestSwing.high))}–${formatNumber(Math.max(a.largestSwing.low, a.largestSwing.high))}` : '<span class="none">no range</span>'}</td>` +
                `<td>${a.source ? escapeHtml(a.source) : '<span class="unsourced">no source given</span>'}</td></tr>`
        )
        .join('');
    return (
        `<section id="assumptions"><h2>Assumptions finance should challenge</h2>` +
        `<table><thead><tr><th>Assumption</th><th class="num">Value</th><th class="num">Range</th><th>Moves the most</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table></section>`
    );
}

function swing(a: ImpactView['assumptions'][number]): number {
    return a.largestSwing ? Math.abs(a.largestSwing.high - a.largestSwing.low) : -1;
}

/** For each objective, the latest story tagged to one of its key results' subjects. */
function renderStories(view: ImpactView): string {
    if (view.objectives.length === 0) return '';
    const items = view.objectives
        .map(objective => {
            const subjects = new Set(objective.keys.map(key => key.subject));
            const story = latest(view.stories.filter(s => s.tags.some(tag => subjects.has(tag))));
            const keys = objective.keys
                .map(
                    key =>
                        `${escapeHtml(key.subjectTitle ?? key.subject)} ${operatorText(key.op)} ${formatNumber(key.value ?? undefined, key.percent)}: ` +
                        `${key.status ? statusLabels[key.status] : 'no target'}${key.score !== null ? ` (${formatNumber(key.score, true)})` : ''}`
                )
                .join(' · ');
            return (
                `<article class="objective-story" data-objective="${escapeHtml(objective.name)}"><h3>${escapeHtml(objective.title ?? objective.name)} <small class="objective-score">${escapeHtml(objectiveScoreText(objective))}</small></h3>` +
                `<p class="meta">${keys}</p>` +
                (story
                    ? `<blockquote class="story"><strong>${escapeHtml(story.title ?? story.name)}</strong><span class="story-meta">${escapeHtml(story.date ?? '')}</span><span class="story-text">${escapeHtml(story.text ?? '')}</span></blockquote>`
                    : '<p class="none">No story is tagged to this objective\'s key results yet.</p>') +
                `</article>`
            );
        })
        .join('');
    return `<section id="stories"><h2>One story per objective</h2>${items}</section>`;
}

function latest(stories: StoryView[]): StoryView | undefined {
    return [...stories].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
}
