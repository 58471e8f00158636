// The extension: starts the language server and wires commands. Thin on purpose;
// everything Kafka lives in the server and the simulator.
import * as vscode from 'vscode';
import { registerFailoverCommands } from './failover-commands.js';
import { registerInteropCommands } from './interop/interop-commands.js';
import { createLanguageClient, type KafkaTopologyClient } from './language-client.js';
import { ScenarioTests } from './testing/scenario-tests.js';
import { registerWalkthroughCommands } from './walkthrough-commands.js';

let client: KafkaTopologyClient | undefined;

/** What `activate` returns: the extension-host suite drives the scenario tests through it. */
export interface KafkaTopologyApi {
    readonly scenarioTests: ScenarioTests;
}

export async function activate(context: vscode.ExtensionContext): Promise<KafkaTopologyApi> {
    const output = vscode.window.createOutputChannel('Kafka Topology', { log: true });
    context.subscriptions.push(output);
    client = createLanguageClient(context, output);
    context.subscriptions.push(
        vscode.commands.registerCommand('kafkaTopology.restartServer', async () => {
            output.info(vscode.l10n.t('Restarting the Kafka Topology language server…'));
            await client?.restart();
        })
    );
    registerFailoverCommands(context, () => client, output);
    registerWalkthroughCommands(context);
    registerInteropCommands(context);
    await client.start();
    const scenarioTests = new ScenarioTests({ extensionUri: context.extensionUri, client: () => client, output });
    context.subscriptions.push(scenarioTests);
    return { scenarioTests };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
