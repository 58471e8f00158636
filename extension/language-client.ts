import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import type { KafkaTopologyInitializationOptions } from '../language-server/protocol.js';

export type KafkaTopologyClient = LanguageClient;

export const LANGUAGE_ID = 'kafka-topology';


export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const module = context.asAbsolutePath('out/language-server/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: LANGUAGE_ID }],
        outputChannel: output,
        // The server follows VS Code's display language unless `kafkaTopology.language` says otherwise.
        initializationOptions: { locale: vscode.env.language, settings: vscode.workspace.getConfiguration('kafkaTopology') } satisfies KafkaTopologyInitializationOptions,
        synchronize: { configurationSection: 'kafkaTopology' }
    };
    return new LanguageClient('kafkaTopology', 'Kafka Topology', serverOptions, clientOptions);
}
