// INTEROP.md §3 in the editor: a file that differs from its version at the git
// base (`kafkaTopology.changeSafety.base`, default HEAD; `off` disables) gets
// the change plan's codes as diagnostics, and the RF / assignment changes a
// code action that writes the reassignment and its rollback beside the file.
import { dirname } from 'node:path';
import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import { planChanges, type PlannedChange } from '../../interop/change-plan.js';
import { topologyOf } from '../../interop/file-topology.js';
import { readGitBase, resolveGitCommit } from '../../interop/git-base.js';
import { planReassignment, reassignmentJson } from '../../interop/reassignment-plan.js';
import type { Topology } from '../../interop/topology.js';
import type { KafkaTopologyAstType, Model } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { catalogue } from '../messages/index.js';
import type { LocaleService } from '../messages/locale-service.js';
import { ClusterFacts, type ClusterFactsProvider } from '../model/cluster-facts.js';
import type { KafkaTopologySettings } from '../settings/kafka-topology-settings.js';
import { LruMap } from '../util/lru-map.js';

/** How long the commit a base names is trusted: it changes only with a commit or checkout. */
const REVISION_TTL_MS = 5_000;
/** Base files kept parsed (by file and commit: a file's text at a commit never changes). */
const BASES_KEPT = 512;
const REASSIGNMENT_CODES = new Set(['replication-factor-changed', 'assignment-changed']);

export interface ChangeSafetyData {
    readonly code: string;
    readonly changeSafety: { readonly base: string; readonly cluster: string };
}

interface RevisionEntry {
    readonly at: number;
    readonly commit: Promise<string | undefined>;
}

export class ChangeSafety {
    private readonly settings: KafkaTopologySettings;
    private readonly locale: LocaleService;
    private readonly facts: ClusterFactsProvider;
    private readonly services: KafkaTopologyCoreServices;
    /** Per folder and base: one `git rev-parse` per folder every few seconds, however many files it holds. */
    private readonly revisions = new Map<string, RevisionEntry>();
    private readonly bases = new LruMap<string, Promise<readonly Topology[] | undefined>>(BASES_KEPT);
    /** The last plan of each document, for its code actions. */
    private readonly plans = new Map<string, { readonly base: string; readonly before: readonly Topology[]; readonly after: readonly Topology[] }>();

    constructor(services: KafkaTopologyCoreServices) {
        this.services = services;
        this.settings = services.kafka.Settings;
        this.locale = services.kafka.Locale;
        this.facts = services.kafka.ClusterFacts;
    }

    async check(model: Model, accept: ValidationAcceptor): Promise<void> {
        const base = this.settings.current.changeSafetyBase;
        const document = AstUtils.getDocument(model);
        const key = document.uri.toString();
        if (base === 'off' || document.uri.scheme !== 'file') {
            this.plans.delete(key);
            return;
        }
        const before = await this.baseTopologies(document.uri, base);
        if (!before) return;
        const after = model.clusters.filter((c) => c.name !== undefined).map((c) => topologyOf(this.facts.get(c)));
        this.plans.set(key, { base, before, after });
        for (const change of planChanges(before, after, this.locale.current)) this.report(model, change, base, accept);
    }

    private report(model: Model, change: PlannedChange, base: string, accept: ValidationAcceptor): void {
        const cluster = model.clusters.find((c) => c.name === change.cluster);
        if (!cluster) return;
        const topic = change.code === 'topic-deleted' ? undefined : cluster.topics.find((t) => t.name === change.topic);
        const data: ChangeSafetyData = { code: change.code, changeSafety: { base, cluster: change.cluster } };
        const message = `${change.message} (${base})`;
        if (topic) accept(change.severity, message, { node: topic, property: 'name', code: change.code, data });
        else accept(change.severity, message, { node: cluster, property: 'name', code: change.code, data });
    }

    private async baseTopologies(uri: URI, base: string): Promise<readonly Topology[] | undefined> {
        const commit = await this.revision(dirname(uri.fsPath), base);
        if (!commit) return undefined;
        const key = `${uri.toString()}\n${commit}`;
        const cached = this.bases.get(key);
        if (cached) return cached;
        const topologies = readGitBase(uri.fsPath, commit).then((result) => (result.kind === 'text' ? this.parseBase(result.text, uri) : undefined));
        this.bases.set(key, topologies);
        return topologies;
    }

    private revision(folder: string, base: string): Promise<string | undefined> {
        const key = `${folder}\n${base}`;
        const cached = this.revisions.get(key);
        if (cached && Date.now() - cached.at < REVISION_TTL_MS) return cached.commit;
        const commit = resolveGitCommit(folder, base);
        this.revisions.set(key, { at: Date.now(), commit });
        return commit;
    }

    /** The base is parsed, not linked: its topics, brokers and configs are what the plan compares. */
    private parseBase(text: string, uri: URI): readonly Topology[] | undefined {
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri.with({ scheme: 'kafka-topology-base' }));
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return undefined;
        return document.parseResult.value.clusters.filter((c) => c.name !== undefined).map((c) => topologyOf(new ClusterFacts(c), { linked: false }));
    }

    codeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const plan = this.plans.get(document.uri.toString());
        if (!plan) return [];
        const actions: CodeAction[] = [];
        const done = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as Partial<ChangeSafetyData> | undefined;
            if (!data?.changeSafety || !REASSIGNMENT_CODES.has(data.code ?? '') || done.has(data.changeSafety.cluster)) continue;
            done.add(data.changeSafety.cluster);
            const action = this.exportAction(document, plan, data.changeSafety.cluster, diagnostic);
            if (action) actions.push(action);
        }
        return actions;
    }

    private exportAction(document: LangiumDocument, plan: { base: string; before: readonly Topology[]; after: readonly Topology[] }, cluster: string, diagnostic: Diagnostic): CodeAction | undefined {
        const before = plan.before.find((t) => t.cluster === cluster);
        const after = plan.after.find((t) => t.cluster === cluster);
        if (!before || !after) return undefined;
        const { reassignment, rollback } = planReassignment(before, after);
        if (reassignment.length === 0) return undefined;
        const folder = Utils.dirname(document.uri);
        const stem = Utils.basename(document.uri).replace(/\.kafka$/, '');
        const file = (suffix: string, text: string) => {
            const uri = Utils.joinPath(folder, `${stem}.${cluster}.${suffix}.json`).toString();
            return [
                { kind: 'create' as const, uri, options: { overwrite: true } },
                { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }
            ];
        };
        return {
            title: catalogue(this.locale.current).changeSafety.exportReassignment(plan.base),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { documentChanges: [...file('reassignment', reassignmentJson(reassignment)), ...file('rollback', reassignmentJson(rollback))] }
        };
    }
}

/** Registers the change-safety check on every document's root. */
export function registerChangeSafety(services: KafkaTopologyCoreServices): void {
    const changeSafety = services.kafka.ChangeSafety;
    services.validation.ValidationRegistry.register<KafkaTopologyAstType>({ Model: (model: Model, accept: ValidationAcceptor) => changeSafety.check(model, accept) }, changeSafety);
}
