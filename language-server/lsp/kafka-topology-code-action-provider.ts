import { EmptyFileSystem, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { ChangeSafety } from '../change-safety/change-safety.js';
import { createKafkaTopologyServices, type KafkaTopologyServices } from '../kafka-topology-module.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';
import { localize } from '../messages/index.js';
import type { LocaleService } from '../messages/locale-service.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import type { FixableCode, FixData } from '../validation/fix-data.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { didYouMeanFix, removeEarlierPropertyFix, removeStepFix } from './quick-fixes/cleanup-fixes.js';
import { acksAllFix, evenAssignorFixes, idleConsumersFix, protocolAssignorFix, recordKeyFix } from './quick-fixes/client-fixes.js';
import { noBrokersFix, quorumEvenFixes, quorumTooSmallFixes } from './quick-fixes/cluster-fixes.js';
import { FixChecker } from './quick-fixes/fix-check.js';
import type { FixBuilder, QuickFix } from './quick-fixes/quick-fix.js';
import { pinAssignmentFix } from './quick-fixes/placement-fixes.js';
import { releaseFix } from './quick-fixes/release-fixes.js';
import { configValueFix, removeConfigEntryFix, setPropertyFix, totalOrderFixes, unknownConfigFix } from './quick-fixes/topic-fixes.js';

/** The quick fix of every rule RULES.md marks with one; each reads the data its diagnostic carries (typed per code: fix-data.ts). */
const FIXES: { readonly [C in FixableCode]: FixBuilder<FixData[C]> } = {
    [IssueCodes.QuorumEven]: quorumEvenFixes,
    [IssueCodes.QuorumTooSmall]: quorumTooSmallFixes,
    [IssueCodes.UnsupportedInVersion]: releaseFix,
    [IssueCodes.NoBrokers]: noBrokersFix,
    [IssueCodes.InvalidPartitions]: setPropertyFix,
    [IssueCodes.InvalidReplicationFactor]: setPropertyFix,
    [IssueCodes.ReplicationFactorExceedsBrokers]: setPropertyFix,
    [IssueCodes.ReplicationFactorTooLow]: setPropertyFix,
    [IssueCodes.InvalidMinInsync]: setPropertyFix,
    [IssueCodes.MinInsyncExceedsReplicationFactor]: setPropertyFix,
    [IssueCodes.MinInsyncEqualsReplicationFactor]: setPropertyFix,
    [IssueCodes.MinInsyncTooLow]: setPropertyFix,
    [IssueCodes.TotalOrderNeedsOnePartition]: totalOrderFixes,
    [IssueCodes.UnknownConfig]: unknownConfigFix,
    [IssueCodes.ConfigShadowsProperty]: removeConfigEntryFix,
    [IssueCodes.UncleanElectionEnabled]: configValueFix,
    [IssueCodes.UnresolvedReference]: didYouMeanFix,
    [IssueCodes.AcksMayLoseData]: acksAllFix,
    [IssueCodes.InvalidAcks]: acksAllFix,
    [IssueCodes.IdempotentNeedsAcksAll]: acksAllFix,
    [IssueCodes.MissingRecordKey]: recordKeyFix,
    [IssueCodes.IdleConsumers]: idleConsumersFix,
    [IssueCodes.UnevenConsumerLoad]: evenAssignorFixes,
    [IssueCodes.AssignorProtocolMismatch]: protocolAssignorFix,
    [IssueCodes.DuplicateProperty]: removeEarlierPropertyFix,
    [IssueCodes.ScenarioNoEffect]: removeStepFix,
    [IssueCodes.ExpectationDependsOnPlacement]: pinAssignmentFix
};

export const FIXABLE_CODES = Object.keys(FIXES) as FixableCode[];

const isFixable = (code: unknown): code is FixableCode => typeof code === 'string' && Object.prototype.hasOwnProperty.call(FIXES, code);

/** The fixes of `code`, built from the data its diagnostic carries. */
function buildFixes<C extends FixableCode>(code: C, context: Parameters<FixBuilder<FixData[C]>>[0]): QuickFix[] {
    const builder: FixBuilder<FixData[C]> = FIXES[code];
    return builder(context);
}

/**
 * Quick fixes for every fixable rule (RULES.md), from the fix data the
 * diagnostic carries. A fix is offered only when applying it removes its
 * diagnostic and adds no new problem (FixChecker re-validates a throwaway copy).
 */
export class KafkaTopologyCodeActionProvider implements CodeActionProvider {
    protected readonly locale: LocaleService;
    protected readonly facts: ClusterFactsProvider;
    protected readonly changeSafety: ChangeSafety;
    protected readonly checker: FixChecker;
    protected readonly documents: TopologyDocuments;

    constructor(services: KafkaTopologyServices) {
        this.changeSafety = services.kafka.ChangeSafety;
        this.locale = services.kafka.Locale;
        this.facts = services.kafka.ClusterFacts;
        this.checker = new FixChecker(services, () => createKafkaTopologyServices(EmptyFileSystem));
        this.documents = services.kafka.TopologyDocuments;
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction> | undefined> {
        if (!this.documents.isTopology(document)) return [];
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) actions.push(...(await this.fixesFor(document, diagnostic)));
        return [...actions, ...this.changeSafety.codeActions(document, params)];
    }

    protected async fixesFor(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
        // The data comes back from the client as DiagnosticReporter wrote it: the code and that code's fix data.
        const data = (diagnostic.data ?? {}) as { readonly code?: unknown };
        const code = data.code ?? diagnostic.code;
        if (!isFixable(code)) return [];
        const actions: CodeAction[] = [];
        for (const fix of buildFixes(code, { document, diagnostic, data: data as Partial<FixData[typeof code]>, facts: this.facts })) {
            if (fix.edits.length === 0 || !(await this.checker.isImprovement(document, diagnostic, fix.edits))) continue;
            actions.push({
                title: localize(fix.title, fix.args ?? {}, this.locale.current),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: fix.preferred,
                edit: { changes: { [document.textDocument.uri]: [...fix.edits] } }
            });
        }
        // The preferred fix may have been withheld: then the first one left is preferred.
        if (actions.length > 0 && !actions.some((a) => a.isPreferred)) actions[0].isPreferred = true;
        return actions;
    }
}
