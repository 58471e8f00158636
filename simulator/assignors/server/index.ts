// Server-side assignors of consumer-protocol groups (KIP-848): `uniform` (the
// broker's default) and `range`.
// Source: apache/kafka group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/UniformAssignor.java

import { subscriptionTypeOf, type ServerAssignment, type ServerGroupSpec } from './group-spec.js';
import { serverRange } from './server-range.js';
import { uniformHeterogeneous } from './uniform-heterogeneous.js';
import { uniformHomogeneous } from './uniform-homogeneous.js';

export * from './group-spec.js';

export type ServerAssignorName = 'uniform' | 'range';
export const SERVER_ASSIGNORS: readonly ServerAssignorName[] = ['uniform', 'range'];

/**
 * The target assignment the coordinator computes. An empty map when no member
 * subscribes to a topic with metadata (as Kafka returns it); callers that show
 * every member add the idle ones.
 */
export function serverAssign(assignor: ServerAssignorName, spec: ServerGroupSpec): ServerAssignment {
    if (spec.members.length === 0) return new Map();
    if (assignor === 'range') return serverRange(spec);
    const type = spec.subscriptionType ?? subscriptionTypeOf(spec.members);
    return type === 'HOMOGENEOUS' ? uniformHomogeneous(spec) : uniformHeterogeneous(spec);
}
