import type { Located } from '../../view-model/plan-view-model.js';
import { attr } from '../escape.js';

/**
 * The attributes of an element a click can reveal in the source: its classes plus `reveal`,
 * `data-at="line:character"` (0-based) and `data-uri` for elements of another plan file. Only
 * the class when the element has no position (an unresolved reference). The webview's script
 * reads them and gives each a tab stop (media/preview.js), so the keyboard reaches them there;
 * an export, where a click does nothing, has no tab stops. No ARIA role: `link` is not
 * allowed on the list items, headings and articles that carry these, and would hide a
 * heading's level from screen readers.
 */
export function revealable(located: Located, classes: string): string {
    if (!located.at) return ` ${attr('class', classes)}`;
    const uri = located.uri ? ` ${attr('data-uri', located.uri)}` : '';
    return ` ${attr('class', `${classes} reveal`)} ${attr('data-at', `${located.at.line}:${located.at.character}`)}${uri}`;
}
