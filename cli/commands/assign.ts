// kafka-topology assign --assignor NAME [--protocol classic|consumer|share] --members m1,m2 --topics t1:3,t2:2
//                       [--subscriptions m1=t1+t2,...] [--current m1=t1-0+t1-1,...] [--kafka-version V]
import { assignPartitions, SERVER_ASSIGNORS, serverAssign, ASSIGNORS, formatTopicPartition, parseTopicPartition, releaseOf, SHARE_FEATURE, simpleHomogeneousAssign, sortTopicPartitions, type ServerAssignorName, type ClassicAssignorName, type TopicPartition } from '../../simulator/index.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';

export const ASSIGN_HELP = `usage: kafka-topology assign --assignor NAME [--protocol classic|consumer|share]
                            --members m1,m2,... --topics t1:3,t2:2,...
                            [--subscriptions m1=t1+t2,m2=t1,...] [--current m1=t1-0+t1-1,...]
                            [--kafka-version V] [--format text|json]

Assigns the topics' partitions to a consumer group as Kafka's assignor does.
classic (default): the Java client's range, roundrobin, sticky, cooperative-sticky.
consumer (KIP-848): the broker's uniform (default) and range; uniform starts from
--current, and --kafka-version picks the release's algorithm (uniform changed in 4.1).
share (KIP-932): the broker's simple assignor (default) for a share group; members
may share a partition, and --current may give a partition to several members.
A member that --subscriptions does not list subscribes to every topic. Members,
topics and each --current list are iterated in the order given.`;

const NAME = /^[^,:=+\s]+$/;

const ASSIGNORS_OF: Readonly<Record<'classic' | 'consumer' | 'share', readonly string[]>> = { classic: ASSIGNORS, consumer: SERVER_ASSIGNORS, share: ['simple'] };

export function assign(args: readonly string[], out: (text: string) => void): number {
    const parsed = parseArguments(
        args,
        {
            ...COMMON_OPTIONS, assignor: { value: true }, protocol: { value: true }, members: { value: true }, topics: { value: true },
            subscriptions: { value: true }, current: { value: true }, 'kafka-version': { value: true }
        },
        'assign'
    );
    if (parsed.options.has('help')) {
        out(ASSIGN_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'assign');
    if (parsed.positionals.length > 0) throw new UsageError(`assign: unexpected argument '${parsed.positionals[0]}'`);
    const protocol = option(parsed, 'protocol') ?? 'classic';
    if (protocol !== 'classic' && protocol !== 'consumer' && protocol !== 'share') throw new UsageError(`assign: --protocol must be classic, consumer or share, not '${protocol}'`);
    const known: readonly string[] = ASSIGNORS_OF[protocol];
    const assignor = option(parsed, 'assignor') ?? (protocol === 'classic' ? undefined : known[0]);
    if (!assignor) throw new UsageError(`assign: --assignor is required (${ASSIGNORS.join(', ')})`);
    if (!known.includes(assignor)) throw new UsageError(`assign: unknown ${protocol}-protocol assignor '${assignor}' (${known.join(', ')})`);
    const kafkaVersion = option(parsed, 'kafka-version');
    if (kafkaVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(kafkaVersion)) throw new UsageError(`assign: --kafka-version '${kafkaVersion}' is not a release like 4.1`);
    if (protocol === 'share') {
        const release = kafkaVersion === undefined ? undefined : releaseOf(kafkaVersion);
        if (release && !release.features[SHARE_FEATURE]) throw new UsageError(`assign: Kafka ${release.version} has no share groups (${SHARE_FEATURE} came in 4.1)`);
        if (option(parsed, 'subscriptions') !== undefined) throw new UsageError('assign: --subscriptions does not apply to --protocol share (every member of a share group consumes the same topics)');
    }

    const members = list(option(parsed, 'members'), '--members', 'm1,m2,...');
    if (new Set(members).size !== members.length) throw new UsageError('assign: --members lists a member twice');
    const partitionsPerTopic: Record<string, number> = {};
    for (const entry of list(option(parsed, 'topics'), '--topics', 't1:3,t2:2,...')) {
        const match = /^(.+):(\d+)$/.exec(entry);
        if (!match || !NAME.test(match[1]) || Number(match[2]) < 1 || Number(match[2]) > 1_000_000) {
            throw new UsageError(`assign: --topics entry '${entry}' is not topic:partitions (1 ≤ partitions ≤ 1000000)`);
        }
        partitionsPerTopic[match[1]] = Number(match[2]);
    }
    const subscriptions = new Map<string, string[]>();
    const subscriptionText = option(parsed, 'subscriptions');
    if (subscriptionText !== undefined) {
        for (const entry of list(subscriptionText, '--subscriptions', 'm1=t1+t2,...')) {
            const match = /^([^=]+)=(.+)$/.exec(entry);
            if (!match || !members.includes(match[1])) throw new UsageError(`assign: --subscriptions entry '${entry}' is not member=topic+topic for a listed member`);
            subscriptions.set(match[1], match[2].split('+').filter((t) => t.length > 0));
        }
    }
    const current = parseCurrent(option(parsed, 'current'), members, partitionsPerTopic, protocol === 'share');
    const allTopics = Object.keys(partitionsPerTopic);
    const topicsOf = (m: string): string[] => subscriptions.get(m) ?? allTopics;

    let assignment: Record<string, readonly TopicPartition[]>;
    if (protocol === 'share') {
        assignment = simpleHomogeneousAssign(partitionsPerTopic, members, current);
    } else if (protocol === 'consumer') {
        const target = serverAssign(assignor as ServerAssignorName, {
            members: members.map((memberId) => ({ memberId, topics: topicsOf(memberId), current: grouped(current.get(memberId) ?? []) })),
            partitionsPerTopic: new Map(Object.entries(partitionsPerTopic)),
            kafkaVersion
        });
        assignment = Object.fromEntries(members.map((m) => [m, [...(target.get(m) ?? [])].flatMap(([topic, ps]) => ps.map((partition) => ({ topic, partition })))]));
    } else {
        const subscribed = members.map((memberId) => ({ memberId, topics: topicsOf(memberId), ...(current.has(memberId) ? { owned: current.get(memberId), generation: 1 } : {}) }));
        assignment = assignPartitions(assignor as ClassicAssignorName, partitionsPerTopic, subscribed).assignment;
    }

    const result: Record<string, string[]> = {};
    for (const member of members) result[member] = sortTopicPartitions(assignment[member] ?? []).map(formatTopicPartition);
    if (format === 'json') out(JSON.stringify(result, null, 2));
    else for (const member of members) out(`${member}: ${result[member].length > 0 ? result[member].join(', ') : '(idle)'}`);
    return 0;
}

/**
 * `--current m1=t1-0+t1-1,m2=t1-2`: what each member owns now, in the order given.
 * In a share group several members may hold one partition.
 */
function parseCurrent(text: string | undefined, members: readonly string[], partitionsPerTopic: Readonly<Record<string, number>>, shared: boolean): Map<string, TopicPartition[]> {
    const current = new Map<string, TopicPartition[]>();
    if (text === undefined) return current;
    const owner = new Map<string, string>();
    for (const entry of list(text, '--current', 'm1=t1-0+t1-1,...')) {
        const match = /^([^=]+)=(.*)$/.exec(entry);
        if (!match || !members.includes(match[1])) throw new UsageError(`assign: --current entry '${entry}' is not member=topic-p+topic-p for a listed member`);
        const owned: TopicPartition[] = [];
        for (const item of match[2].split('+').filter((s) => s.length > 0)) {
            const tp = parseTopicPartition(item);
            if (!tp || partitionsPerTopic[tp.topic] === undefined || tp.partition >= partitionsPerTopic[tp.topic]) {
                throw new UsageError(`assign: --current names '${item}', which is not a partition of a --topics topic`);
            }
            const key = formatTopicPartition(tp);
            if (owned.some((o) => o.topic === tp.topic && o.partition === tp.partition)) throw new UsageError(`assign: --current gives ${key} to ${match[1]} twice`);
            if (owner.has(key) && !shared) throw new UsageError(`assign: --current gives ${key} to both ${owner.get(key)} and ${match[1]}`);
            owner.set(key, match[1]);
            owned.push(tp);
        }
        current.set(match[1], owned);
    }
    return current;
}

const grouped = (tps: readonly TopicPartition[]): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    for (const tp of tps) {
        const list = map.get(tp.topic);
        if (list) list.push(tp.partition);
        else map.set(tp.topic, [tp.partition]);
    }
    return map;
};

function list(text: string | undefined, name: string, shape: string): string[] {
    if (text === undefined) throw new UsageError(`assign: ${name} ${shape} is required`);
    const items = text.split(',').map((s) => s.trim());
    if (items.some((s) => s.length === 0)) throw new UsageError(`assign: ${name} has an empty entry: '${text}'`);
    return items;
}
