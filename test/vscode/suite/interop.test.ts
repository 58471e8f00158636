// The interop commands in a real VS Code: registered under their titles, and
// an export of the open file opened in a new editor.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionUnderTest, waitFor } from './helpers';

const TOPOLOGY = `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    topic orders { partitions 6 replication-factor 3 config { retention.ms = 7d } }
}
`;

suite('interop commands', () => {
    suiteSetup(async () => {
        await extensionUnderTest('kafka-topology.kafka-topology');
    });

    test('the four commands are registered', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const id of ['kafkaTopology.importFromCluster', 'kafkaTopology.compareWithCluster', 'kafkaTopology.exportTopology', 'kafkaTopology.showChangePlan']) {
            assert.ok(commands.includes(id), id);
        }
    });

    test('Export topology opens the Terraform export of the open file in an editor', async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'kafka-topology', content: TOPOLOGY });
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('kafkaTopology.exportTopology', 'terraform');
        const text = await waitFor(() => {
            const active = vscode.window.activeTextEditor?.document.getText() ?? '';
            return active.includes('resource "kafka_topic" "orders"') && active;
        }, { message: 'the terraform export in the active editor' });
        assert.match(text, /"retention\.ms" = "604800000"/);
    });
});
