import { formatNumber } from '../amounts.js';
import type { ExperimentView } from '../experiment-view.js';
import { escapeHtml } from '../../render/escape.js';

const WIDTH = 520;
const LABEL = 150;
const ROW = 30;
const PAD = 26;

/** An uplift as it is read: a difference of rates as a percentage, of means as a number. */
function upliftText(experiment: ExperimentView, value: number | null): string {
    return formatNumber(value ?? undefined, experiment.form === 'proportion');
}

/**
 * The plan's experiments: each uplift as a dot with its 95 % interval as an error bar around
 * a line at 0, then a table of the same figures with the size of each arm (the chart's text
 * equivalent). Experiments with a problem have no uplift and are listed without a bar.
 */
export function renderExperiments(experiments: readonly ExperimentView[]): string {
    if (experiments.length === 0) return '';
    const drawn = experiments.filter(e => e.uplift !== null && e.low !== null && e.high !== null);
    // Rates and means are not on one scale: each experiment is drawn against its own extent.
    const rows = drawn
        .map((experiment, index) => {
            const yMid = PAD + index * ROW + ROW / 2;
            const extent = Math.max(Math.abs(experiment.low!), Math.abs(experiment.high!)) || 1;
            const x = (value: number) => LABEL + ((value + extent) / (2 * extent)) * (WIDTH - LABEL - 20);
            const cls = experiment.significant ? 'significant' : 'inconclusive';
            return (
                `<g class="experiment-row ${cls}" data-experiment="${escapeHtml(experiment.name)}">` +
                `<text class="experiment-name" x="${LABEL - 8}" y="${yMid + 4}" text-anchor="end">${escapeHtml(experiment.title ?? experiment.name)}</text>` +
                `<path class="experiment-zero" d="M${x(0).toFixed(1)} ${yMid - 10}V${yMid + 10}"/>` +
                `<path class="error-bar" d="M${x(experiment.low!).toFixed(1)} ${yMid}H${x(experiment.high!).toFixed(1)}M${x(experiment.low!).toFixed(1)} ${yMid - 5}V${yMid + 5}M${x(experiment.high!).toFixed(1)} ${yMid - 5}V${yMid + 5}">` +
                `<title>${escapeHtml(`${experiment.name}: uplift ${upliftText(experiment, experiment.uplift)}, 95% interval ${upliftText(experiment, experiment.low)} to ${upliftText(experiment, experiment.high)}`)}</title></path>` +
                `<circle class="uplift-dot" cx="${x(experiment.uplift!).toFixed(1)}" cy="${yMid}" r="4"/>` +
                `</g>`
            );
        })
        .join('');
    const height = PAD * 2 + drawn.length * ROW;
    const chart =
        drawn.length === 0
            ? ''
            : `<svg class="experiments-chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
              `<title>Uplift of each experiment with its 95% interval; the vertical line is no effect</title>` +
              // The chart's text equivalent: an image's inner titles are hidden from screen readers.
              `<desc>${escapeHtml(drawn.map(e => `${e.title ?? e.name}: uplift ${upliftText(e, e.uplift)}, 95% interval ${upliftText(e, e.low)} to ${upliftText(e, e.high)}${e.significant ? ', significant' : ', includes no effect'}`).join('; ') + '.')}</desc>` +
              `${rows}</svg>`;
    const table =
        `<table class="experiments-table"><thead><tr><th scope="col">Experiment</th><th scope="col">Uplift</th><th scope="col">95% interval</th>` +
        `<th scope="col">n treatment</th><th scope="col">n control</th><th scope="col">Significant</th></tr></thead><tbody>` +
        experiments
            .map(
                experiment =>
                    `<tr data-experiment="${escapeHtml(experiment.name)}">` +
                    `<th scope="row">${escapeHtml(experiment.title ?? experiment.name)}</th>` +
                    `<td>${experiment.uplift === null ? 'none (see the errors)' : upliftText(experiment, experiment.uplift)}${experiment.relative === null ? '' : ` (${formatNumber(experiment.relative, true)} relative)`}</td>` +
                    `<td>${experiment.uplift === null ? '—' : `${upliftText(experiment, experiment.low)} to ${upliftText(experiment, experiment.high)}`}</td>` +
                    `<td>${experiment.treatment ? formatNumber(experiment.treatment.n) : '—'}</td>` +
                    `<td>${experiment.control ? formatNumber(experiment.control.n) : '—'}</td>` +
                    `<td>${experiment.uplift === null ? '—' : experiment.significant ? 'yes' : 'no: the interval includes 0'}</td>` +
                    `</tr>`
            )
            .join('') +
        `</tbody></table>`;
    return `<div class="impact-card experiments-card"><h3>Experiments</h3>${chart}${table}</div>`;
}
