// The failover commands: "Kafka Topology: Simulate Failover" (palette, editor
// title, editor context menu, the cluster code lens) and "Run Scenario" (the
// scenario code lens), plus the serializer that restores failover panels.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { ClustersRequest, RUN_SCENARIO_COMMAND, SIMULATE_FAILOVER_COMMAND, type ClusterRef, type ClusterSummary, type RunScenarioArgs } from '../language-server/protocol.js';
import { LANGUAGE_ID } from './language-client.js';
import { FailoverPanel, type FailoverPanelContext } from './webview/failover-panel.js';
import type { WebviewState } from './webview/messages.js';

/** What the code lenses pass; editor menus pass the file's Uri; the palette passes nothing. */
type CommandArgument = Partial<RunScenarioArgs> | vscode.Uri | undefined;

export function registerFailoverCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output?: vscode.LogOutputChannel): void {
    const panels: FailoverPanelContext = { extensionUri: context.extensionUri, client, output };
    const clustersOf = async (uri: string): Promise<readonly ClusterSummary[]> => {
        const c = client();
        if (!c) throw new Error(vscode.l10n.t('The Kafka Topology language server is not running.'));
        return (await c.sendRequest(ClustersRequest, { uri })).clusters;
    };
    context.subscriptions.push(
        vscode.commands.registerCommand(SIMULATE_FAILOVER_COMMAND, (arg?: CommandArgument) =>
            guarded(async () => {
                const ref = await resolveCluster(arg, clustersOf);
                if (ref) await FailoverPanel.createOrShow(panels, ref);
            })
        ),
        vscode.commands.registerCommand(RUN_SCENARIO_COMMAND, (arg?: CommandArgument) =>
            guarded(async () => {
                const target = await resolveScenario(arg, clustersOf);
                if (target) await FailoverPanel.createOrShow(panels, target, target.scenario);
            })
        ),
        vscode.window.registerWebviewPanelSerializer(FailoverPanel.viewType, {
            async deserializeWebviewPanel(webview: vscode.WebviewPanel, state: unknown) {
                const saved = (state as WebviewState | undefined)?.panel;
                if (saved && typeof saved.uri === 'string' && typeof saved.cluster === 'string') FailoverPanel.revive(webview, panels, saved);
                else webview.dispose();
            }
        })
    );
}

async function guarded(action: () => Promise<void>): Promise<void> {
    try {
        await action();
    } catch (e) {
        void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    }
}

/** The file the command is about: the argument's, else the active `.kafka` editor's, else the focused failover panel's. */
function fileOf(arg: CommandArgument): string | undefined {
    if (arg instanceof vscode.Uri) return arg.toString();
    if (arg?.uri) return arg.uri;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri.toString();
    return FailoverPanel.active()?.clusterRef.uri;
}

/** The cluster the argument names; from the palette while a failover panel has the focus, that panel's. */
function clusterOf(arg: CommandArgument): string | undefined {
    if (arg instanceof vscode.Uri) return undefined;
    if (arg?.cluster) return arg.cluster;
    return arg === undefined && !vscode.window.activeTextEditor ? FailoverPanel.active()?.clusterRef.cluster : undefined;
}

async function resolveCluster(arg: CommandArgument, clustersOf: (uri: string) => Promise<readonly ClusterSummary[]>): Promise<ClusterRef | undefined> {
    const uri = fileOf(arg);
    if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .kafka topology file to simulate failover.'));
        return undefined;
    }
    const cluster = clusterOf(arg);
    if (cluster) return { uri, cluster };
    const clusters = await clustersOf(uri);
    if (clusters.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file declares no cluster to simulate.'));
        return undefined;
    }
    if (clusters.length === 1) return { uri, cluster: clusters[0].name };
    const picked = await vscode.window.showQuickPick(
        clusters.map((c) => ({ label: c.name, description: vscode.l10n.t('line {0}', c.line) })),
        { title: vscode.l10n.t('Simulate failover'), placeHolder: vscode.l10n.t('Which cluster?') }
    );
    return picked ? { uri, cluster: picked.label } : undefined;
}

async function resolveScenario(
    arg: CommandArgument,
    clustersOf: (uri: string) => Promise<readonly ClusterSummary[]>
): Promise<RunScenarioArgs | undefined> {
    const uri = fileOf(arg);
    if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .kafka topology file to run one of its scenarios.'));
        return undefined;
    }
    const cluster = clusterOf(arg);
    if (cluster && !(arg instanceof vscode.Uri) && arg?.scenario) return { uri, cluster, scenario: arg.scenario };
    const clusters = (await clustersOf(uri)).filter((c) => cluster === undefined || c.name === cluster);
    const choices = clusters.flatMap((c) => c.scenarios.map((s) => ({ label: s.name, description: c.name, detail: vscode.l10n.t('line {0}', s.line), cluster: c.name })));
    if (choices.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file has no scenario.'));
        return undefined;
    }
    const picked = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Run scenario'), placeHolder: vscode.l10n.t('Which scenario?') });
    return picked ? { uri, cluster: picked.cluster, scenario: picked.label } : undefined;
}
