import type { LangiumDocument } from 'langium';
import { INTERNAL_ERROR } from '../language/validation/internal-failure.js';
import { escapeControls } from './formats/control-chars.js';
import { displayPath } from './display-path.js';

/**
 * A check of cop that failed on a plan (an `internal-error` diagnostic, internal-failure.ts)
 * is a bug of cop: the command says so on stderr, naming the file and line, and exits 2,
 * never 0 or 1, so a broken check can never pass for a clean plan or for a mistake of the
 * user. Returns whether there was one.
 */
export function reportInternalErrors(command: string, documents: readonly LangiumDocument[], err: (text: string) => void): boolean {
    let found = false;
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.code !== INTERNAL_ERROR) continue;
            found = true;
            const where = `${displayPath(document.uri.fsPath)}:${diagnostic.range.start.line + 1}`;
            err(
                `cop ${command}: internal error in ${escapeControls(where)}: ${escapeControls(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value)}\n`
            );
        }
    }
    return found;
}
