// Langium answers `textDocument/codeLens` but not `codeLens/resolve`, and tells
// the client so (`resolveProvider: false`). This wires resolution for the
// fault-tolerance lenses, which are too costly to compute for every topic of a
// large file on each edit. Call it from the server's wiring, before
// `startLanguageServer`.
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { KafkaTopologyServices } from '../../kafka-topology-module.js';
import { KafkaTopologyCodeLensProvider } from '../kafka-topology-code-lens-provider.js';

export function registerCodeLensResolve(connection: Connection, shared: LangiumSharedServices, services: KafkaTopologyServices): void {
    const provider = services.lsp.CodeLensProvider;
    if (!(provider instanceof KafkaTopologyCodeLensProvider)) return;
    provider.enableResolve(services);
    connection.onCodeLensResolve((lens, token) => provider.resolveCodeLens(lens, token));
    const server = shared.lsp.LanguageServer;
    const initialize = server.initialize.bind(server);
    server.initialize = async (params) => {
        const result = await initialize(params);
        if (result.capabilities.codeLensProvider) result.capabilities.codeLensProvider = { ...result.capabilities.codeLensProvider, resolveProvider: true };
        return result;
    };
}
