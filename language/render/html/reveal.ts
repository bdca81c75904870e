import type { Located } from '../../view-model/plan-view-model.js';
import { attr } from '../escape.js';

/**
 * The attributes of an element a click can reveal in the source: its classes plus `reveal`,
 * `data-at="line:character"` (0-based), `data-uri` for elements of another plan file, and a
 * tab stop so the keyboard reaches it. Only the class when the element has no position
 * (an unresolved reference). The webview's script reads them; exports ignore them.
 */
export function revealable(located: Located, classes: string): string {
    if (!located.at) return ` ${attr('class', classes)}`;
    const uri = located.uri ? ` ${attr('data-uri', located.uri)}` : '';
    return ` ${attr('class', `${classes} reveal`)} ${attr('data-at', `${located.at.line}:${located.at.character}`)}${uri} tabindex="0" role="link"`;
}
