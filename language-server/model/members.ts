import type { AstNode } from 'langium';
import { isAssignorProperty, isConsumesProperty, isMembersProperty, isProducesProperty, isProtocolProperty, type ConsumerGroup, type ConsumesProperty, type GroupDeclaration, type MembersProperty, type Producer, type ProducesProperty } from '../generated/ast.js';
import type { AssignorName, GroupProtocol } from '../../simulator/index.js';

export interface MemberId {
    readonly id: string;
    /** The `Member` node, or for counted members the `members N` property (the group when absent). */
    readonly node: AstNode;
}

/** Counted groups expand beyond this many members only in name; the model caps them. */
export const MAX_COUNTED_MEMBERS = 10_000;

export function membersPropertyOf(group: GroupDeclaration): MembersProperty | undefined {
    for (let i = group.items.length - 1; i >= 0; i--) {
        const item = group.items[i];
        if (isMembersProperty(item)) return item;
    }
    return undefined;
}

/** The group's member ids: named members, else `<group>-1 .. <group>-n` (one member by default). */
export function memberIdsOf(group: GroupDeclaration): MemberId[] {
    const property = membersPropertyOf(group);
    if (property && property.count === undefined) {
        return property.members.filter((m) => m.name !== undefined).map((m) => ({ id: m.name, node: m }));
    }
    const count = property ? Math.min(Math.max(property.count ?? 0, 0), MAX_COUNTED_MEMBERS) : 1;
    const node: AstNode = property ?? group;
    return Array.from({ length: count }, (_, i) => ({ id: `${group.name}-${i + 1}`, node }));
}

/** The group's assignor as written; without one, the protocol's default (`range` on the client, `uniform` on the broker). */
export function assignorOf(group: ConsumerGroup): AssignorName {
    for (let i = group.items.length - 1; i >= 0; i--) {
        const item = group.items[i];
        // A half-typed `assignor` (no valid name yet) is a syntax error only: the default applies.
        if (isAssignorProperty(item) && item.assignor) return item.assignor;
    }
    return protocolOf(group) === 'consumer' ? 'uniform' : 'range';
}

/** `protocol classic` (default, the Java client's default through 4.2) or `consumer` (KIP-848). */
export function protocolOf(group: ConsumerGroup): GroupProtocol {
    for (let i = group.items.length - 1; i >= 0; i--) {
        const item = group.items[i];
        if (isProtocolProperty(item)) return item.protocol;
    }
    return 'classic';
}

/** The producer's `produces` property (the last one wins). */
export function producesOf(producer: Producer): ProducesProperty | undefined {
    return producer.items.filter(isProducesProperty).at(-1);
}

/** The group's `consumes` property (the last one wins). */
export function consumesOf(group: GroupDeclaration): ConsumesProperty | undefined {
    return (group.items as ReadonlyArray<AstNode>).filter(isConsumesProperty).at(-1);
}
