import type { Diagnostic } from 'vscode-languageserver-types';
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions, ValidationSeverity } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled, toDiagnosticSeverity } from 'langium';
import type { PlanConfig } from '../config/plan-config.js';
import type { CopCoreServices } from '../cop-core-module.js';
import { pushChildNodes } from '../model/ast-walk.js';
import { NOT_PARSED, TOO_MANY_ERRORS } from '../parser/cop-parser.js';
import { diagnosticRange } from './diagnostic-range.js';
import type { CopValidationRegistry } from './internal-failure.js';
import { INTERNAL_ERROR, internalErrorDiagnostic, internalErrorMessage, LINKER_FAILURE } from './internal-failure.js';
import { plainParserMessage } from './parser-messages.js';
import { syntaxCascade } from './syntax-cascade.js';

/** How many elements are checked between two checks for cancellation (and a yield to the event loop). */
const NODES_PER_CHECK = 256;

/** A file with thousands of syntax errors gets this many, then one line saying how many more. */
const MAX_SYNTAX_ERRORS = 100;

/**
 * Langium's validator, with a stable `code` on its built-in diagnostics (syntax errors and
 * unresolved references), parser messages in plain words, a cap on syntax errors so a
 * pasted binary file reports something readable instead of a wall of red, and the rules of
 * the plan's `cop.config.json` applied to every diagnostic, so the server, `cop` and the
 * preview (all of which read these) agree. Any exception of a check, of the walk or of the
 * linker becomes an `internal-error` (internal-failure.ts), never a missing diagnostic.
 */
export class CopDocumentValidator extends DefaultDocumentValidator {
    private readonly config: PlanConfig;
    /** Langium's `validationRegistry`, typed as ours (which lists each element type's checks once). */
    private readonly registry: CopValidationRegistry;

    constructor(services: CopCoreServices) {
        super(services);
        this.config = services.config.PlanConfig;
        this.registry = services.validation.ValidationRegistry;
    }

    /**
     * Langium's walk over the elements with their checks, made cheaper per element: the
     * checks of each element type are looked up once per document (Langium builds three
     * streams per element, most of which have no check), and cancellation is checked every
     * few hundred elements instead of an `await` per element. Same checks, same order.
     */
    protected override async validateAstNodes(
        root: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(root, options, acceptor, cancelToken);
        // The registry lists each type's checks once; here each is looked up once per validation.
        const checksOf = new Map<string, readonly ValidationCheck[]>();
        const stack: AstNode[] = [root];
        let count = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++count % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksOf.get(node.$type);
                if (!checks) checksOf.set(node.$type, (checks = this.registry.checksFor(node.$type, options.categories)));
                // Indexed, not `for…of`: with an `await` in the loop, the iterator and each
                // step's result object outlive the step and were 1.7 MB of garbage per
                // validation at 50,000 lines.
                for (let i = 0; i < checks.length; i++) {
                    // Only an asynchronous check is awaited (internal-failure.ts): an `await`
                    // per check of every element cost more than most checks.
                    const result = checks[i](node, acceptor, cancelToken);
                    if (result !== undefined) await result;
                }
            }
            if (nodeOptions.validateChildren) pushChildNodes(node, stack);
        }
        await interruptAndCheck(cancelToken);
    }

    /** Langium's diagnostic, with its range found the cheaper way of diagnostic-range.ts. */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        return {
            message,
            range: diagnosticRange(info),
            severity: toDiagnosticSeverity(severity),
            code: info.code,
            codeDescription: info.codeDescription,
            tags: info.tags,
            relatedInformation: info.relatedInformation,
            data: info.data,
            source: this.getSource()
        };
    }

    /**
     * Langium's `validateDocument` catches an exception of this step and only logs it, which
     * would drop every diagnostic of the checks: it is reported with what was found before.
     */
    protected override async validateAst(
        rootNode: AstNode,
        options: ValidationOptions,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<Diagnostic[]> {
        const items: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => {
            items.push(this.toDiagnostic(severity, message, info));
        };
        try {
            await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
            await this.validateAstNodes(rootNode, options, acceptor, cancelToken);
            await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            items.push(internalErrorDiagnostic("the walk over the plan's elements", error, this.getSource()));
        }
        return items;
    }

    override async validateDocument(
        document: LangiumDocument,
        options: ValidationOptions = {},
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<Diagnostic[]> {
        try {
            return await this.validateCopDocument(document, options, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            return [internalErrorDiagnostic('the validation of the file', error, this.getSource())];
        }
    }

    private async validateCopDocument(
        document: LangiumDocument,
        options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken
    ): Promise<Diagnostic[]> {
        // A file over the size limit was not parsed (cop-parser.ts): its one diagnostic says
        // so, and checks of the empty plan it stands for would only add noise.
        const notParsed = document.parseResult.parserErrors.some(error => error.name === NOT_PARSED);
        // A file parsed without recovery (cop-parser.ts) stops at its first error: nothing follows it.
        const strictParse = notParsed || document.parseResult.parserErrors.some(error => error.name === TOO_MANY_ERRORS);
        const diagnostics = await super.validateDocument(document, notParsed ? { ...options, stopAfterParsingErrors: true } : options, cancelToken);
        const result: Diagnostic[] = [];
        let syntaxErrors = 0;
        const followers = strictParse ? new Set<Diagnostic>() : syntaxCascade(document, diagnostics);
        for (const diagnostic of diagnostics) {
            if (followers.has(diagnostic)) continue;
            const builtIn = (diagnostic.data as { code?: string } | undefined)?.code;
            if (builtIn === DocumentValidator.LexingError || builtIn === DocumentValidator.ParsingError) {
                syntaxErrors++;
                if (syntaxErrors > MAX_SYNTAX_ERRORS) continue;
                diagnostic.code = 'syntax-error';
                diagnostic.message = plainParserMessage(String(diagnostic.message));
            } else if (builtIn === DocumentValidator.LinkingError) {
                const message = String(diagnostic.message);
                if (message.startsWith(LINKER_FAILURE)) {
                    diagnostic.code = INTERNAL_ERROR;
                    diagnostic.message = internalErrorMessage('the linker', message.slice(message.indexOf("': ") + 3));
                } else {
                    diagnostic.code = 'unresolved-reference';
                }
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
        return this.config.applyRules(document, result);
    }
}
