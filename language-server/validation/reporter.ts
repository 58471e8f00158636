import { AstUtils, type AstNode, type Properties, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isCluster } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { localize, type MessageArgs } from '../messages/index.js';
import type { LocaleService } from '../messages/locale-service.js';
import type { ClusterFactsProvider } from '../model/cluster-facts.js';
import type { FixDataOf } from './fix-data.js';
import { severityFor, type IssueCode } from './issue-codes.js';

/**
 * A diagnostic of `code` on `node` (or its `property`): the compiler checks the
 * property against the node type (as Langium's acceptor does) and the fix data
 * against the code (fix-data.ts).
 */
export interface Problem<C extends IssueCode = IssueCode, N extends AstNode = AstNode> {
    readonly code: C;
    /** A message variant (`code/variant` in the catalogues). */
    readonly variant?: string;
    readonly node: N;
    readonly property?: Properties<N>;
    readonly index?: number;
    readonly keyword?: string;
    readonly range?: Range;
    readonly args?: MessageArgs;
    /** What the quick fix needs (fix-data.ts), so the code action never recomputes it. */
    readonly fix?: FixDataOf<C>;
    /** A milder severity than the code's own where the rule says so (e.g. `rack-incomplete` under `placement striped`). */
    readonly softenedTo?: 'warning' | 'info' | 'hint';
}

const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** Turns a problem into a diagnostic: severity from the cluster's profile, message in the user's language. */
export class DiagnosticReporter {
    protected readonly locale: LocaleService;
    protected readonly facts: ClusterFactsProvider;

    constructor(services: KafkaTopologyCoreServices) {
        this.locale = services.kafka.Locale;
        this.facts = services.kafka.ClusterFacts;
    }

    report<C extends IssueCode, N extends AstNode>(accept: ValidationAcceptor, problem: Problem<C, N>): void {
        const cluster = AstUtils.getContainerOfType(problem.node, isCluster);
        const profile = cluster ? this.facts.get(cluster).profile : 'production';
        const defined = severityFor(problem.code, profile);
        if (!defined) return;
        const severity = problem.softenedTo && rank[problem.softenedTo] > rank[defined] ? problem.softenedTo : defined;
        const key = problem.variant ? `${problem.code}/${problem.variant}` : problem.code;
        const message = localize(key, problem.args ?? {}, this.locale.current);
        accept(severity, message, {
            node: problem.node,
            property: problem.property,
            index: problem.index,
            keyword: problem.keyword,
            range: problem.range,
            code: problem.code,
            data: { code: problem.code, ...problem.fix }
        });
    }
}

export { quote } from '../messages/wording.js';
