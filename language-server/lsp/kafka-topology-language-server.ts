// Langium's language server, told that code lenses resolve lazily: Langium
// answers `textDocument/codeLens` and advertises `resolveProvider: false`;
// code-lens-resolve.ts wires `codeLens/resolve`, and this says so in the
// initialize result through Langium's own hook.
import { DefaultLanguageServer, type LangiumServices } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { KafkaTopologyCodeLensProvider } from './kafka-topology-code-lens-provider.js';

export class KafkaTopologyLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        const lenses = result.capabilities.codeLensProvider;
        const resolves = this.services.ServiceRegistry.all.some((language) => {
            const provider = (language as Partial<LangiumServices>).lsp?.CodeLensProvider;
            return provider instanceof KafkaTopologyCodeLensProvider && provider.resolves;
        });
        if (lenses && resolves) result.capabilities.codeLensProvider = { ...lenses, resolveProvider: true };
        return result;
    }
}
