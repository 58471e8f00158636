// The Getting Started walkthrough's own commands: open the study notes' sample
// as an untitled copy (so the bundled file stays as shipped), and make one
// mistake in it so the checker can be seen at work.
import * as vscode from 'vscode';
import { SIMULATE_FAILOVER_COMMAND, type SimulateFailoverArgs } from '../language-server/protocol.js';

const SAMPLE = 'samples/order-platform.kafka';
const MISTAKE = { from: /min-insync-replicas 2/, to: 'min-insync-replicas 3' };

let sampleDocument: vscode.TextDocument | undefined;

async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
    if (sampleDocument && !sampleDocument.isClosed) return vscode.window.showTextDocument(sampleDocument);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, SAMPLE));
    sampleDocument = await vscode.workspace.openTextDocument({ language: 'kafka-topology', content: new TextDecoder().decode(bytes) });
    return vscode.window.showTextDocument(sampleDocument);
}

async function showDiagnostic(context: vscode.ExtensionContext): Promise<void> {
    const editor = await openSample(context);
    const text = editor.document.getText();
    const match = MISTAKE.from.exec(text);
    if (match) {
        const range = new vscode.Range(editor.document.positionAt(match.index), editor.document.positionAt(match.index + match[0].length));
        await editor.edit((edit) => edit.replace(range, MISTAKE.to));
        editor.selection = new vscode.Selection(range.start, range.start);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(
        vscode.l10n.t('min-insync-replicas is now 3 = the replication factor: the checker warns that no broker may fail for acks=all writes. Hover the squiggle, or use the quick fix (Ctrl+.).')
    );
}

export function registerWalkthroughCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('kafkaTopology.walkthrough.openSample', () => openSample(context)),
        vscode.commands.registerCommand('kafkaTopology.walkthrough.showDiagnostic', () => showDiagnostic(context)),
        vscode.commands.registerCommand('kafkaTopology.walkthrough.simulate', async () => {
            const editor = await openSample(context);
            await vscode.commands.executeCommand(SIMULATE_FAILOVER_COMMAND, { uri: editor.document.uri.toString(), cluster: 'order-platform' } satisfies SimulateFailoverArgs);
        })
    );
}
