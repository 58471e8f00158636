// The harness's stand-in extension: on every `kafka-topology` document it
// publishes one diagnostic with code `fixture` on the first line, after a short
// delay (as a language server would), so the suite has to poll for it. Two
// commands give the UI self-test something to run from the palette: a
// notification and a webview panel.
// Plain CommonJS: the self-test runs it with no build step.
const vscode = require('vscode');

/** @param {vscode.ExtensionContext} context */
function activate(context) {
    const collection = vscode.languages.createDiagnosticCollection('kafka-topology-fixture');
    const publish = (doc) => {
        if (doc.languageId !== 'kafka-topology') return;
        setTimeout(() => {
            const line = doc.lineAt(0);
            const d = new vscode.Diagnostic(line.range, 'fixture diagnostic', vscode.DiagnosticSeverity.Warning);
            d.code = 'fixture';
            d.source = 'kafka-topology-fixture';
            collection.set(doc.uri, [d]);
        }, 300);
    };
    context.subscriptions.push(
        collection,
        vscode.workspace.onDidOpenTextDocument(publish),
        vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
        vscode.commands.registerCommand('kafkaTopologyFixture.hello', () => vscode.window.showInformationMessage('Hello from the fixture')),
        vscode.commands.registerCommand('kafkaTopologyFixture.showPanel', () => {
            const panel = vscode.window.createWebviewPanel('kafkaTopologyFixture', 'Fixture Panel', vscode.ViewColumn.Beside, { enableScripts: false });
            panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${panel.webview.cspSource} 'unsafe-inline';"></head>
<body style="color: var(--vscode-foreground); background: var(--vscode-editor-background)"><h1 id="fixture-title">Fixture webview</h1><p>Broker 1 is down.</p></body></html>`;
        })
    );
    vscode.workspace.textDocuments.forEach(publish);
}

function deactivate() {}

module.exports = { activate, deactivate };
