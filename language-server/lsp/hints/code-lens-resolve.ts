// Langium answers `textDocument/codeLens` but not `codeLens/resolve`. This wires
// resolution for the fault-tolerance lenses, which are too costly to compute for
// every topic of a large file on each edit; KafkaTopologyLanguageServer then
// advertises `resolveProvider: true`. Call it from the server's wiring, before
// `startLanguageServer`.
import type { Connection } from 'vscode-languageserver';
import type { KafkaTopologyServices } from '../../kafka-topology-module.js';
import { KafkaTopologyCodeLensProvider } from '../kafka-topology-code-lens-provider.js';

export function registerCodeLensResolve(connection: Connection, services: KafkaTopologyServices): void {
    const provider = services.lsp.CodeLensProvider;
    if (!(provider instanceof KafkaTopologyCodeLensProvider)) return;
    provider.enableResolve();
    connection.onCodeLensResolve((lens, token) => provider.resolveCodeLens(lens, token));
}
