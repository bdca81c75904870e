import type { Diagnostic } from 'vscode-languageserver-types';
import type {
    AstNode,
    LangiumCoreServices,
    MaybePromise,
    ValidationAcceptor,
    ValidationCategory,
    ValidationCheck,
    ValidationChecks,
    ValidationPreparation
} from 'langium';
import { CstUtils, GrammarAST, isOperationCancelled, ValidationRegistry } from 'langium';

/**
 * A check of cop that throws is a bug of cop, and must never look like a clean plan or like
 * a mistake of the user. Langium turns an exception in a check into an error without a code
 * ("An error occurred during validation: …", printed with its stack on stderr), and one in
 * the walk over the elements into nothing at all (only logged). Here both become an error
 * with the code `internal-error` naming the check, which the CLI (exit 2) and the server
 * report alike.
 */
export const INTERNAL_ERROR = 'internal-error';

/** How Langium's linker words a reference whose resolution threw (a bug of cop, not an unknown name). */
export const LINKER_FAILURE = 'An error occurred while resolving reference to ';

/** Where the issue tracker is: the message tells the user to report the failure there. */
const REPORT_AT = 'https://github.com/cop-tools/cop-lang/issues';

/** The message of an `internal-error`: which part of cop failed, and how. */
export function internalErrorMessage(what: string, error: unknown): string {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `A check of cop failed on this plan (${what}: ${detail}); this is a bug of cop, not of the plan. Please report it at ${REPORT_AT}.`;
}

/** An `internal-error` diagnostic at the top of the file, for failures outside any element. */
export function internalErrorDiagnostic(what: string, error: unknown, source?: string): Diagnostic {
    return {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: INTERNAL_ERROR,
        message: internalErrorMessage(what, error),
        source
    };
}

/** The name of a registered check as a reader can find it in the source (`checkKpi`). */
function checkName(check: (...args: never[]) => unknown): string {
    const name = check.name.replace(/^bound /, '');
    return name ? `the check ${name}` : 'a check';
}

/** Langium's registry, with a failing check reported as `internal-error` on the element it checked. */
export class CopValidationRegistry extends ValidationRegistry {
    /** The checks of each element type and categories, as `getChecks` lists them; dropped when a check is added. */
    private readonly listed = new Map<string, readonly ValidationCheck[]>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    /**
     * `getChecks` as an array, made once per element type and categories rather than once per
     * validation: Langium's streams of each element type's checks cost a third of a
     * millisecond per keystroke.
     */
    checksFor(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ? `${type}|${categories.join('|')}` : type;
        let checks = this.listed.get(key);
        if (!checks) this.listed.set(key, (checks = this.getChecks(type, categories).toArray()));
        return checks;
    }

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        super.register(checksRecord, thisObj, category);
        this.listed.clear();
    }

    /**
     * Synchronous for a synchronous check: most checks are, and an `async` wrapper made a
     * promise and an `await` for every check of every element (cop-document-validator.ts
     * awaits only what returns a promise). An asynchronous check is awaited as before.
     */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const what = checkName(check);
        return (node, accept, cancelToken) => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.failed(error, what, accept, node);
            }
            if (isPromiseLike(result)) return Promise.resolve(result).catch(error => this.failed(error, what, accept, node));
            return undefined;
        };
    }

    protected override wrapPreparationException(check: ValidationPreparation, messageContext: string, thisObj: unknown): ValidationPreparation {
        const what = `${checkName(check)} (${messageContext.replace(/^An error occurred during /, '')})`;
        return async (rootNode, accept, categories, cancelToken) => {
            try {
                await check.call(thisObj, rootNode, accept, categories, cancelToken);
            } catch (error) {
                this.failed(error, what, accept, rootNode);
            }
        };
    }

    private failed(error: unknown, what: string, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) throw error;
        accept('error', internalErrorMessage(`${what}, checking ${describe(node)}`, error), { node, code: INTERNAL_ERROR });
    }
}

function isPromiseLike(value: unknown): value is PromiseLike<void> {
    return typeof (value as PromiseLike<void> | undefined)?.then === 'function';
}

/** "the indicator Hours", "a kpi", "the plan": the element by its keyword and name, as the plan writes it. */
function describe(node: AstNode): string {
    const first = node.$cstNode && CstUtils.flattenCst(node.$cstNode).head();
    const keyword = first && GrammarAST.isKeyword(first.grammarSource) ? first.grammarSource.value : undefined;
    const name = 'name' in node ? node.name : undefined;
    if (!keyword) return 'the plan';
    return typeof name === 'string' && name ? `the ${keyword} ${name}` : `a ${keyword}`;
}
