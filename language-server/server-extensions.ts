// What this server adds to Langium's LSP wiring: the user's settings and message
// language, lazily resolved code lenses, the failover view's requests, and
// diagnostics published again only where they changed.
import type { LangiumSharedServices } from 'langium/lsp';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { registerFailoverRequests } from './failover/failover-requests.js';
import { publishChangedDiagnosticsOnly } from './lsp/diagnostics-publisher.js';
import { registerCodeLensResolve } from './lsp/hints/code-lens-resolve.js';
import type { KafkaTopologyServices } from './kafka-topology-module.js';
import type { KafkaTopologyInitializationOptions } from './protocol.js';

export function registerServerExtensions(connection: Connection, shared: LangiumSharedServices, services: KafkaTopologyServices): void {
    const { Settings, Locale } = services.kafka;
    let clientLocale: string | undefined;
    const applyLocale = () => {
        const language = Settings.current.language;
        Locale.set(language === 'auto' ? clientLocale : language);
    };

    shared.lsp.LanguageServer.onInitialize((params) => {
        const options = params.initializationOptions as KafkaTopologyInitializationOptions | undefined;
        clientLocale = options?.locale ?? params.locale;
        Settings.update(options?.settings);
        applyLocale();
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section, configuration }) => {
        if (section !== 'kafkaTopology' || !Settings.update(configuration)) return;
        applyLocale();
        // Profiles, analysis and messages changed: rebuild every open document.
        const uris = shared.workspace.LangiumDocuments.all.map((d) => URI.parse(d.uri.toString())).toArray();
        void shared.workspace.DocumentBuilder.update(uris, []);
    });

    registerCodeLensResolve(connection, services);
    registerFailoverRequests(connection, shared, services);
    publishChangedDiagnosticsOnly(connection, shared);
}
