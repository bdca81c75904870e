import type { LangiumDocument } from 'langium';
import { DocumentState, isOperationCancelled } from 'langium';

/** What the builder was doing with a document, in words. */
const phases: Record<number, string> = {
    [DocumentState.IndexedContent]: 'indexing its names',
    [DocumentState.ComputedScopes]: 'computing its scopes',
    [DocumentState.Linked]: 'linking its references',
    [DocumentState.IndexedReferences]: 'indexing its references',
    [DocumentState.Validated]: 'checking it'
};

/**
 * A failure of cop while building one document (a bug of cop, never of the plan), naming the
 * document and the phase: Langium's builder lets the bare exception escape, and the command
 * could only say "internal error" without saying on which file. Failures inside checks are
 * diagnostics instead (validation/internal-failure.ts).
 */
export class DocumentPhaseError extends Error {
    constructor(
        readonly uri: string,
        readonly phase: string,
        override readonly cause: unknown
    ) {
        super(`${phase}: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`);
        this.name = 'DocumentPhaseError';
    }
}

/** `callback`, with a failure turned into a DocumentPhaseError naming the document (cancellation passes through). */
export function namingTheDocument(
    targetState: DocumentState,
    callback: (document: LangiumDocument) => unknown
): (document: LangiumDocument) => Promise<unknown> {
    return async document => {
        try {
            return await callback(document);
        } catch (error) {
            if (isOperationCancelled(error) || error instanceof DocumentPhaseError) throw error;
            throw new DocumentPhaseError(document.uri.toString(), phases[targetState] ?? 'building it', error);
        }
    };
}
