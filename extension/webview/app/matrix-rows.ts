// The rows of the broker × partition matrix: one row per topic (its partitions
// aggregated), followed by one row per partition when the topic is expanded;
// the columns are the brokers, rack by rack. Pure data, so the virtualised
// renderer only asks "which rows lie between these pixels".
import type { BrokerView, ClusterView, PartitionView, ReplicaRole, TopicView } from '../../../language-server/protocol.js';

export const TOPIC_ROW_HEIGHT = 40;
export const PARTITION_ROW_HEIGHT = 24;

export type MatrixRow =
    | { readonly kind: 'topic'; readonly topic: TopicView; readonly expanded: boolean; readonly top: number }
    | { readonly kind: 'partition'; readonly topic: TopicView; readonly partition: PartitionView; readonly top: number };

export const rowHeight = (row: MatrixRow): number => (row.kind === 'topic' ? TOPIC_ROW_HEIGHT : PARTITION_ROW_HEIGHT);

export interface MatrixColumn {
    readonly broker: BrokerView;
    /** The first broker of its rack (a rack boundary is drawn before it). */
    readonly rackStart: boolean;
}

export function matrixColumns(view: ClusterView): MatrixColumn[] {
    return view.racks.flatMap((rack) => rack.brokers.map((broker, i) => ({ broker, rackStart: i === 0 })));
}

export function matrixRows(topics: readonly TopicView[], isExpanded: (topic: TopicView) => boolean): { rows: MatrixRow[]; height: number } {
    const rows: MatrixRow[] = [];
    let top = 0;
    for (const topic of topics) {
        const expanded = isExpanded(topic);
        rows.push({ kind: 'topic', topic, expanded, top });
        top += TOPIC_ROW_HEIGHT;
        if (!expanded) continue;
        for (const partition of topic.partitions) {
            rows.push({ kind: 'partition', topic, partition, top });
            top += PARTITION_ROW_HEIGHT;
        }
    }
    return { rows, height: top };
}

/** The rows that overlap [from, to) pixels (binary search on `top`). */
export function visibleRows(rows: readonly MatrixRow[], from: number, to: number): { start: number; end: number } {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid].top + rowHeight(rows[mid]) <= from) lo = mid + 1;
        else hi = mid;
    }
    let end = lo;
    while (end < rows.length && rows[end].top < to) end++;
    return { start: lo, end };
}

/** A topic's partitions folded per broker: how many it leads there and how many replicas it has there. */
export interface TopicCell {
    leaders: number;
    replicas: number;
    /** Of those replicas, out of the ISR (or ELR). */
    outOfSync: number;
    /** A partition of the topic changed on this broker in the last step. */
    changed: boolean;
}

export function topicCells(topic: TopicView): Map<number, TopicCell> {
    const cells = new Map<number, TopicCell>();
    for (const p of topic.partitions) {
        for (const broker of p.replicas) {
            let cell = cells.get(broker);
            if (!cell) cells.set(broker, (cell = { leaders: 0, replicas: 0, outOfSync: 0, changed: false }));
            const role = replicaRole(p, broker);
            cell.replicas++;
            if (role === 'leader') cell.leaders++;
            if (role === 'out-of-sync' || role === 'elr') cell.outOfSync++;
            if (p.before && roleBefore(p, broker) !== role) cell.changed = true;
        }
    }
    return cells;
}

/** The role of the partition's replica on `broker` (the server sends the replicas as broker ids). */
export function replicaRole(p: PartitionView, broker: number): ReplicaRole {
    if (p.leader === broker) return 'leader';
    if (p.isr.includes(broker)) return 'in-sync';
    return p.elr?.includes(broker) ? 'elr' : 'out-of-sync';
}

/** The replica's role before the last step ('none' when it was not a replica then, undefined when the partition did not change). */
export function roleBefore(p: PartitionView, broker: number): ReplicaRole | undefined {
    if (!p.before) return undefined;
    if (p.before.leader === broker) return 'leader';
    return p.before.isr.includes(broker) ? 'in-sync' : 'out-of-sync';
}
