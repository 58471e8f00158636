// The extension's diagnostics as VS Code shows them: every sample of the
// workspace is opened and, once the language server has answered, its
// diagnostics must be exactly its `// expect: code, …` markers (a file with no
// marker must have none). Plus one edit → report → undo round trip.
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, expectMarkedDiagnostics, extensionUnderTest, openWorkspaceFile, screenshot, waitFor } from './helpers';

const EXTENSION_ID = 'kafka-topology.kafka-topology';
/** Only this extension's diagnostics count (not, say, a spell checker's). */
const isOurs = (d: vscode.Diagnostic) => d.source === undefined || /kafka/i.test(d.source);

const folder = vscode.workspace.workspaceFolders?.[0];
const samples = folder ? readdirSync(folder.uri.fsPath).filter((f) => f.endsWith('.kafka')).sort() : [];

suite('diagnostics', () => {
    suiteSetup(async () => {
        await extensionUnderTest(EXTENSION_ID);
    });

    test('the workspace has samples, and order-platform.kafka is a kafka-topology document', async () => {
        assert.ok(samples.includes('order-platform.kafka'), `samples in ${folder?.uri.fsPath}: ${samples.join(', ')}`);
        const doc = await openWorkspaceFile('order-platform.kafka');
        assert.equal(doc.languageId, 'kafka-topology');
    });

    for (const sample of samples) {
        test(`${sample}: diagnostics match its // expect: markers`, async () => {
            const doc = await openWorkspaceFile(sample);
            await expectMarkedDiagnostics(doc, { filter: isOurs });
            await screenshot(`diagnostics-${sample.replace(/\.kafka$/, '')}`);
        });
    }

    test('a bad edit is reported as a syntax error, and undoing it restores the diagnostics', async () => {
        const doc = await openWorkspaceFile('order-platform.kafka');
        await expectMarkedDiagnostics(doc, { filter: isOurs });
        const before = JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(codeOf).sort());
        const editor = await vscode.window.showTextDocument(doc);
        await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'this is not a topology\n'));
        await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'syntax-error'), {
            message: () => `no syntax-error after a bad edit; got ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(codeOf))}`
        });
        await vscode.commands.executeCommand('undo');
        await waitFor(() => !doc.isDirty && JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(codeOf).sort()) === before, {
            message: () => `after undo: dirty=${doc.isDirty}, diagnostics ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(codeOf))}, expected ${before}`
        });
    });
});
