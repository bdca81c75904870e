import type { Diagnostic } from 'vscode-languageserver-types';
import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled } from 'langium';
import { childNodes } from '../model/ast-walk.js';
import { NOT_PARSED } from '../parser/cop-parser.js';
import { internalFailureDiagnostic } from './internal-failure.js';
import { plainParserMessage } from './parser-messages.js';

/** How many elements are checked between two checks for cancellation (and a yield to the event loop). */
const NODES_PER_CHECK = 256;

/** A file with thousands of syntax errors gets this many, then one line saying how many more. */
const MAX_SYNTAX_ERRORS = 100;

/**
 * Langium's validator, with a stable `code` on its built-in diagnostics (syntax errors and
 * unresolved references), parser messages in plain words, and a cap on syntax errors so a
 * pasted binary file reports something readable instead of a wall of red.
 */
export class CopDocumentValidator extends DefaultDocumentValidator {

    /**
     * Langium's walk over the elements with their checks, made cheaper per element: the
     * checks of each element type are looked up once per document (Langium builds three
     * streams per element, most of which have no check), and cancellation is checked every
     * few hundred elements instead of an `await` per element. Same checks, same order.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(root, options, acceptor, cancelToken);
        const checksOf = new Map<string, readonly ValidationCheck[]>();
        const stack: AstNode[] = [root];
        let count = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++count % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksOf.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksOf.set(node.$type, checks);
                }
                for (const check of checks) await check(node, acceptor, cancelToken);
            }
            if (nodeOptions.validateChildren) {
                const children = childNodes(node);
                for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
            }
        }
        await interruptAndCheck(cancelToken);
    }

    /** A failure outside any one check (those are caught per check, internal-failure.ts) is an error on the plan, not a silent "no problems". */
    protected override async validateAst(root: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        try {
            return await super.validateAst(root, options, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            return [internalFailureDiagnostic('the walk over its elements', error)];
        }
    }

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
