import {
    Cancellation, AstUtils, DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ScopeProvider, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { isCluster, isMemberTarget } from '../generated/ast.js';
import type { TopologyDocuments } from '../syntax/topology-documents.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { localize } from '../messages/index.js';
import type { LocaleService } from '../messages/locale-service.js';
import { nearest } from '../util/did-you-mean.js';
import { pushChildrenReversed, treeNodes } from '../util/ast-walk.js';
import { BlockDiagnostics } from './block-diagnostics.js';
import { capDiagnostics } from './diagnostics-cap.js';
import { IssueCodes } from './issue-codes.js';

/** What an unresolved name was meant to be, by the property that holds the reference. */
const KIND_BY_PROPERTY: Readonly<Record<string, string>> = { topic: 'topic', topics: 'topic', group: 'group', member: 'member' };

/**
 * Langium's built-in diagnostics in this product's terms: lexer and parser
 * errors carry `syntax-error`, unresolved names `unresolved-reference` with a
 * "did you mean" suggestion, and Tools-for-Apache-Kafka files get none at all.
 */
export class KafkaTopologyDocumentValidator extends DefaultDocumentValidator {
    protected readonly locale: LocaleService;
    protected readonly scopeProvider: ScopeProvider;
    protected readonly documents: TopologyDocuments;
    /** Diagnostics of unchanged top-level blocks, kept across edits. */
    readonly blocks: BlockDiagnostics;

    constructor(services: KafkaTopologyCoreServices) {
        super(services);
        this.blocks = new BlockDiagnostics(services);
        this.locale = services.kafka.Locale;
        this.scopeProvider = services.references.ScopeProvider;
        this.documents = services.kafka.TopologyDocuments;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        if (!this.documents.isTopology(document)) return [];
        return capDiagnostics(await super.validateDocument(document, options, cancelToken), this.locale.current);
    }

    /**
     * A cluster-wide rule sees every part of a cluster split over files, but a
     * document reports only problems on its own nodes: the other parts report theirs.
     */
    protected override async validateAstNodes(...[root, options, accept, cancelToken]: Parameters<DefaultDocumentValidator['validateAstNodes']>): Promise<void> {
        const own: ValidationAcceptor = (severity, message, info) => {
            if (AstUtils.findRootNode(info.node) === root) accept(severity, message, info);
        };
        // Langium's walk (DefaultDocumentValidator.validateAstNodes), except that a
        // top-level block is validated as a whole: replayed when kept (block-diagnostics.ts).
        const contexts = new Map<AstNode, number>();
        const checks = this.checksByType(options.categories);
        const token = cancelToken ?? Cancellation.CancellationToken.None;
        // streamAst's order, a kept block's subtree walked only when it is checked again.
        const stack: AstNode[] = [root];
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            // A block checked again may be cancelled before it; kept ones, every 256 (an await each was most of an edit's walk).
            if (visited++ % 256 === 0) await interruptAndCheck(token);
            if (this.blocks.isKept(node)) {
                const cluster = node.$container as Parameters<BlockDiagnostics['contextOf']>[0];
                let context = contexts.get(cluster);
                if (context === undefined) contexts.set(cluster, (context = this.blocks.contextOf(cluster, options.categories)));
                const kept = this.blocks.kept(node, context);
                if (kept) {
                    for (const args of kept) own(...args);
                    continue;
                }
                await interruptAndCheck(token);
                const accepted: Array<Parameters<ValidationAcceptor>> = [];
                await this.validateTree(node, checks, (...args) => {
                    accepted.push(args);
                    own(...args);
                }, token);
                this.blocks.keep(node, context, accepted);
                continue;
            }
            const pending = this.validateNode(node, checks, own, token);
            if (pending) await pending;
            pushChildrenReversed(node, stack);
        }
    }

    /** The checks of each node type, looked up once per validation (the registry builds a stream of them per node). */
    private checksByType(categories: ValidationOptions['categories']): (type: string) => readonly ValidationCheck[] {
        const byType = new Map<string, readonly ValidationCheck[]>();
        return (type) => {
            let checks = byType.get(type);
            if (!checks) byType.set(type, (checks = this.validationRegistry.getChecks(type, categories).toArray()));
            return checks;
        };
    }

    private async validateTree(block: AstNode, checks: (type: string) => readonly ValidationCheck[], accept: ValidationAcceptor, token: CancellationToken): Promise<void> {
        for (const node of treeNodes(block)) {
            const pending = this.validateNode(node, checks, accept, token);
            if (pending) await pending;
        }
    }

    /**
     * Runs a node's checks in order; a promise only when a check returns one (the registry
     * keeps synchronous checks synchronous: kafka-topology-validation-registry.ts).
     */
    private validateNode(node: AstNode, checksOf: (type: string) => readonly ValidationCheck[], accept: ValidationAcceptor, token: CancellationToken): Promise<void> | undefined {
        const checks = checksOf(node.$type);
        for (let i = 0; i < checks.length; i++) {
            const result = checks[i](node, accept, token);
            if (result instanceof Promise) return this.finishChecks(result, checks, i + 1, node, accept, token);
        }
        return undefined;
    }

    private async finishChecks(pending: Promise<void>, checks: readonly ValidationCheck[], from: number, node: AstNode, accept: ValidationAcceptor, token: CancellationToken): Promise<void> {
        await pending;
        for (let i = from; i < checks.length; i++) await checks[i](node, accept, token);
    }

    protected override processLexingErrors(...args: Parameters<DefaultDocumentValidator['processLexingErrors']>): void {
        this.asSyntaxErrors(args[1], () => super.processLexingErrors(...args));
    }

    protected override processParsingErrors(...args: Parameters<DefaultDocumentValidator['processParsingErrors']>): void {
        this.asSyntaxErrors(args[1], () => super.processParsingErrors(...args));
    }

    private asSyntaxErrors(diagnostics: Diagnostic[], produce: () => void): void {
        const from = diagnostics.length;
        produce();
        for (let i = from; i < diagnostics.length; i++) {
            diagnostics[i].code = IssueCodes.SyntaxError;
            diagnostics[i].data = { code: IssueCodes.SyntaxError };
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const locale = this.locale.current;
        // In text order: a reference another file's rule resolved before this document was linked is listed first.
        const failed = document.references
            .flatMap((reference) => (reference.error && reference.$refNode ? [{ info: reference.error.info, refNode: reference.$refNode }] : []))
            .sort((a, b) => a.refNode.offset - b.refNode.offset);
        for (const { info, refNode } of failed) {
            // `member M in G` with an unknown G: the group's error is the one that matters.
            if (isMemberTarget(info.container) && info.property === 'member' && !info.container.group?.ref) continue;
            const name = info.reference.$refText;
            const candidates = this.scopeProvider.getScope(info).getAllElements().map((d) => d.name);
            const suggestion = nearest(name, candidates);
            const cluster = AstUtils.getContainerOfType(info.container, isCluster);
            const group = isMemberTarget(info.container) ? info.container.group?.$refText : undefined;
            const kind = KIND_BY_PROPERTY[info.property] ?? 'topic';
            const variant = kind === 'member' ? (suggestion ? 'member-suggest' : 'member') : suggestion ? 'suggest' : '';
            const message = localize(
                `${IssueCodes.UnresolvedReference}${variant ? '/' + variant : ''}`,
                { kind: { term: kind }, name: `'${name}'`, cluster: `'${cluster?.name ?? ''}'`, group: `'${group ?? ''}'`, suggestion: `'${suggestion ?? ''}'` },
                locale
            );
            diagnostics.push({
                severity: 1,
                range: refNode.range,
                message,
                code: IssueCodes.UnresolvedReference,
                source: this.getSource(),
                data: { code: IssueCodes.UnresolvedReference, name, suggestion }
            });
        }
    }
}
