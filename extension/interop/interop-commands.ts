// The interop commands (INTEROP.md): import a live cluster, compare the open
// file with one, export the open file, show its change plan against the git
// base. Network work runs with a cancellable progress notification; every
// result opens in an editor.
import * as vscode from 'vscode';
import { planChanges } from '../../interop/change-plan.js';
import { diffTopology, driftLine } from '../../interop/drift.js';
import { EXPORT_FORMATS, exportTopology, type ExportFormat } from '../../interop/export-topology.js';
import { readGitBase } from '../../interop/git-base.js';
import { ImportError, readCluster, type ReadOptions } from '../../interop/import-from-cluster.js';
import { renderImport } from '../../interop/import-render.js';
import type { ClusterDescription } from '../../interop/cluster-description.js';
import type { Topology } from '../../interop/topology.js';
import { pickConnection } from './connection-profiles.js';
import { formatted, topologiesOf } from './interop-engine.js';

export const INTEROP_COMMANDS = {
    importFromCluster: 'kafkaTopology.importFromCluster',
    compareWithCluster: 'kafkaTopology.compareWithCluster',
    exportTopology: 'kafkaTopology.exportTopology',
    showChangePlan: 'kafkaTopology.showChangePlan'
} as const;

const LANGUAGE_OF: Readonly<Record<ExportFormat, string>> = { 'kafka-topics': 'shellscript', reassignment: 'json', terraform: 'terraform', strimzi: 'yaml' };

export function registerInteropCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(INTEROP_COMMANDS.importFromCluster, () => importFromCluster(context)),
        vscode.commands.registerCommand(INTEROP_COMMANDS.compareWithCluster, () => compareWithCluster(context)),
        vscode.commands.registerCommand(INTEROP_COMMANDS.exportTopology, (format?: ExportFormat) => exportOpenFile(format)),
        vscode.commands.registerCommand(INTEROP_COMMANDS.showChangePlan, () => showChangePlan())
    );
}

async function open(content: string, language: string): Promise<vscode.TextEditor> {
    let document: vscode.TextDocument;
    try {
        document = await vscode.workspace.openTextDocument({ content, language });
    } catch {
        // A language no installed extension knows (terraform): plain text then.
        document = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
    }
    return vscode.window.showTextDocument(document);
}

/** Reads the cluster under a cancellable progress notification; undefined when cancelled or failed (said to the user). */
async function readWithProgress(options: ReadOptions, title: string): Promise<ClusterDescription | undefined> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        try {
            return await readCluster({ ...options, signal: abort.signal, onStep: (step) => progress.report({ message: step }) });
        } catch (error) {
            if (!token.isCancellationRequested) {
                void vscode.window.showErrorMessage(vscode.l10n.t('Reading the Kafka cluster failed: {0}', error instanceof ImportError ? error.message : String(error)));
            }
            return undefined;
        }
    });
}

async function importFromCluster(context: vscode.ExtensionContext): Promise<void> {
    const connection = await pickConnection(context);
    if (!connection) return;
    const live = await readWithProgress(connection.options, vscode.l10n.t('Importing from {0}', connection.profile.name));
    if (!live) return;
    const name = connection.profile.name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z_]+/, '') || 'kafka';
    await open(await formatted(renderImport(live, { cluster: name, bootstrap: connection.options.bootstrap.join(',') })), 'kafka-topology');
}

/** The active .kafka editor's text and one of its clusters (asked when several). */
async function activeTopology(): Promise<{ editor: vscode.TextEditor; topology: Topology; all: readonly Topology[] } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'kafka-topology') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .kafka topology file first.'));
        return undefined;
    }
    const read = await topologiesOf(editor.document.getText());
    if (typeof read === 'string') {
        void vscode.window.showErrorMessage(vscode.l10n.t('The file has a syntax error (line {0}); fix it first.', read.split(':')[0]));
        return undefined;
    }
    if (read.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('This file declares no cluster.'));
        return undefined;
    }
    const name = read.length === 1 ? read[0].cluster : await vscode.window.showQuickPick(read.map((t) => t.cluster), { placeHolder: vscode.l10n.t('Which cluster?') });
    const topology = read.find((t) => t.cluster === name);
    return topology ? { editor, topology, all: read } : undefined;
}

async function compareWithCluster(context: vscode.ExtensionContext): Promise<void> {
    const active = await activeTopology();
    if (!active) return;
    const connection = await pickConnection(context);
    if (!connection) return;
    const live = await readWithProgress(connection.options, vscode.l10n.t('Comparing with {0}', connection.profile.name));
    if (!live) return;
    const drift = diffTopology(active.topology, live);
    const header = vscode.l10n.t('Drift between {0} ({1}) and {2} at {3}: {4} difference(s).', active.editor.document.fileName, active.topology.cluster, connection.profile.name, live.readAt, drift.length);
    await open([`// ${header}`, ...drift.map((d) => `// ${driftLine(d)}`), JSON.stringify(drift, null, 2), ''].join('\n'), 'jsonc');
}

async function exportOpenFile(format?: ExportFormat): Promise<void> {
    const active = await activeTopology();
    if (!active) return;
    const chosen = format ?? ((await vscode.window.showQuickPick([...EXPORT_FORMATS], { placeHolder: vscode.l10n.t('Export to which format?') })) as ExportFormat | undefined);
    if (!chosen) return;
    await open(exportTopology(active.topology, chosen), LANGUAGE_OF[chosen]);
}

async function showChangePlan(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'kafka-topology' || editor.document.uri.scheme !== 'file') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a saved .kafka topology file in a git repository first.'));
        return;
    }
    const configured = vscode.workspace.getConfiguration('kafkaTopology').get<string>('changeSafety.base') ?? 'HEAD';
    const base = configured === 'off' ? 'HEAD' : configured;
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Change plan against {0}', base) }, async () => {
        const old = await readGitBase(editor.document.uri.fsPath, base);
        if (old.kind === 'error') return vscode.l10n.t('Cannot read the file at {0}: {1}', base, old.reason);
        const before = old.kind === 'text' ? await topologiesOf(old.text) : [];
        const after = await topologiesOf(editor.document.getText());
        const syntaxError = typeof after === 'string' ? after : typeof before === 'string' ? before : undefined;
        if (syntaxError !== undefined || typeof before === 'string' || typeof after === 'string') {
            return vscode.l10n.t('The file has a syntax error (line {0}); fix it first.', (syntaxError ?? '').split(':')[0]);
        }
        return planChanges(before, after, vscode.env.language.startsWith('ko') ? 'ko' : 'en');
    });
    if (typeof result === 'string') {
        void vscode.window.showErrorMessage(result);
        return;
    }
    const lines = [
        `# ${vscode.l10n.t('Change plan: {0} against {1}', vscode.workspace.asRelativePath(editor.document.uri), base)}`,
        '',
        ...(result.length === 0 ? [vscode.l10n.t('No change that affects a running cluster.')] : result.map((c) => `- **${c.severity}** \`${c.code}\` ${c.cluster}/${c.topic}: ${c.message}`)),
        ''
    ];
    await open(lines.join('\n'), 'markdown');
}
