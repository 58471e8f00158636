// The extension's diagnostics as VS Code shows them: open a sample, wait for
// the language server, compare with the file's `// expect:` markers.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, expectMarkedDiagnostics, extensionUnderTest, openWorkspaceFile, screenshot, waitFor } from './helpers';

const EXTENSION_ID = 'kafka-topology.kafka-topology';
const isOurs = (d: vscode.Diagnostic) => d.source === undefined || /kafka/i.test(d.source);

suite('diagnostics', () => {
    suiteSetup(async () => {
        await extensionUnderTest(EXTENSION_ID);
    });

    test('order-platform.kafka is a kafka-topology document with the expected diagnostics', async () => {
        const doc = await openWorkspaceFile('order-platform.kafka');
        assert.equal(doc.languageId, 'kafka-topology');
        await expectMarkedDiagnostics(doc, { filter: isOurs });
        await screenshot('diagnostics-order-platform');
    });

    test('an edit that breaks the file is reported, and undoing it clears the report', async () => {
        const doc = await openWorkspaceFile('order-platform.kafka');
        await expectMarkedDiagnostics(doc, { filter: isOurs });
        const editor = await vscode.window.showTextDocument(doc);
        const before = vscode.languages.getDiagnostics(doc.uri).length;
        await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'this is not kafka topology\n'));
        await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'syntax-error'), {
            message: () => `no syntax-error after a bad edit; got ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(codeOf))}`
        });
        await vscode.commands.executeCommand('undo');
        await waitFor(() => !doc.isDirty && vscode.languages.getDiagnostics(doc.uri).length === before, { message: 'diagnostics did not return after undo' });
    });
});
