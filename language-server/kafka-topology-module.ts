// The language server's services: the language's own (kafka-topology-core-module.ts, which the
// CLI runs alone) and the editor features on top.
import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumLSPServices
} from 'langium/lsp';
import { KafkaTopologyGeneratedModule, KafkaTopologyGeneratedSharedModule } from './generated/module.js';
import {
    KafkaTopologyCoreModule, KafkaTopologySharedCoreModule, registerKafkaTopology, type KafkaTopologyAddedServices
} from './kafka-topology-core-module.js';
import { KafkaTopologyCodeActionProvider } from './lsp/kafka-topology-code-action-provider.js';
import { KafkaTopologyCodeLensProvider } from './lsp/kafka-topology-code-lens-provider.js';
import { KafkaTopologyCompletionProvider } from './lsp/kafka-topology-completion-provider.js';
import { KafkaTopologyDocumentSymbolProvider } from './lsp/kafka-topology-document-symbol-provider.js';
import { KafkaTopologyFormatter } from './lsp/kafka-topology-formatter.js';
import { KafkaTopologyHoverProvider } from './lsp/kafka-topology-hover-provider.js';
import { KafkaTopologyLanguageServer } from './lsp/kafka-topology-language-server.js';
import { KafkaTopologyInlayHintProvider } from './lsp/kafka-topology-inlay-hint-provider.js';
import { KafkaTopologyNodeKindProvider } from './lsp/kafka-topology-node-kind-provider.js';
import { KafkaTopologyRenameProvider } from './lsp/kafka-topology-rename-provider.js';
import { KafkaTopologySemanticTokenProvider } from './lsp/kafka-topology-semantic-token-provider.js';
import { KafkaTopologyDocumentUpdateHandler } from './lsp/kafka-topology-workspace.js';
import { KafkaTopologyDefinitionProvider, KafkaTopologyDocumentHighlightProvider, KafkaTopologyReferencesProvider } from './lsp/kafka-topology-navigation.js';
import { KafkaTopologyWorkspaceSymbolProvider } from './lsp/kafka-topology-workspace-symbols.js';

export type { KafkaTopologyAddedServices } from './kafka-topology-core-module.js';

export type KafkaTopologyServices = LangiumServices & KafkaTopologyAddedServices;

/** The editor features. */
export const KafkaTopologyModule: Module<KafkaTopologyServices, PartialLangiumLSPServices> = {
    lsp: {
        CompletionProvider: (services) => new KafkaTopologyCompletionProvider(services),
        HoverProvider: (services) => new KafkaTopologyHoverProvider(services),
        CodeActionProvider: (services) => new KafkaTopologyCodeActionProvider(services),
        Formatter: (services) => new KafkaTopologyFormatter(services),
        RenameProvider: (services) => new KafkaTopologyRenameProvider(services),
        SemanticTokenProvider: (services) => new KafkaTopologySemanticTokenProvider(services),
        InlayHintProvider: (services) => new KafkaTopologyInlayHintProvider(services),
        CodeLensProvider: (services) => new KafkaTopologyCodeLensProvider(services),
        DocumentSymbolProvider: (services) => new KafkaTopologyDocumentSymbolProvider(services),
        DefinitionProvider: (services) => new KafkaTopologyDefinitionProvider(services),
        ReferencesProvider: (services) => new KafkaTopologyReferencesProvider(services),
        DocumentHighlightProvider: (services) => new KafkaTopologyDocumentHighlightProvider(services)
    }
};

/** Shared editor services this language replaces. */
export const KafkaTopologySharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        LanguageServer: (services) => new KafkaTopologyLanguageServer(services),
        NodeKindProvider: () => new KafkaTopologyNodeKindProvider(),
        DocumentUpdateHandler: (services) => new KafkaTopologyDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: (services) => new KafkaTopologyWorkspaceSymbolProvider(services)
    }
};

export interface KafkaTopologyServiceContainer {
    readonly shared: LangiumSharedServices;
    readonly KafkaTopology: KafkaTopologyServices;
}

/**
 * The language's services with the editor's. With an LSP connection in the context the server
 * follows the client's locale; without one (tests) call `KafkaTopology.kafka.Locale.set(...)` yourself.
 */
export function createKafkaTopologyServices(context: DefaultSharedModuleContext): KafkaTopologyServiceContainer {
    const shared = inject(createDefaultSharedModule(context), KafkaTopologyGeneratedSharedModule, KafkaTopologySharedCoreModule, KafkaTopologySharedModule);
    const KafkaTopology = inject(createDefaultModule({ shared }), KafkaTopologyGeneratedModule, KafkaTopologyCoreModule, KafkaTopologyModule);
    registerKafkaTopology(shared, KafkaTopology, context.connection !== undefined);
    return { shared, KafkaTopology };
}
