import type { AstNode, LangiumCoreServices, MaybePromise, ValidationAcceptor, ValidationCheck } from 'langium';
import { CstUtils, GrammarAST, isOperationCancelled, ValidationRegistry } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * A check that throws is a bug in cop, not in the plan; but the plan must not then look
 * clean. Langium caught the exception, logged its stack and added an uncoded "An error
 * occurred during validation" diagnostic; an exception outside the checks (in the walk over
 * the elements) was only logged: the plan showed no problems at all. Here both become an
 * error diagnostic with the code `internal-error`, saying what failed in plain words.
 */
export class CopValidationRegistry extends ValidationRegistry {

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const name = check.name.replace(/^bound /, '') || 'a check';
        return async (node, accept, cancelToken) => {
            await this.handleException(() => check.call(thisObj, node, accept, cancelToken), name, accept, node);
        };
    }

    protected override async handleException(functionality: () => MaybePromise<void>, what: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            accept('error', internalFailureMessage(`checking ${describe(node)}`, what, error), { node, code: 'internal-error' });
        }
    }
}

/** The diagnostic for a failure outside any one check: on the first line of the plan. */
export function internalFailureDiagnostic(what: string, error: unknown): Diagnostic {
    return {
        severity: 1,
        code: 'internal-error',
        source: 'cop',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: internalFailureMessage('checking this plan', what, error)
    };
}

function internalFailureMessage(doing: string, what: string, error: unknown): string {
    const detail = error instanceof Error ? error.message : String(error);
    return `cop failed while ${doing} (${what}: ${detail.split('\n')[0].slice(0, 200)}). ` +
        'This is a bug in cop, not a mistake in the plan, and the plan may have problems that are not shown. ' +
        'Please report it with the plan attached.';
}

/** "the indicator Hours", "the plan": the element by its keyword and name, as the plan writes it. */
function describe(node: AstNode): string {
    const first = node.$cstNode && CstUtils.flattenCst(node.$cstNode).head();
    const keyword = first && GrammarAST.isKeyword(first.grammarSource) ? first.grammarSource.value : undefined;
    const name = 'name' in node ? node.name : undefined;
    if (!keyword) return 'the plan';
    return typeof name === 'string' && name ? `the ${keyword} ${name}` : `a ${keyword}`;
}
