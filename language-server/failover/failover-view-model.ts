// The failover view's model of one simulated state: brokers by rack, the
// controller quorum, every partition's replicas with their roles and health,
// producers and consumer groups — plus the step each clickable thing triggers.
// The webview only renders this; every Kafka judgement is made here (through
// the simulator). Linear in the number of partitions.
import {
    groupStatus, healthOf, noHealthCounts, partitionStatus, producerStatus, quorumStatus, describeSkippedTopic, modelFeatureLevels, worseHealth, PARTITION_HEALTHS,
    type ClusterModel, type BrokerId, type Step, type ClusterState
} from '../../simulator/index.js';
import type {
    BrokerView, ClusterView, Locale, GroupView, PartitionHealth, PartitionView, ProducerView, QuorumView, RackView, TopicView
} from '../protocol.js';
import { catalogue } from '../messages/index.js';
import { noPartitionChanges, summarizeChange } from './failover-change-summary.js';

/** Declaration lines (1-based) of the cluster's topics, producers and groups, by name. */
export interface SourceLines {
    readonly topics: ReadonlyMap<string, number>;
    readonly producers: ReadonlyMap<string, number>;
    readonly groups: ReadonlyMap<string, number>;
}

export interface ViewOptions {
    /** The last applied step and the state before it: partitions it changed carry `before`, and the view a one-line summary. */
    readonly last?: { readonly step: Step; readonly before: ClusterState };
    readonly lines?: SourceLines;
}

const sameIsr = (a: readonly BrokerId[], b: readonly BrokerId[]): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const withLine = <T extends object>(view: T, line: number | undefined): T => (line === undefined ? view : { ...view, line });

/** How many blocked partitions a producer card names. */
const BLOCKED_SAMPLE = 5;

export function buildClusterView(model: ClusterModel, state: ClusterState, locale: Locale, options: ViewOptions = {}): ClusterView {
    const alive = state.aliveBrokers;
    const before = options.last?.before;
    const changes = noPartitionChanges();
    const producersOf = new Map<number, string[]>();
    const groupsOf = new Map<number, string[]>();
    for (const producer of model.producers) for (const t of producer.topics) (producersOf.get(t) ?? producersOf.set(t, []).get(t)!).push(producer.name);
    for (const group of model.groups) for (const t of group.topics) (groupsOf.get(t) ?? groupsOf.set(t, []).get(t)!).push(group.name);
    const leaders = new Map<BrokerId, number>();
    const clusterCounts = noHealthCounts();
    const layoutNote = catalogue(locale).failover.layoutNote(model.placement);
    const topics: TopicView[] = model.topicsByName.map((t) => {
        const topic = model.topics[t];
        const counts = noHealthCounts();
        let health: PartitionHealth = 'healthy';
        let changed = false;
        const partitions = new Array<PartitionView>(topic.partitions);
        for (let p = 0; p < topic.partitions; p++) {
            const s = partitionStatus(model, state, t, p);
            const h = healthOf(s);
            counts[h]++;
            health = worseHealth(health, h);
            if (s.leader !== null) leaders.set(s.leader, (leaders.get(s.leader) ?? 0) + 1);
            const view: PartitionView = { partition: p, replicas: s.replicas, leader: s.leader, isr: s.isr, health: h, underMinIsr: s.underMinIsr };
            const was = before?.topics[t];
            if (was) {
                const wasLeader = was.leaders[p] === -1 ? null : was.leaders[p];
                const wasIsr = was.isrs[p];
                if (wasLeader !== s.leader || !sameIsr(wasIsr, s.isr)) {
                    changed = true;
                    const hadLiveLeader = wasLeader !== null && options.last!.before.aliveBrokers.has(wasLeader);
                    if (s.leader !== null && wasLeader !== s.leader) changes.leaderMoves++;
                    if (hadLiveLeader && s.offline) changes.wentOffline++;
                    if (s.isr.length < wasIsr.length) changes.isrShrunk++;
                    if (s.isr.length > wasIsr.length) changes.isrGrown++;
                    const withElr = s.elr.length === 0 && s.lastKnownElr.length === 0 ? view : { ...view, elr: s.elr, lastKnownElr: s.lastKnownElr };
                    partitions[p] = { ...withElr, before: { leader: wasLeader, isr: wasIsr } };
                    continue;
                }
            }
            partitions[p] = s.elr.length === 0 && s.lastKnownElr.length === 0 ? view : { ...view, elr: s.elr, lastKnownElr: s.lastKnownElr };
        }
        for (const h of PARTITION_HEALTHS) clusterCounts[h] += counts[h];
        // Built with its line rather than copied to add it (withLine): 500 topics per step.
        const line = options.lines?.topics.get(topic.name);
        return {
            name: topic.name,
            replicationFactor: topic.replicationFactor,
            minInsyncReplicas: topic.minInsyncReplicas,
            effectiveMinIsr: topic.effectiveMinIsr,
            health,
            counts,
            partitions,
            producers: producersOf.get(t) ?? [],
            groups: groupsOf.get(t) ?? [],
            changed,
            layoutNote: topic.explicitAssignment ? undefined : layoutNote,
            ...(line === undefined ? {} : { line })
        };
    });

    const voters = new Set(model.voterMode === 'brokers' ? model.voters : []);
    const brokerView = (id: BrokerId, rack: string | undefined): BrokerView => {
        const up = alive.has(id);
        const view: BrokerView = {
            id,
            alive: up,
            fenced: state.fencedBrokers.has(id),
            voter: voters.has(id),
            leaders: leaders.get(id) ?? 0,
            replicas: model.partitionsByBroker.get(id)?.length ?? 0,
            action: { kind: up ? 'fail-broker' : 'recover-broker', broker: id },
            ...(up ? { stopAction: { kind: 'stop-broker', broker: id } satisfies Step } : {}),
            ...(state.waitingBrokers.has(id) ? { waiting: true } : {})
        };
        return rack === undefined ? view : { ...view, rack };
    };
    const racks: RackView[] =
        model.racks.length === 0
            ? [{ brokers: model.brokers.map((b) => brokerView(b.id, undefined)) }]
            : model.racks.map((rack) => {
                  const brokers = (model.brokersByRack.get(rack) ?? []).map((id) => brokerView(id, rack));
                  const action: Step = { kind: brokers.some((b) => b.alive) ? 'fail-rack' : 'recover-rack', rack };
                  return { name: rack, brokers, action };
              });

    const q = quorumStatus(model, state);
    const quorum: QuorumView = {
        mode: q.mode,
        voters: q.voters,
        alive: q.alive,
        majority: q.majority,
        hasQuorum: q.hasQuorum,
        deadVoters: q.deadVoters,
        controllers: model.controllers.map((id) => {
            const up = state.aliveControllers.has(id);
            return { id, alive: up, action: { kind: up ? 'fail-controller' : 'recover-controller', controller: id } };
        })
    };

    const producers: ProducerView[] = model.producers.map((producer, i) => {
        const s = producerStatus(model, state, i);
        const view: ProducerView = {
            name: s.name,
            acks: s.acks,
            topics: producer.topics.map((t) => model.topics[t].name),
            canWrite: s.canWrite,
            blocked: s.blocked.length,
            blockedSample: s.blocked.slice(0, BLOCKED_SAMPLE).map((b) => `${b.topic}-${b.partition}`),
            missingTopics: s.missingTopics,
            blockedTopics: [...new Set(s.blocked.map((b) => b.topic))]
        };
        return withLine(view, options.lines?.producers.get(s.name));
    });

    const groups: GroupView[] = model.groups.map((group) => {
        const s = groupStatus(model, state, group.index);
        const current = state.groups[group.index];
        const stalledBy = new Map<string, string[]>();
        for (const x of s.stalled) {
            const list = stalledBy.get(x.member);
            if (list) list.push(x.partition);
            else stalledBy.set(x.member, [x.partition]);
        }
        const present = new Set(current.members);
        const departed = [...new Set([...group.members, ...current.knownMembers])].filter((m) => !present.has(m));
        const view: GroupView = {
            name: group.name,
            assignor: group.assignor,
            protocol: group.protocol ?? 'classic',
            topics: group.topics.map((t) => model.topics[t].name),
            members: current.members.map((id) => {
                const partitions = s.assignment[id] ?? [];
                return {
                    id,
                    partitions,
                    stalled: stalledBy.get(id) ?? [],
                    idle: partitions.length === 0,
                    action: { kind: 'member-leave', group: group.name, member: id }
                };
            }),
            departed: departed.map((id) => ({ id, action: { kind: 'member-join', group: group.name, member: id } })),
            idle: s.idle.length,
            stalled: s.stalled.length,
            balanced: s.balanced,
            stalledTopics: [...new Set(s.stalled.map((x) => x.topic))]
        };
        return withLine(view, options.lines?.groups.get(group.name));
    });

    const last = options.last;
    return {
        ...(last ? { change: summarizeChange(model, last.before, state, last.step, changes, topics, locale) } : {}),
        name: model.name,
        kafkaVersion: model.release.version,
        features: modelFeatureLevels(model.features),
        quorum,
        racks,
        brokerCount: model.brokers.length,
        topics,
        partitionCount: model.partitionTable.size,
        counts: clusterCounts,
        healths: PARTITION_HEALTHS,
        producers,
        groups,
        dataLoss: state.dataLoss,
        skippedTopics: model.skippedTopics.map((s) => ({ topic: s.topic, reason: describeSkippedTopic(s.error, locale) }))
    };
}

