// kafka-topology assign --assignor NAME --members m1,m2 --topics t1:3,t2:2 [--subscriptions m1=t1+t2,...]
import { assignPartitions } from '../../simulator/assignors/index.js';
import { ASSIGNORS, type AssignorName } from '../../simulator/model.js';
import { formatTopicPartition, sortTopicPartitions } from '../../simulator/topic-partition.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';

export const ASSIGN_HELP = `usage: kafka-topology assign --assignor range|roundrobin|sticky|cooperative-sticky
                            --members m1,m2,... --topics t1:3,t2:2,...
                            [--subscriptions m1=t1+t2,m2=t1,...] [--format text|json]

Assigns the topics' partitions to a fresh consumer group as Kafka's assignor does.
A member that --subscriptions does not list subscribes to every topic.`;

const NAME = /^[^,:=+\s]+$/;

export function assign(args: readonly string[], out: (text: string) => void): number {
    const parsed = parseArguments(args, { ...COMMON_OPTIONS, assignor: { value: true }, members: { value: true }, topics: { value: true }, subscriptions: { value: true } }, 'assign');
    if (parsed.options.has('help')) {
        out(ASSIGN_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'assign');
    if (parsed.positionals.length > 0) throw new UsageError(`assign: unexpected argument '${parsed.positionals[0]}'`);
    const assignor = option(parsed, 'assignor');
    if (!assignor) throw new UsageError(`assign: --assignor is required (${ASSIGNORS.join(', ')})`);
    if (!ASSIGNORS.includes(assignor as AssignorName)) throw new UsageError(`assign: unknown assignor '${assignor}' (${ASSIGNORS.join(', ')})`);

    const members = list(option(parsed, 'members'), '--members', 'm1,m2,...');
    if (new Set(members).size !== members.length) throw new UsageError('assign: --members lists a member twice');
    const partitionsPerTopic: Record<string, number> = {};
    for (const entry of list(option(parsed, 'topics'), '--topics', 't1:3,t2:2,...')) {
        const match = /^(.+):(\d+)$/.exec(entry);
        if (!match || !NAME.test(match[1]) || Number(match[2]) < 1) throw new UsageError(`assign: --topics entry '${entry}' is not topic:partitions (partitions ≥ 1)`);
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
    const allTopics = Object.keys(partitionsPerTopic);
    const subscribed = members.map((memberId) => ({ memberId, topics: subscriptions.get(memberId) ?? allTopics }));
    const { assignment } = assignPartitions(assignor as AssignorName, partitionsPerTopic, subscribed);

    const result: Record<string, string[]> = {};
    for (const member of members) result[member] = sortTopicPartitions(assignment[member] ?? []).map(formatTopicPartition);
    if (format === 'json') out(JSON.stringify(result, null, 2));
    else for (const member of members) out(`${member}: ${result[member].length > 0 ? result[member].join(', ') : '(idle)'}`);
    return 0;
}

function list(text: string | undefined, name: string, shape: string): string[] {
    if (text === undefined) throw new UsageError(`assign: ${name} ${shape} is required`);
    const items = text.split(',').map((s) => s.trim());
    if (items.some((s) => s.length === 0)) throw new UsageError(`assign: ${name} has an empty entry: '${text}'`);
    return items;
}
