// What this server adds to Langium's LSP wiring: the message language and the failover view's requests.
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerFailoverRequests } from './failover/failover-requests.js';
import type { KafkaTopologyServices } from './kafka-topology-module.js';

export interface KafkaTopologyInitializationOptions {
    /** The user's message-language override (`kafkaTopology.language`): 'en', 'ko' or 'auto'. */
    readonly locale?: string;
}

export function registerServerExtensions(connection: Connection, shared: LangiumSharedServices, services: KafkaTopologyServices): void {
    shared.lsp.LanguageServer.onInitialize((params) => {
        const options = params.initializationOptions as KafkaTopologyInitializationOptions | undefined;
        const override = options?.locale && options.locale !== 'auto' ? options.locale : undefined;
        services.kafka.Locale.set(override ?? params.locale);
    });
    registerFailoverRequests(connection, shared, services);
}
