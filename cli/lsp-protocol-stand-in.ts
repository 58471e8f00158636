// What the CLI's bundle gets for `vscode-languageserver-protocol` (esbuild.mjs points it here).
// Langium's document builder imports two of its values, to fail requests that wait on a
// build; the CLI serves no requests. The library itself, whose Node entry loads JSON-RPC's
// transports (sockets, pipes, child processes) and makes every request type of the protocol,
// cost ≈ 35 ms of every `kafka-topology` run. A test compares these with the library's.
export { ResponseError } from 'vscode-jsonrpc/lib/common/messages.js';

/** The LSP error codes Langium's document builder uses (LSP 3.17's values). */
export const LSPErrorCodes = {
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800
} as const;
