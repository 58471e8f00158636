// The language without an editor: parsing, linking, the model and every check. The CLI runs on
// these alone; the language server adds the editor features (kafka-topology-module.ts). Kept
// apart so that the CLI neither bundles nor loads the LSP libraries and providers (their
// loading was ≈ 45 ms of every `kafka-topology` run).
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DeepPartial, type DefaultSharedCoreModuleContext,
    type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
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
import { KafkaTopologyWorkspaceManager } from './workspace/kafka-topology-workspace-manager.js';

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

export type KafkaTopologyCoreServices = LangiumCoreServices & KafkaTopologyAddedServices;

export const KafkaTopologyCoreModule: Module<KafkaTopologyCoreServices, PartialLangiumCoreServices & KafkaTopologyAddedServices> = {
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
    }
};

/** Shared services this language replaces. */
export const KafkaTopologySharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        ConfigurationProvider: (services) => new KafkaTopologyConfigurationProvider(services),
        WorkspaceManager: (services) => new KafkaTopologyWorkspaceManager(services),
        DocumentBuilder: (services) => new KafkaTopologyDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new KafkaTopologyDocumentFactory(services)
    }
};

export interface KafkaTopologyCoreServiceContainer {
    readonly shared: LangiumSharedCoreServices;
    readonly KafkaTopology: KafkaTopologyCoreServices;
}

/** Registers the checks once the services are made, with or without the editor's. */
export function registerKafkaTopology(shared: LangiumSharedCoreServices, services: KafkaTopologyCoreServices, withClient: boolean): void {
    shared.ServiceRegistry.register(services);
    registerValidationChecks(services);
    registerChangeSafety(services);
    if (!withClient) {
        // No client will send a configuration: tell Langium not to wait for one.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
}

/**
 * The language's services without the editor's, for the CLI. Call
 * `KafkaTopology.kafka.Locale.set(...)` for messages in another language than English.
 */
export function createKafkaTopologyCoreServices(context: DefaultSharedCoreModuleContext): KafkaTopologyCoreServiceContainer {
    const shared = inject(createDefaultSharedCoreModule(context), KafkaTopologyGeneratedSharedModule, KafkaTopologySharedCoreModule);
    const KafkaTopology = inject(createDefaultCoreModule({ shared }), KafkaTopologyGeneratedModule, KafkaTopologyCoreModule);
    registerKafkaTopology(shared, KafkaTopology, false);
    return { shared, KafkaTopology };
}
