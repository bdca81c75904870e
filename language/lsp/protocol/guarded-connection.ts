import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ResponseError as LangiumResponseError } from 'vscode-languageserver-protocol';
import type { RequestShape } from './request-params.js';
import { paramsProblem, requestShapes } from './request-params.js';

type Handler = (params: unknown, ...rest: unknown[]) => unknown;

interface GuardState {
    initialized: boolean;
    /** Whether a document is open or in the workspace (else Langium would try to read it from disk). */
    readonly knows: (uri: string) => boolean;
}

/**
 * The connection as Langium's request handlers should see it. Every request handler they
 * register is wrapped so that:
 * - a request before `initialize` is answered with ServerNotInitialized (-32002) at once
 *   (Langium's handlers wait for a workspace that is never set up: the client hung);
 * - params without the position, range or name the request needs get InvalidParams
 *   (-32602) naming the field, instead of an internal error thrown by a provider;
 * - a request on a document neither open nor in the workspace is RequestFailed (Langium's
 *   workspace-wide requests tried to read it from disk and failed with an internal error),
 *   and so is one whose document is closed and deleted while the request waits;
 * - an error Langium *returns* (cancelled, no such document) is sent as a JSON-RPC error.
 *   Langium builds it with its own copy of vscode-jsonrpc, which the connection's copy
 *   does not recognise, so it used to reach the client as a result whose body was an error.
 * Notifications pass through untouched.
 */
export function guardConnection(connection: Connection, knows: (uri: string) => boolean = () => true): Connection {
    const state: GuardState = { initialized: false, knows };
    const wrapInitialize =
        (handler: Handler): Handler =>
        (...args) => {
            state.initialized = true;
            return handler(...args);
        };
    return guard(connection, '', state, wrapInitialize);
}

function guard<T extends object>(target: T, path: string, state: GuardState, wrapInitialize: (handler: Handler) => Handler): T {
    return new Proxy(target, {
        get(object, key, receiver) {
            const value: unknown = Reflect.get(object, key, receiver);
            if (typeof key !== 'string') return value;
            const name = path ? `${path}.${key}` : key;
            if (typeof value === 'function') {
                const bound = (value as (...args: unknown[]) => unknown).bind(object);
                if (name === 'onInitialize') return (handler: Handler) => bound(wrapInitialize(handler));
                const shape = requestShapes[name];
                if (shape) return (handler: Handler) => bound(guardedHandler(handler, shape, state));
                if (name === 'onRequest') {
                    // `onRequest(method, handler)`: cop's own requests, by the shape listed for them.
                    return (method: unknown, handler: unknown) =>
                        typeof handler === 'function'
                            ? bound(method, guardedHandler(handler as Handler, requestShapes[String(method)] ?? { method: String(method), needs: [] }, state))
                            : bound(method, handler);
                }
                return bound;
            }
            if (
                typeof value === 'object' &&
                value !== null &&
                (name === 'languages' || /^languages\.\w+$/.test(name) || name === 'workspace' || name === 'workspace.textDocumentContent')
            ) {
                return guard(value, name, state, wrapInitialize);
            }
            return value;
        }
    });
}

function guardedHandler(handler: Handler, shape: RequestShape, state: GuardState): Handler {
    return async (params, ...rest) => {
        if (!state.initialized) {
            return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send `initialize` first.');
        }
        const problem = paramsProblem(params, shape.needs);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid params for ${shape.method}: ${problem}.`);
        const uri = shape.needs.includes('textDocument') ? documentUri(params) : undefined;
        if (uri !== undefined && !state.knows(uri)) {
            return new ResponseError(LSPErrorCodes.RequestFailed, `No plan is open or in the workspace at ${uri}.`);
        }
        let result: unknown;
        try {
            result = await handler(params, ...rest);
        } catch (error) {
            // Gone while the request waited (a plan never saved, closed): Langium then tried to
            // read it from disk, and the client got the file system's ENOENT as an internal error.
            if (uri !== undefined && !state.knows(uri)) return new ResponseError(LSPErrorCodes.RequestFailed, `No plan is open or in the workspace at ${uri}.`);
            throw error;
        }
        if (result instanceof LangiumResponseError) {
            return new ResponseError(result.code, result.message, result.data);
        }
        return result;
    };
}

function documentUri(params: unknown): string | undefined {
    if (typeof params !== 'object' || params === null || !('textDocument' in params)) return undefined;
    const textDocument = params.textDocument;
    return typeof textDocument === 'object' && textDocument !== null && 'uri' in textDocument && typeof textDocument.uri === 'string'
        ? textDocument.uri
        : undefined;
}
