import { CYCLE_KINDS } from '../../view-model/plan-view-model.js';
import { attr, escapeHtml } from '../../render/escape.js';
import type { DecisionsView } from '../decisions-view.js';

const STEP = 96;
const ROW = 34;
const TOP = 26;

/**
 * Value-creation stories (seed 003) drawn as paths through the seven cycles: one column per
 * cycle in the framework's order, one row per story, a line joining the cycles it runs
 * through in the order the story names them.
 */
export function renderStoryPaths(view: DecisionsView): string {
    const stories = view.storyPaths;
    if (stories.length === 0) return '';
    const width = STEP * CYCLE_KINDS.length;
    const height = TOP + ROW * stories.length;
    const column = (kind: string) => CYCLE_KINDS.indexOf(kind as (typeof CYCLE_KINDS)[number]) * STEP + STEP / 2;
    const heads = CYCLE_KINDS.map(kind => `<text class="tick" x="${column(kind)}" y="14" text-anchor="middle">${kind}</text>`).join('');
    const rows = stories
        .map((story, row) => {
            const y = TOP + ROW * row + ROW / 2;
            const points = story.cycles.filter(kind => CYCLE_KINDS.includes(kind as (typeof CYCLE_KINDS)[number])).map(kind => `${column(kind)} ${y}`);
            const path = points.length > 1 ? `<path class="story-path" d="M${points.join('L')}"/>` : '';
            const dots = points.map(point => `<circle class="actual-dot" cx="${point.split(' ')[0]}" cy="${y}" r="5"/>`).join('');
            return `<g ${attr('data-story', story.name)}><title>${escapeHtml(story.title ?? story.name)}: ${story.cycles.map(escapeHtml).join(' → ')}</title>${path}${dots}</g>`;
        })
        .join('');
    const legend = stories
        .map(
            story =>
                `<li>${escapeHtml(story.title ?? story.name)}${story.date ? ` <span class="story-meta">${escapeHtml(story.date)}</span>` : ''}: ${story.cycles.map(escapeHtml).join(' → ')}</li>`
        )
        .join('');
    return (
        `<div class="impact story-paths"><h2>Stories through the cycles</h2>` +
        `<svg class="story-paths-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>Value-creation stories as paths through the seven cycles</title>${heads}${rows}</svg>` +
        `<ol class="story-path-list">${legend}</ol></div>`
    );
}
