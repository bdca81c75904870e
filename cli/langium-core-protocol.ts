// What Langium's core takes from vscode-languageserver-protocol, from the JSON-RPC package
// the protocol is built on. The CLI bundle resolves Langium's imports of the protocol package
// here (scripts/build.mjs): that package defines every request of the Language Server
// Protocol when it loads, which cost `cop` 3 ms on every run for five names. The language
// server bundles the real package.
//
// They come from the package's common part, not from `vscode-jsonrpc/node`: that one loads
// Node's `net`, `crypto` and `os` and sets up message transports (5–10 ms of every run) only
// to install the runtime layer the common part calls. The CLI has no connection; the
// runtime layer it needs (timers for cancellation events, a console for an event listener's
// error) is installed below.
import type { Disposable } from 'vscode-jsonrpc';
import { RAL } from 'vscode-jsonrpc';

export { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc';

/** The protocol's error codes Langium's document builder reports (LSP 3.17). */
export const LSPErrorCodes = {
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800
} as const;

const noConnection = (): never => {
    throw new Error('cop has no JSON-RPC connection here: message transports are not available.');
};

RAL.install({
    crypto: { randomUUID: () => globalThis.crypto.randomUUID() },
    applicationJson: {
        encoder: { name: 'application/json', encode: async message => new TextEncoder().encode(JSON.stringify(message)) },
        decoder: { name: 'application/json', decode: async buffer => JSON.parse(new TextDecoder().decode(buffer)) }
    },
    messageBuffer: { create: noConnection },
    console,
    timer: {
        setTimeout: (callback, ms, ...args): Disposable => {
            const handle = setTimeout(callback, ms, ...args);
            return { dispose: () => clearTimeout(handle) };
        },
        setImmediate: (callback, ...args): Disposable => {
            const handle = setImmediate(callback, ...args);
            return { dispose: () => clearImmediate(handle) };
        },
        setInterval: (callback, ms, ...args): Disposable => {
            const handle = setInterval(callback, ms, ...args);
            return { dispose: () => clearInterval(handle) };
        }
    }
});
