import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumDocument, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import { NOT_PARSED } from '../parser/cop-parser.js';
import { plainParserMessage } from './parser-messages.js';

/** A file with thousands of syntax errors gets this many, then one line saying how many more. */
const MAX_SYNTAX_ERRORS = 100;

/**
 * Langium's validator, with a stable `code` on its built-in diagnostics (syntax errors and
 * unresolved references), parser messages in plain words, and a cap on syntax errors so a
 * pasted binary file reports something readable instead of a wall of red.
 */
export class CopDocumentValidator extends DefaultDocumentValidator {

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        // A file over the size limit was not parsed (cop-parser.ts): its one diagnostic says
        // so, and checks of the empty plan it stands for would only add noise.
        const notParsed = document.parseResult.parserErrors.some(error => error.name === NOT_PARSED);
        const diagnostics = await super.validateDocument(document, notParsed ? { ...options, stopAfterParsingErrors: true } : options, cancelToken);
        const result: Diagnostic[] = [];
        let syntaxErrors = 0;
        for (const diagnostic of diagnostics) {
            const builtIn = (diagnostic.data as { code?: string } | undefined)?.code;
            if (builtIn === DocumentValidator.LexingError || builtIn === DocumentValidator.ParsingError) {
                syntaxErrors++;
                if (syntaxErrors > MAX_SYNTAX_ERRORS) continue;
                diagnostic.code = 'syntax-error';
                diagnostic.message = plainParserMessage(String(diagnostic.message));
            } else if (builtIn === DocumentValidator.LinkingError) {
                diagnostic.code = 'unresolved-reference';
            }
            result.push(diagnostic);
        }
        if (syntaxErrors > MAX_SYNTAX_ERRORS) {
            const last = result.filter(d => d.code === 'syntax-error').pop()!;
            result.push({
                ...last,
                message: `${syntaxErrors - MAX_SYNTAX_ERRORS} more syntax errors follow; fix the ones above first (often one missing \`}\` or \`"\` causes many).`
            });
        }
        return result;
    }
}
