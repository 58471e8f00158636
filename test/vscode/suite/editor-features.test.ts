// The editor features through VS Code's own command API, as a user's editor
// gets them: completion, hover, a quick fix applied, a rename, formatting, and
// the extension's commands.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, extensionUnderTest, waitFor } from './helpers';

const EXTENSION_ID = 'kafka-topology.kafka-topology';

const TOPOLOGY = `cluster shop {
    broker 1 { rack "az-1" }
    broker 2 { rack "az-2" }
    broker 3 { rack "az-3" }
    defaults {
        replication-factor 3
        min-insync-replicas 2
    }
    topic orders {
        partitions 0
    }
    producer checkout {
        produces orders
    }
    consumer-group billing {
        consumes orders
        members [a, b]
    }
}
`;

async function open(content: string): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument({ language: 'kafka-topology', content });
    await vscode.window.showTextDocument(doc);
    return doc;
}

function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
    const index = doc.getText().indexOf(needle);
    assert.ok(index >= 0, `'${needle}' in the document`);
    return doc.positionAt(index + offset);
}

async function diagnosticsWith(doc: vscode.TextDocument, code: string): Promise<vscode.Diagnostic[]> {
    return waitFor(() => {
        const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === code);
        return found.length > 0 && found;
    }, { message: `a ${code} diagnostic` });
}

suite('editor features', () => {
    suiteSetup(async () => {
        await extensionUnderTest(EXTENSION_ID);
    });

    test('completion offers topic names after `produces` and config keys in `config`', async () => {
        const doc = await open(TOPOLOGY.replace('produces orders', 'produces '));
        const names = await waitFor(async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'produces ', 'produces '.length));
            const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
            return labels.includes('orders') && labels;
        }, { message: 'completion with topic names' });
        assert.ok(names.includes('orders'));

        const withConfig = await open(TOPOLOGY.replace('partitions 0', 'partitions 3\n        config {\n            ret\n        }'));
        const keys = await waitFor(async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', withConfig.uri, positionOf(withConfig, 'ret', 3));
            const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
            return labels.includes('retention.ms') && labels;
        }, { message: 'completion with config keys' });
        assert.ok(keys.includes('retention.bytes'));
    });

    test('hover on a topic shows its effective settings and placement', async () => {
        const doc = await open(TOPOLOGY.replace('partitions 0', 'partitions 3'));
        const text = await waitFor(async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'topic orders', 'topic o'.length));
            const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
            return markdown.includes('replication-factor') && markdown;
        }, { message: 'a hover on the topic' });
        assert.match(text, /min-insync-replicas/);
        assert.match(text, /P0/);
    });

    test('the quick fix for invalid-partitions is applied and the diagnostic goes away', async () => {
        // One member: with two, `partitions 1` would leave one idle (a new warning), and a fix that adds
        // a warning is withheld (issue 9).
        const doc = await open(TOPOLOGY.replace('members [a, b]', 'members [a]'));
        const [diagnostic] = await diagnosticsWith(doc, 'invalid-partitions');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.title === 'Set partitions 1');
        assert.ok(fix?.edit, `the quick fix with an edit among ${actions.map((a) => a.title).join(', ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(doc.getText(), /partitions 1\n/);
        await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'invalid-partitions'), { message: 'invalid-partitions gone' });
    });

    test('renaming a topic renames its references', async () => {
        const doc = await open(TOPOLOGY.replace('partitions 0', 'partitions 3'));
        const edit = await waitFor(async () => {
            const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'topic orders', 'topic o'.length), 'purchases');
            return e && e.size > 0 && e;
        }, { message: 'a rename edit' });
        assert.ok(await vscode.workspace.applyEdit(edit));
        const text = doc.getText();
        assert.match(text, /topic purchases \{/);
        assert.match(text, /produces purchases/);
        assert.match(text, /consumes purchases/);
        assert.doesNotMatch(text, /orders/);
    });

    test('format document gives the canonical layout', async () => {
        const doc = await open('cluster   shop{profile development\nbroker 1\n  topic t{partitions 3}}\n');
        const edits = await waitFor(async () => {
            const found = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
            return found && found.length > 0 && found;
        }, { message: 'format edits' });
        const fixed = new vscode.WorkspaceEdit();
        fixed.set(doc.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(fixed));
        assert.equal(doc.getText(), 'cluster shop {\n    profile development\n    broker 1\n    topic t { partitions 3 }\n}\n');
    });

    test('the commands are registered', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['kafkaTopology.restartServer', 'kafkaTopology.simulateFailover', 'kafkaTopology.runScenario']) {
            assert.ok(commands.includes(command), command);
        }
    });
});
