import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test, vi } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Model } from '../../language-server/generated/ast.js';
import { createKafkaTopologyServices } from '../../language-server/kafka-topology-module.js';

const BASE = `cluster shop {
    broker 1
    broker 2
    broker 3
    topic orders { partitions 3 replication-factor 2 ordering key id }
    topic audit { partitions 1 }
}
`;
const EDITED = `cluster shop {
    broker 1
    broker 2
    broker 3
    topic orders { partitions 4 replication-factor 3 ordering key id }
}
`;

const gitIn = (repo: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });

function repoWith(text: string): string {
    const repo = mkdtempSync(join(tmpdir(), 'change-safety-'));
    const git = (...args: string[]) => gitIn(repo, ...args);
    git('init', '-q');
    writeFileSync(join(repo, 'shop.kafka'), text);
    git('add', 'shop.kafka');
    git('commit', '-qm', 'base');
    return join(repo, 'shop.kafka');
}

async function diagnose(path: string, text: string, settings: object = {}) {
    const services = createKafkaTopologyServices(NodeFileSystem);
    services.KafkaTopology.kafka.Settings.update(settings);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { services, document, diagnostics: document.diagnostics ?? [] };
}

const CODES = new Set(['partitions-decreased', 'keyed-topic-repartitioned', 'replication-factor-changed', 'assignment-changed', 'topic-deleted', 'retention-shortened', 'cleanup-policy-changed', 'min-insync-raised', 'topic-renamed']);
const safety = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => CODES.has(String(d.code))).map((d) => `${d.range.start.line + 1}:${d.code}`);

describe('change-safety diagnostics against the git base', () => {
    test('the plan codes appear on the changed topics, a deleted topic on the cluster', async () => {
        const path = repoWith(BASE);
        const { diagnostics } = await diagnose(path, EDITED);
        expect(safety(diagnostics).sort()).toEqual(['1:topic-deleted', '5:keyed-topic-repartitioned', '5:replication-factor-changed']);
        const moved = diagnostics.find((d) => d.code === 'keyed-topic-repartitioned')!;
        expect(moved.message).toContain('75 %');
        expect(moved.message).toContain('(HEAD)');
        expect(moved.severity).toBe(2);
    });

    test('unchanged files, `off`, and files outside git get none', async () => {
        const path = repoWith(BASE);
        expect(safety((await diagnose(path, BASE)).diagnostics)).toEqual([]);
        expect(safety((await diagnose(path, EDITED, { changeSafety: { base: 'off' } })).diagnostics)).toEqual([]);
        const outside = join(mkdtempSync(join(tmpdir(), 'no-git-')), 'x.kafka');
        writeFileSync(outside, EDITED);
        expect(safety((await diagnose(outside, EDITED)).diagnostics)).toEqual([]);
    });

    test('the RF change offers a code action that writes the reassignment and its rollback beside the file', async () => {
        const path = repoWith(BASE);
        const { services, document, diagnostics } = await diagnose(path, EDITED);
        const rf = diagnostics.find((d) => d.code === 'replication-factor-changed')!;
        const actions = (await services.KafkaTopology.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: rf.range, context: { diagnostics: [rf] }
        })) as CodeAction[];
        const action = actions.find((a) => a.title.startsWith('Export the reassignment'))!;
        expect(action).toBeDefined();
        const changes = action.edit!.documentChanges!;
        const created = changes.filter((c) => 'kind' in c).map((c) => (c as { uri: string }).uri);
        expect(created).toEqual([URI.file(path.replace(/\.kafka$/, '.shop.reassignment.json')).toString(), URI.file(path.replace(/\.kafka$/, '.shop.rollback.json')).toString()]);
        const [forward, rollback] = changes.filter((c): c is TextDocumentEdit => 'edits' in c).map((c) => JSON.parse(c.edits[0].newText));
        expect(forward.partitions).toHaveLength(3);
        forward.partitions.forEach((p: { partition: number; replicas: number[] }, i: number) => {
            expect(p.replicas).toHaveLength(3);
            expect(p.replicas.slice(0, 2)).toEqual(rollback.partitions[i].replicas);
        });
    });

    test('a commit moves the base: the next check after a few seconds compares with the new commit', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        try {
            const path = repoWith(BASE);
            const { services, document } = await diagnose(path, EDITED);
            expect(safety(document.diagnostics ?? []).length).toBeGreaterThan(0);
            writeFileSync(path, EDITED);
            gitIn(join(path, '..'), 'commit', '-qam', 'edited');
            const recheck = async () => {
                await services.shared.workspace.DocumentBuilder.update([document.uri], []);
                return safety(document.diagnostics ?? []);
            };
            // Within the few seconds a revision is trusted, the base is still the old commit's file.
            expect((await recheck()).length).toBeGreaterThan(0);
            vi.setSystemTime(Date.now() + 6_000);
            expect(await recheck()).toEqual([]);
        } finally {
            vi.useRealTimers();
        }
    });
});
