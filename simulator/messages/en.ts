// English sentences for observations and events.

import type { AssignmentProblem } from '../model.js';
import type { ChangeCause, PartitionEvent, SimEvent } from '../events.js';
import type { PartitionObservation, TopicAspect } from '../expectations.js';
import { list, type Phrasebook } from './phrasebook.js';

const leaderText = (l: number | null): string => (l === null ? 'none' : String(l));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function partitionDetail(o: PartitionObservation): string {
    const head = `${o.topic} P${o.partition}`;
    switch (o.problem) {
        case 'no-leader':
            return `${head}: no leader; ISR ${list(o.isr)}${o.deadIsr.length > 0 ? ` (${o.deadIsr.join(', ')} down)` : ''}`;
        case 'leader-down':
            return `${head}: leader ${o.leader} is down; ISR ${list(o.isr)}`;
        case 'isr-below-min':
            return `${head}: leader ${o.leader}, ISR ${list(o.isr)} < min ISR ${o.effectiveMinIsr}`;
        case 'isr-member-down':
            return `${head}: leader ${o.leader}, ISR ${list(o.isr)} includes ${o.deadIsr.length === 1 ? `broker ${o.deadIsr[0]}, which is` : `brokers ${o.deadIsr.join(', ')}, which are`} down, so acks=all writes cannot complete`;
        case 'under-replicated':
            return `${head}: ISR ${list(o.isr)} holds ${o.isr.length} of ${o.replicationFactor} replicas`;
        case 'ok':
            return `${head}: leader ${leaderText(o.leader)}, ISR ${list(o.isr)}${o.isr.length >= o.effectiveMinIsr ? ` ≥ min ISR ${o.effectiveMinIsr}` : ''}`;
    }
}

const ASPECT: Readonly<Record<TopicAspect, string>> = { writable: 'writable with acks=all', readable: 'readable', 'fully-replicated': 'fully replicated' };

function cause(c: ChangeCause): string {
    switch (c.kind) {
        case 'broker-fenced':
            return c.pending ? `Broker ${c.broker} fenced after the quorum returned → ` : `Broker ${c.broker} failed → `;
        case 'broker-unfenced':
            return c.pending ? `Broker ${c.broker} unfenced after the quorum returned → ` : `Broker ${c.broker} recovered → `;
        case 'broker-stopped':
            return c.pending ? `Broker ${c.broker} (stopped) fenced after the quorum returned → ` : `Broker ${c.broker} shut down (controlled) → `;
        case 'broker-registered':
            return c.clean ? `Broker ${c.broker} registered after a clean shutdown → ` : `Broker ${c.broker} registered after a crash (unclean shutdown) → `;
        case 'preferred-election':
            return 'Preferred leader election → ';
    }
}

function acksAll(e: { readonly isr: readonly number[]; readonly minIsr: number; readonly writable: boolean }, still: boolean): string {
    if (e.writable) return `acks=all writes ${still ? 'still ' : ''}succeed (ISR ${e.isr.length} ≥ min ISR ${e.minIsr})`;
    if (e.isr.length < e.minIsr) return `acks=all writes fail (ISR ${e.isr.length} < min ISR ${e.minIsr})`;
    return 'acks=all writes cannot complete';
}

/** "; ELR [1,2]" when the partition has eligible leader replicas (KIP-966). */
function elrText(e: { readonly elr?: readonly number[]; readonly lastKnownElr?: readonly number[] }): string {
    const elr = e.elr && e.elr.length > 0 ? `; ELR ${list(e.elr)}` : '';
    const lastKnown = e.lastKnownElr && e.lastKnownElr.length > 0 ? `; last known leader ${list(e.lastKnownElr)}` : '';
    return elr + lastKnown;
}

function partitionEvent(e: PartitionEvent): string {
    const head = `${cause(e.cause)}${e.topic} P${e.partition}: `;
    const still = e.cause.kind === 'broker-fenced' || e.cause.kind === 'broker-stopped';
    switch (e.kind) {
        case 'leader-changed': {
            const move = `leader ${leaderText(e.from)} → ${e.to}`;
            switch (e.reason) {
                case 'clean':
                    return `${head}${move}, the first in-sync replica in assignment order; ISR ${list(e.isr)}; ${acksAll(e, still)}`;
                case 'recovered':
                    return `${head}${move}, the returning broker was still in the ISR; ISR ${list(e.isr)}; ${acksAll(e, still)}`;
                case 'preferred':
                    return `${head}${move}, its preferred replica; ISR ${list(e.isr)}`;
                case 'unclean':
                    return `${head}${move} by an UNCLEAN election (broker ${e.to} was not in the ISR); ISR is now ${list(e.isr)}; committed events may be lost`;
                case 'elr':
                    return `${head}${move}, an eligible leader replica (ELR, KIP-966): the ISR was empty, and broker ${e.to} had every committed record when it left the ISR; ISR ${list(e.isr)}${elrText(e)}; ${acksAll(e, false)}`;
                case 'last-known-leader':
                    return `${head}${move}, the last known leader, with ISR and ELR empty: Kafka counts this as unclean (broker ${e.to} crashed and may have lost unflushed records); ISR is now ${list(e.isr)}; committed events may be lost`;
            }
            break;
        }
        case 'partition-offline':
            if (e.isr.length === 0) return `${head}no leader: no live in-sync replica is left; the ISR is empty${elrText(e)}; the partition is offline until an eligible replica returns`;
            return `${head}no leader: no live in-sync replica is left (ISR stays ${list(e.isr)}); the partition is offline for reads and writes`;
        case 'isr-shrunk':
            return `${head}${e.removed.join(', ')} left the ISR, now ${list(e.isr)}${elrText(e)}; ${acksAll(e, still)}`;
        case 'isr-expanded':
            return `${head}${e.added.join(', ')} caught up and rejoined the ISR, now ${list(e.isr)}${elrText(e)}; ${acksAll(e, false)}`;
        case 'elr-changed':
            return e.removed.length > 0
                ? `${head}${e.removed.join(', ')} lost ${e.removed.length === 1 ? 'its' : 'their'} eligible-leader seat (it may have lost unflushed records in the crash); ELR ${list(e.elr ?? [])}${e.leader === null ? '; still no leader' : ''}`
                : `${head}ELR now ${list(e.elr ?? [])}`;
        case 'data-loss':
            return `${head}possible data loss: broker ${e.leader} became leader without the committed data of ISR ${list(e.previousIsr)}`;
    }
}

const voters = (mode: 'controllers' | 'brokers', n: number): string => (mode === 'controllers' ? plural(n, 'controller') : plural(n, 'broker'));

export const en: Phrasebook = {
    observation(o) {
        switch (o.kind) {
            case 'topic':
                if (o.passing === o.partitions) {
                    return `all ${plural(o.partitions, 'partition')} of ${o.topic} ${o.partitions === 1 ? 'is' : 'are'} ${ASPECT[o.aspect]} (${partitionDetail(o.example)})`;
                }
                return `${partitionDetail(o.example)} (${o.partitions - o.passing} of ${plural(o.partitions, 'partition')} not ${ASPECT[o.aspect]})`;
            case 'unknown-topic':
                return `topic ${o.topic} is not part of the simulated cluster`;
            case 'quorum': {
                const state = `${o.alive} of ${voters(o.mode, o.voters)} alive, majority ${o.majority}`;
                const down = o.deadVoters.length > 0 ? `; down: ${o.mode === 'controllers' ? 'controller' : 'broker'}${o.deadVoters.length === 1 ? '' : 's'} ${o.deadVoters.join(', ')}` : '';
                return o.hasQuorum ? `the quorum holds: ${state}${down}` : `no quorum: ${state}${down}`;
            }
            case 'data-loss': {
                if (o.uncleanElections.length === 0) return 'no unclean leader election has happened';
                const [first, ...rest] = o.uncleanElections;
                return `unclean election: ${first.topic} P${first.partition} elected broker ${first.leader}, outside ISR ${list(first.previousIsr)}; committed events may be lost${rest.length > 0 ? ` (and ${rest.length} more)` : ''}`;
            }
            case 'group': {
                const parts: string[] = [];
                if (o.idle.length > 0) parts.push(`idle ${o.idle.length === 1 ? 'member' : 'members'} ${o.idle.join(', ')}`);
                if (o.stalled.length > 0) {
                    parts.push(`stalled ${o.stalled.map((s) => `${s.partition} (member ${s.member}, ${s.leader === null ? 'no leader' : `leader ${s.leader} down`})`).join(', ')}`);
                }
                return parts.length > 0 ? `group ${o.group}: ${parts.join('; ')}` : `group ${o.group}: every member has partitions and every partition has a live leader`;
            }
            case 'unknown-group':
                return `consumer group ${o.group} is not part of the simulated cluster`;
        }
    },

    event(e: SimEvent) {
        switch (e.kind) {
            case 'broker-failed':
                return e.committed ? `Broker ${e.broker} failed; the controller fenced it` : `Broker ${e.broker} failed; without a controller quorum it is not fenced, so its partitions keep it as leader or in-sync replica`;
            case 'broker-recovered':
                if (!e.committed) return `Broker ${e.broker} is running again but cannot register without a controller quorum: it serves nothing until the quorum returns`;
                return e.clean ? `Broker ${e.broker} recovered after a controlled shutdown` : `Broker ${e.broker} recovered`;
            case 'broker-stopped':
                return e.committed
                    ? `Broker ${e.broker} shut down in a controlled way: the controller moved its leaderships and took it out of every ISR first`
                    : `Broker ${e.broker} shut down; without a controller quorum its leaderships could not move, so its partitions keep it as leader or in-sync replica`;
            case 'rack-failed':
                return e.committed
                    ? `Rack "${e.rack}" failed: brokers ${e.brokers.join(', ')} went down at the same instant; the quorum holds, so the controller fences them one after the other`
                    : `Rack "${e.rack}" failed: brokers ${e.brokers.join(', ')} went down at the same instant and took the voter majority with them, so none is fenced and their partitions keep their dead leaders`;
            case 'broker-fenced':
                return `Broker ${e.broker} fenced now that the quorum is back`;
            case 'broker-unfenced':
                return `Broker ${e.broker} unfenced now that the quorum is back`;
            case 'controller-failed':
                return `Controller ${e.controller} failed`;
            case 'controller-recovered':
                return `Controller ${e.controller} recovered`;
            case 'quorum-lost':
                return `Controller quorum lost: ${e.alive} of ${voters(e.mode, e.voters)} alive, majority ${e.majority}; no metadata change can commit (no fencing, no election, no ISR change)`;
            case 'quorum-restored':
                return `Controller quorum restored: ${e.alive} of ${voters(e.mode, e.voters)} alive, majority ${e.majority}`;
            case 'change-not-committed':
                if (e.change === 'elect-preferred') return `Preferred leader election not committed: no controller quorum (${e.alive} of ${e.voters} voters alive, majority ${e.majority})`;
                return e.change === 'fence'
                    ? `Fencing of broker ${e.broker} not committed: no controller quorum (${e.alive} of ${e.voters} voters alive, majority ${e.majority})`
                    : `Unfencing of broker ${e.broker} not committed: no controller quorum (${e.alive} of ${e.voters} voters alive, majority ${e.majority})`;
            case 'pending-changes-applied': {
                const parts = [];
                if (e.fenced.length > 0) parts.push(`fencing broker${e.fenced.length === 1 ? '' : 's'} ${e.fenced.join(', ')} (their sessions expire)`);
                if (e.unfenced.length > 0) parts.push(`registering and unfencing the restarted broker${e.unfenced.length === 1 ? '' : 's'} ${e.unfenced.join(', ')}`);
                return `The quorum is back: applying the changes that waited for it: ${parts.join('; ')}`;
            }
            case 'member-left':
                return `Member ${e.member} left group ${e.group}`;
            case 'member-joined':
                return `Member ${e.member} joined group ${e.group}`;
            case 'group-rebalanced': {
                const moved = e.moved.length === 0 ? 'no partition moved' : `moved ${e.moved.map((m) => `${m.partition} ${m.from ?? '(unowned)'} → ${m.to}`).join(', ')}`;
                const coop = e.revoked.length > 0 ? `; revoked first: ${e.revoked.map((r) => `${r.partition} from ${r.from}`).join(', ')}, then assigned in the follow-up rebalance` : '';
                const idle = e.idle.length > 0 ? `; idle: ${e.idle.join(', ')}` : '';
                return `Group ${e.group} rebalanced (${e.assignor}, generation ${e.generation}, ${plural(e.members, 'member')}): ${moved}${coop}${idle}`;
            }
            default:
                return partitionEvent(e);
        }
    },

    topicSummary(s) {
        const parts: string[] = [];
        if (s.leaderChanges > 0) parts.push(plural(s.leaderChanges, 'leader change'));
        if (s.uncleanElections > 0) parts.push(plural(s.uncleanElections, 'unclean election'));
        if (s.wentOffline > 0) parts.push(`${plural(s.wentOffline, 'partition')} offline`);
        if (s.isrShrunk > 0) parts.push(plural(s.isrShrunk, 'ISR shrink'));
        if (s.isrExpanded > 0) parts.push(plural(s.isrExpanded, 'ISR expansion'));
        const writable = s.notWritable > 0 ? `; ${plural(s.notWritable, 'partition')} not writable with acks=all` : '';
        return `${s.topic}: ${parts.join(', ') || 'no change'} over ${plural(s.partitions, 'partition')}${writable}`;
    },

    stepError(e) {
        switch (e.kind) {
            case 'unknown-broker':
                return `the cluster has no broker ${e.broker}`;
            case 'unknown-rack':
                return `the cluster has no rack "${e.rack}"`;
            case 'unknown-controller':
                return e.reason === 'combined-mode' ? `the cluster has no dedicated controllers (its brokers form the quorum), so there is no controller ${e.controller}` : `the cluster has no controller ${e.controller}`;
            case 'unknown-group':
                return `the cluster has no consumer group ${e.group}`;
            case 'unknown-member':
                return `group ${e.group} has no member ${e.member}`;
        }
    },

    buildError(e) {
        switch (e.kind) {
            case 'no-brokers':
                return 'the cluster has no broker';
            case 'duplicate-broker':
                return `broker ${e.broker} is declared twice`;
            case 'rack-incomplete':
                return `some brokers have a rack and ${e.withoutRack.length === 1 ? `broker ${e.withoutRack[0]} has` : `brokers ${e.withoutRack.join(', ')} have`} none; Kafka refuses rack-aware placement then`;
            case 'invalid-controllers':
                return `controllers ${e.controllers} is not a positive number of controllers`;
        }
    },
    skippedTopic(e) {
        switch (e.kind) {
            case 'invalid-partitions': return `partitions ${e.partitions} is not a valid partition count`;
            case 'invalid-replication-factor': return `replication-factor ${e.replicationFactor} is not valid`;
            case 'replication-factor-exceeds-brokers':
                return `replication-factor ${e.replicationFactor} is larger than the ${e.brokers} broker${e.brokers === 1 ? '' : 's'}, so Kafka cannot place it`;
            case 'rack-incomplete': return 'only some brokers have a rack, so Kafka refuses rack-aware placement';
            case 'invalid-assignment': return `its assignment is not valid (${assignmentProblemEn(e.problem) ?? e.reason})`;
            case 'duplicate-topic': return 'the topic is declared twice; the first declaration counts';
            case 'invalid-topic-name': return 'Kafka refuses the topic name (only [a-zA-Z0-9._-], 1 to 249 characters, not "." or ".."), so the topic never exists';
            case 'topic-name-collision': return `it collides with topic '${e.other}' ('.' and '_' count as the same), so Kafka refuses to create it`;
            case 'too-many-partitions': return `its ${e.partitions} partitions exceed the ${e.limit} partitions the simulator models`;
        }
    }
};

function assignmentProblemEn(problem: AssignmentProblem | undefined): string | undefined {
    switch (problem?.kind) {
        case undefined: return undefined;
        case 'partitions-mismatch': return `it must list partitions 0..${problem.expected - 1}`;
        case 'wrong-size': return `partition ${problem.partition} lists ${problem.size} replicas, not ${problem.replicationFactor}`;
        case 'unknown-broker': return `partition ${problem.partition} names undeclared broker ${problem.broker}`;
        case 'duplicate-broker': return `partition ${problem.partition} names broker ${problem.broker} twice`;
    }
}

