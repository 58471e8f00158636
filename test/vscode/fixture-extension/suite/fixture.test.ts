import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { expectMarkedDiagnostics, extensionUnderTest, openWorkspaceFile, screenshot } from '../../suite/helpers';

suite('harness self-test (fixture extension)', () => {
    suiteSetup(async () => {
        await extensionUnderTest('kafka-topology-test.kafka-topology-fixture');
    });

    test('the extension host runs this suite with the real vscode API', () => {
        assert.ok(vscode.version.startsWith('1.'), vscode.version);
        assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    });

    test('a .kafka file gets the fixture diagnostic its marker expects', async () => {
        const doc = await openWorkspaceFile('fixture.kafka');
        assert.equal(doc.languageId, 'kafka-topology');
        await expectMarkedDiagnostics(doc);
        const shot = await screenshot('self-test-suite-diagnostics');
        if (process.env.EXT_TEST_HARNESS_URL) assert.ok(shot?.endsWith('.png'), `screenshot path: ${shot}`);
    });
});
