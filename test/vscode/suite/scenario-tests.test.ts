// Scenarios in the Test Explorer, through the extension's own test controller
// in the real extension host: the samples' scenarios are tests with their
// `expect` lines as sub-tests (ranges for the gutter), a run reports each
// expectation at its line with what was observed, an edit of the file updates
// the tests, and "Open in Failover View at This Step" opens the view.
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { KafkaTopologyApi } from '../../../extension/main';
import { extensionUnderTest, openWorkspaceFile, waitFor } from './helpers';

const EXTENSION_ID = 'kafka-topology.kafka-topology';

let api: KafkaTopologyApi;

const children = (item: vscode.TestItem): vscode.TestItem[] => {
    const out: vscode.TestItem[] = [];
    item.children.forEach((c) => out.push(c));
    return out.sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0));
};
const lineOf = (doc: vscode.TextDocument, needle: string): number => doc.getText().split('\n').findIndex((l) => l.includes(needle));

async function fileItem(doc: vscode.TextDocument, scenarios: number): Promise<vscode.TestItem> {
    return waitFor(
        () => {
            const item = api.scenarioTests.controller.items.get(doc.uri.toString());
            return item && item.children.size === scenarios && item;
        },
        { timeout: 60_000, message: `the scenarios of ${vscode.workspace.asRelativePath(doc.uri)} in the test controller` }
    );
}

async function run(...include: vscode.TestItem[]) {
    const source = new vscode.CancellationTokenSource();
    try {
        return await api.scenarioTests.run(new vscode.TestRunRequest(include.length > 0 ? include : undefined), source.token);
    } finally {
        source.dispose();
    }
}

suite('scenarios in the Test Explorer', () => {
    suiteSetup(async () => {
        api = (await extensionUnderTest(EXTENSION_ID)).exports as KafkaTopologyApi;
        assert.ok(api?.scenarioTests, 'activate returns the scenario tests');
    });

    test('each scenario is a test and each expect a sub-test, at its line', async () => {
        const doc = await openWorkspaceFile('broken-cluster.kafka');
        const file = await fileItem(doc, 1);
        const [scenario] = children(file);
        assert.equal(scenario.label, 'broker-one-fails');
        assert.equal(scenario.range?.start.line, lineOf(doc, 'scenario broker-one-fails'));
        assert.deepEqual(children(scenario).map((c) => [c.label, c.range?.start.line]), [
            ['expect audit writable', lineOf(doc, 'expect audit writable')],
            ['expect no data-loss', lineOf(doc, 'expect no data-loss')]
        ]);
    });

    test('a run fails the expectation that does not hold, at its line, with what was observed', async () => {
        const doc = await openWorkspaceFile('broken-cluster.kafka');
        const [scenario] = children(await fileItem(doc, 1));
        const [writable, noDataLoss] = children(scenario);
        const outcomes = await run(scenario);
        assert.equal(outcomes.get(writable.id)?.state, 'failed');
        assert.match(outcomes.get(writable.id)!.messages[0], /^expect audit writable failed: .*audit/);
        assert.equal(outcomes.get(noDataLoss.id)?.state, 'passed');
        assert.equal(outcomes.get(scenario.id)?.state, 'failed');
        assert.match(outcomes.get(scenario.id)!.messages[0], /^1 of 2 expectations failed: expect audit writable/);

        // One expectation alone: the scenario runs, only that expectation is reported.
        const alone = await run(noDataLoss);
        assert.deepEqual([...alone.keys()].sort(), [noDataLoss.id, scenario.id].sort());
        assert.equal(alone.get(noDataLoss.id)?.state, 'passed');
    });

    test("the order platform's drills pass, every expectation with them", async () => {
        const doc = await openWorkspaceFile('order-platform.kafka');
        const file = await fileItem(doc, 3);
        const outcomes = await run(file);
        for (const scenario of children(file)) {
            assert.equal(outcomes.get(scenario.id)?.state, 'passed', `${scenario.label}: ${outcomes.get(scenario.id)?.messages.join('; ')}`);
            for (const e of children(scenario)) assert.equal(outcomes.get(e.id)?.state, 'passed', `${scenario.label} / ${e.label}`);
        }
        assert.equal(children(children(file)[0]).length, 6);
    });

    test('an edit of the file updates its tests; a closed file is found when the Testing view asks', async () => {
        // A copy outside the workspace: the browser VS Code auto-saves, and the samples must stay as they are.
        const folder = vscode.workspace.workspaceFolders![0].uri;
        const copy = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'scenario-tests-')), 'drill.kafka'));
        await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'order-platform.kafka')));
        const doc = await vscode.workspace.openTextDocument(copy);
        const editor = await vscode.window.showTextDocument(doc);
        const file = await fileItem(doc, 3);
        const line = lineOf(doc, 'expect no quorum');
        await editor.edit((e) => e.insert(new vscode.Position(line + 1, 0), '        expect order-created writable\n'));
        const scenario = children(file)[1];
        await waitFor(() => scenario.children.size === 3, { message: 'the new expectation as a sub-test' });
        const outcomes = await run(scenario);
        const added = children(scenario)[1];
        assert.equal(added.label, 'expect order-created writable');
        assert.equal(added.range?.start.line, line + 1);
        assert.equal(outcomes.get(added.id)?.state, 'failed');
        await editor.edit((e) => e.delete(new vscode.Range(line + 1, 0, line + 2, 0)));
        await waitFor(() => children(file)[1].children.size === 2, { message: 'the tests follow the edit back' });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(copy);

        await api.scenarioTests.discoverWorkspace();
        const found = api.scenarioTests.controller.items.get(vscode.Uri.joinPath(folder, 'multi-az-production.kafka').toString());
        assert.ok(found && found.children.size >= 5, 'multi-az-production.kafka and its scenarios');
    });

    test('"Open in Failover View at This Step" opens the view of the cluster', async () => {
        const doc = await openWorkspaceFile('broken-cluster.kafka');
        const [scenario] = children(await fileItem(doc, 1));
        await vscode.commands.executeCommand('kafkaTopology.openScenarioAtStep', { test: children(scenario)[0] });
        await waitFor(
            () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Failover: '))),
            { timeout: 30_000, message: 'a failover view tab' }
        );
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
});
