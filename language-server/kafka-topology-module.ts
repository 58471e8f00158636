import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { KafkaTopologyGeneratedModule, KafkaTopologyGeneratedSharedModule } from './generated/module.js';
import { KafkaTopologyRuntimeMetaData } from './syntax/parser-mode.js';
import { ChangeSafety, registerChangeSafety } from './change-safety/change-safety.js';
import { LocaleService } from './messages/locale-service.js';
import { KafkaTopologyConfigurationProvider } from './settings/kafka-topology-configuration-provider.js';
import { KafkaTopologySettings } from './settings/kafka-topology-settings.js';
import { ClusterFactsProvider } from './model/cluster-facts.js';
import { KafkaTopologyNodeDescriptions } from './scope/kafka-topology-node-descriptions.js';
import { KafkaTopologyScopeComputation } from './scope/kafka-topology-scope-computation.js';
import { KafkaTopologyScopeProvider } from './scope/kafka-topology-scope-provider.js';
import { KafkaTopologyLinker } from './workspace/kafka-topology-linker.js';
import { KafkaTopologyReferenceDescriptionProvider } from './workspace/kafka-topology-reference-descriptions.js';
import { TopologyDocuments } from './syntax/topology-documents.js';
import { KafkaTopologyValueConverter } from './syntax/kafka-topology-value-converter.js';
import { KafkaTopologyLexer } from './syntax/kafka-topology-lexer.js';
import { createLinearCstParser } from './syntax/linear-cst-parser.js';
import { KafkaTopologyLexerErrorMessageProvider, KafkaTopologyParserErrorMessageProvider } from './syntax/syntax-error-messages.js';
import { KafkaTopologyDocumentValidator } from './validation/kafka-topology-document-validator.js';
import { KafkaTopologyValidationRegistry } from './validation/kafka-topology-validation-registry.js';
import { registerValidationChecks } from './validation/kafka-topology-validator.js';
import { DiagnosticReporter } from './validation/reporter.js';
import { ClusterParts } from './workspace/cluster-parts.js';
import { KafkaTopologyDocumentBuilder } from './workspace/kafka-topology-document-builder.js';
import { KafkaTopologyDocumentFactory } from './workspace/kafka-topology-document-factory.js';
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
import { KafkaTopologyDocumentUpdateHandler, KafkaTopologyWorkspaceManager } from './lsp/kafka-topology-workspace.js';
import { KafkaTopologyDefinitionProvider, KafkaTopologyDocumentHighlightProvider, KafkaTopologyReferencesProvider } from './lsp/kafka-topology-navigation.js';
import { KafkaTopologyWorkspaceSymbolProvider } from './lsp/kafka-topology-workspace-symbols.js';

/** Services this language adds to Langium's. */
export type KafkaTopologyAddedServices = {
    kafka: {
        Locale: LocaleService;
        ClusterFacts: ClusterFactsProvider;
        ClusterParts: ClusterParts;
        Reporter: DiagnosticReporter;
        Settings: KafkaTopologySettings;
        ChangeSafety: ChangeSafety;
        TopologyDocuments: TopologyDocuments;
    };
};

export type KafkaTopologyServices = LangiumServices & KafkaTopologyAddedServices;

export const KafkaTopologyModule: Module<KafkaTopologyServices, PartialLangiumServices & KafkaTopologyAddedServices> = {
    workspace: {
        AstNodeDescriptionProvider: (services) => new KafkaTopologyNodeDescriptions(services),
        ReferenceDescriptionProvider: (services) => new KafkaTopologyReferenceDescriptionProvider(services)
    },
    kafka: {
        Locale: () => new LocaleService(),
        ClusterFacts: (services) => new ClusterFactsProvider(services),
        ClusterParts: (services) => new ClusterParts(services),
        Reporter: (services) => new DiagnosticReporter(services),
        Settings: () => new KafkaTopologySettings(),
        ChangeSafety: (services) => new ChangeSafety(services),
        TopologyDocuments: () => new TopologyDocuments()
    },
    LanguageMetaData: () => KafkaTopologyRuntimeMetaData,
    parser: {
        LangiumParser: (services) => createLinearCstParser(services),
        Lexer: (services) => new KafkaTopologyLexer(services),
        ValueConverter: () => new KafkaTopologyValueConverter(),
        ParserErrorMessageProvider: (services) => new KafkaTopologyParserErrorMessageProvider(services.kafka.Locale),
        LexerErrorMessageProvider: (services) => new KafkaTopologyLexerErrorMessageProvider(services.kafka.Locale)
    },
    references: {
        ScopeComputation: (services) => new KafkaTopologyScopeComputation(services),
        ScopeProvider: (services) => new KafkaTopologyScopeProvider(services),
        Linker: (services) => new KafkaTopologyLinker(services)
    },
    validation: {
        DocumentValidator: (services) => new KafkaTopologyDocumentValidator(services),
        ValidationRegistry: (services) => new KafkaTopologyValidationRegistry(services)
    },
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

/** Shared services this language replaces. */
export const KafkaTopologySharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        LanguageServer: (services) => new KafkaTopologyLanguageServer(services),
        NodeKindProvider: () => new KafkaTopologyNodeKindProvider(),
        DocumentUpdateHandler: (services) => new KafkaTopologyDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: (services) => new KafkaTopologyWorkspaceSymbolProvider(services)
    },
    workspace: {
        ConfigurationProvider: (services) => new KafkaTopologyConfigurationProvider(services),
        WorkspaceManager: (services) => new KafkaTopologyWorkspaceManager(services),
        DocumentBuilder: (services) => new KafkaTopologyDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new KafkaTopologyDocumentFactory(services)
    }
};

export interface KafkaTopologyServiceContainer {
    readonly shared: LangiumSharedServices;
    readonly KafkaTopology: KafkaTopologyServices;
}

/**
 * The language's services. With an LSP connection in the context the server
 * follows the client's locale; without one (CLI, tests) call
 * `KafkaTopology.kafka.Locale.set(...)` yourself.
 */
export function createKafkaTopologyServices(context: DefaultSharedModuleContext): KafkaTopologyServiceContainer {
    const shared = inject(createDefaultSharedModule(context), KafkaTopologyGeneratedSharedModule, KafkaTopologySharedModule);
    const KafkaTopology = inject(createDefaultModule({ shared }), KafkaTopologyGeneratedModule, KafkaTopologyModule);
    shared.ServiceRegistry.register(KafkaTopology);
    registerValidationChecks(KafkaTopology);
    registerChangeSafety(KafkaTopology);
    if (!context.connection) {
        // No client will send a configuration: tell Langium not to wait for one.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, KafkaTopology };
}
