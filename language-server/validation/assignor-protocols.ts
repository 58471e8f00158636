// assignor-protocol-mismatch (RULES.md): the Java client's classic protocol has
// no `uniform`, and the group coordinator of a `protocol consumer` group
// (KIP-848) only has `uniform` and `range` (group-coordinator/…/assignor/,
// `group.consumer.assignors`). The model then runs that protocol's default.
import type { ValidationAcceptor } from 'langium';
import { isAssignorProperty, type ConsumerGroup } from '../generated/ast.js';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { protocolOf } from '../model/members.js';
import { effectiveAssignor } from '../../simulator/index.js';
import { IssueCodes } from './issue-codes.js';
import { quote, type DiagnosticReporter } from './reporter.js';

export class AssignorProtocolValidator {
    protected readonly reporter: DiagnosticReporter;

    constructor(services: KafkaTopologyCoreServices) {
        this.reporter = services.kafka.Reporter;
    }

    checkAssignorFitsProtocol(group: ConsumerGroup, accept: ValidationAcceptor): void {
        const protocol = protocolOf(group);
        for (const property of group.items.filter(isAssignorProperty)) {
            if (!property.assignor) continue;
            const runs = effectiveAssignor(property.assignor, protocol);
            if (runs === property.assignor) continue;
            this.reporter.report(accept, {
                code: IssueCodes.AssignorProtocolMismatch, variant: protocol, node: property,
                args: { group: quote(group.name), assignor: property.assignor, fallback: runs },
                fix: { assignor: runs }
            });
        }
    }
}
