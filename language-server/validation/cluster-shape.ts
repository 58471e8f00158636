// Brokers, racks and the KRaft quorum: quorum-even, quorum-too-small,
// too-few-brokers, no-brokers, duplicate-broker, rack-incomplete.
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { BrokerRange, Cluster } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { brokerDeclarations, type ClusterFactsProvider } from '../model/cluster-facts.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class ClusterShapeValidator {
    protected readonly facts: ClusterFactsProvider;
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.facts = services.kafka.ClusterFacts;
        this.reporter = services.kafka.Reporter;
    }

    checkBrokersExist(cluster: Cluster, accept: ValidationAcceptor): void {
        // Brokers may be declared in another part of the cluster.
        if (this.facts.get(cluster).parts.some((part) => part.brokers.length > 0 || part.brokerRanges.some((r) => r.from <= r.to))) return;
        this.reporter.report(accept, {
            code: IssueCodes.NoBrokers, node: cluster, property: 'name',
            args: { cluster: quote(cluster.name) },
            fix: { insertBroker: 1 }
        });
    }

    checkBrokerIdsUnique(cluster: Cluster, accept: ValidationAcceptor): void {
        const declarations = brokerDeclarations(this.facts.get(cluster).parts);
        const seen = new Set<number>();
        for (const declaration of declarations) {
            const ids = declaration.$type === 'Broker' ? [declaration.id] : rangeIds(declaration);
            const duplicate = ids.find((id) => seen.has(id));
            ids.forEach((id) => seen.add(id));
            if (duplicate === undefined) continue;
            const args = { id: duplicate, cluster: quote(cluster.name) };
            if (declaration.$type === 'Broker') this.reporter.report(accept, { code: IssueCodes.DuplicateBroker, node: declaration, property: 'id', args });
            else this.reporter.report(accept, { code: IssueCodes.DuplicateBroker, node: declaration, range: rangeHeader(declaration), args });
        }
    }

    checkRacksComplete(cluster: Cluster, accept: ValidationAcceptor): void {
        const brokers = this.facts.get(cluster).brokers;
        const withRack = brokers.filter((b) => b.rack !== undefined).map((b) => b.id);
        const withoutRack = brokers.filter((b) => b.rack === undefined).map((b) => b.id);
        if (withRack.length === 0 || withoutRack.length === 0) return;
        // AdminUtils refuses the cluster; KRaft's striped placer takes the rackless brokers as one more rack.
        const striped = this.facts.get(cluster).placement === 'striped';
        this.reporter.report(accept, {
            code: IssueCodes.RackIncomplete, node: cluster, property: 'name',
            variant: striped ? 'striped' : undefined,
            softenedTo: striped ? 'warning' : undefined,
            args: { withRack: listIds(withRack), withoutRack: listIds(withoutRack) }
        });
    }

    checkQuorum(cluster: Cluster, accept: ValidationAcceptor): void {
        const { voters } = this.facts.get(cluster);
        if (voters.kind === 'controllers' && voters.count < 1) return; // value-out-of-range says it
        const kind = { term: voters.kind };
        const majority = Math.floor(voters.count / 2) + 1;
        const tolerated = Math.max(0, voters.count - majority);
        if (voters.count > 0 && voters.count % 2 === 0) {
            this.reporter.report(accept, {
                code: IssueCodes.QuorumEven, node: cluster, property: 'name',
                args: { voters: voters.count, kind, majority, tolerated, fewer: voters.count - 1, suggestion: `${voters.count - 1} / ${voters.count + 1}` },
                fix: { voterKind: voters.kind, voters: voters.count }
            });
        }
        if (voters.count < 3 && (voters.kind === 'controllers' || voters.count > 0)) {
            this.reporter.report(accept, {
                code: IssueCodes.QuorumTooSmall, node: cluster, property: 'name',
                args: { voters: voters.count, kind, majority },
                fix: { voterKind: voters.kind, voters: voters.count }
            });
        }
    }

    checkEnoughBrokers(cluster: Cluster, accept: ValidationAcceptor): void {
        const count = this.facts.get(cluster).brokers.length;
        if (count === 0 || count >= 3) return;
        this.reporter.report(accept, { code: IssueCodes.TooFewBrokers, node: cluster, property: 'name', args: { brokers: count } });
    }
}

function rangeIds(range: BrokerRange): number[] {
    const ids: number[] = [];
    for (let id = range.from; id <= range.to && ids.length < 10_000; id++) ids.push(id);
    return ids;
}

/** `brokers a..b` without its body, so the diagnostic stays on one line. */
function rangeHeader(range: BrokerRange): Range | undefined {
    const start = range.$cstNode?.range.start;
    const end = GrammarUtils.findNodeForProperty(range.$cstNode, 'to')?.range.end;
    return start && end ? { start, end } : undefined;
}

function listIds(ids: readonly number[]): string {
    return ids.length > 6 ? `${ids.slice(0, 6).join(', ')}, …` : ids.join(', ');
}
