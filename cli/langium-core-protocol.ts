// What Langium's core takes from vscode-languageserver-protocol, from the JSON-RPC package
// the protocol is built on. The CLI bundle resolves Langium's imports of the protocol package
// here (scripts/build.mjs): that package defines every request of the Language Server
// Protocol when it loads, which cost `cop` 3 ms on every run for five names. The language
// server bundles the real package.
export { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc/node';

/** The protocol's error codes Langium's document builder reports (LSP 3.17). */
export const LSPErrorCodes = {
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800
} as const;
