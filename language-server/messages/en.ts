// The server's words in English, in one place: diagnostics (`messages`, keyed by
// issue code), the terms they name, and the sections of shape.ts (the failover
// view, inlay hints and code lenses, rename, outline, parser errors, hovers).
// This catalogue defines the type every other language's catalogue must have.
import { describeSkippedTopic } from '../../simulator/index.js';
import type { FailoverMessages, HintTexts, RenameTexts, SymbolDetails } from './shape.js';
import { bound, code, someOf } from './wording.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en = {
    // Each message says what is wrong, why it matters in Kafka terms, and what to do.
    messages: {
        'syntax-error': 'Syntax error: {detail}',
        'syntax-error/expected': 'Syntax error: expected {expected} but found {found}.',
        'syntax-error/did-you-mean': 'Syntax error: expected {expected} but found {found}. Did you mean {suggestion}?',
        'syntax-error/unexpected-character': 'Syntax error: unexpected character {found}.',
        'syntax-error/unterminated-string': 'Syntax error: a string is not closed: add the closing ".',
        'diagnostics-truncated': "Only the first {shown} problems of this file are shown; {omitted} more are not. Fix these first (is this a .kafka topology file?).",

        'unsupported-in-version/version': 'kafka-version {version} is not a release the model covers ({covered}): the cluster is checked as Kafka {newest}, the newest covered. Set one of the covered releases.',
        'unsupported-in-version/feature': "Kafka {version} has no feature '{feature}' (its features: {known}): `kafka-storage format` and `kafka-features` refuse it. Remove it or set a release that has it.",
        'unsupported-in-version/level': "Kafka {version} knows {feature} only up to level {max}, not {level}: `kafka-features upgrade` refuses it. Set a level the release has, or a newer release.",
        'unsupported-in-version/share-group': 'Share group {group} needs share.version ≥ 1 (KIP-932), but this Kafka {version} cluster has share.version {level}: the broker refuses share-group requests. Set share.version = 1 in `features`, or a release that has it on by default (4.2).',
        'unsupported-in-version/protocol': 'Consumer group {group} uses `protocol consumer` (KIP-848), which needs group.version ≥ 1, but this Kafka {version} cluster has group.version {level}: its consumers cannot join with that protocol. Set group.version = 1, or a release that has it (4.0 and later).',
        'quorum-even': '{voters} quorum voters ({kind}) is an even number: a majority of {majority} must stay alive, so {voters} voters survive only {tolerated} failure(s), no more than {fewer} would. Use an odd number ({suggestion}).',
        'quorum-too-small': 'Only {voters} quorum voter(s) ({kind}): a majority of {majority} must stay alive, so not a single voter may fail. Use 3 {kind}.',
        'too-few-brokers': 'A production cluster with {brokers} broker(s): topics cannot keep 3 replicas, so one broker failure already stops acks=all writes or loses copies. Use at least 3 brokers, or `profile development` for a laptop cluster.',
        'no-brokers': 'Cluster {cluster} has no broker: partitions need brokers to live on. Add `broker 1`.',
        'duplicate-broker': 'Broker {id} is declared more than once in cluster {cluster}: broker ids must be unique.',
        'rack-incomplete': 'Some brokers have a rack ({withRack}) and some have none ({withoutRack}): AdminUtils (placement admin-utils) refuses rack-aware replica placement when only some brokers have a rack. Give every broker a rack, or none.',
        'rack-incomplete/striped': 'Some brokers have a rack ({withRack}) and some have none ({withoutRack}): KRaft\'s striped placer accepts this but treats the brokers without a rack as one more rack, so a replica list may put two copies in one real rack and losing that rack costs more than the racks suggest. Give every broker a rack, or none.',

        'invalid-partitions': 'partitions {value}: a topic needs at least 1 partition (Kafka: InvalidPartitionsException). Use partitions 1 or more.',
        'invalid-replication-factor': 'replication-factor {value}: every partition needs at least 1 replica (Kafka: InvalidReplicationFactorException). Use replication-factor {suggestion}.',
        'replication-factor-exceeds-brokers': 'Replication factor: {rf} larger than available brokers: {brokers}. Kafka places each replica of a partition on a different broker; use replication-factor {brokers} or add brokers.',
        'replication-factor-too-low': 'replication-factor {rf} in a production cluster of {brokers} brokers: {consequence} Use replication-factor 3 (with min-insync-replicas 2).',
        'replication-factor-too-low/rf1': 'no copy survives the loss of the broker that holds a partition.',
        'replication-factor-too-low/rf2': 'with one broker down a partition has a single copy left, and min ISR 2 would stop acks=all writes.',
        'replication-factor-too-low/rf2-min-isr1': "with one broker down a partition has a single copy left, and with min ISR {minIsr} acks=all writes are then confirmed by that one copy alone: one more failure loses them.",
        'invalid-min-insync': 'min-insync-replicas {value}: it must be at least 1. Use min-insync-replicas 1 or more.',
        'min-insync-exceeds-replication-factor': 'min-insync-replicas {minIsr} is larger than the replication factor {rf}: Kafka 3.7+ caps it at {rf}, so acks=all writes stop as soon as one replica falls out of sync (before 3.7 every acks=all write failed). Use min-insync-replicas {suggestion}.',
        'min-insync-equals-replication-factor': 'min-insync-replicas {minIsr} equals the replication factor: acks=all writes fail with NOT_ENOUGH_REPLICAS as soon as any one of the {rf} brokers of a partition is down. Use min-insync-replicas {suggestion} so that one broker may fail.',
        'min-insync-too-low': 'min-insync-replicas 1 with replication factor {rf}: acks=all then only waits for the leader, and an event the followers have not copied is lost if the leader fails. Use min-insync-replicas 2.',
        'replicas-exceed-racks': 'replication-factor {rf} over {racks} rack(s): some partition keeps two replicas in one rack, so losing that rack takes two copies at once.',
        'total-order-needs-one-partition': 'ordering total with {partitions} partitions: Kafka keeps order only inside a partition, never across a topic. Use partitions 1, or `ordering key <field>` for order per key.',
        'invalid-topic-name': 'Topic name {name} is not valid in Kafka: {reason}. Topic names are 1 to 249 characters from [a-zA-Z0-9._-], and not "." or "..".',
        'topic-name-collision': 'Topic {name} collides with topic {other}: Kafka maps "." to "_" in metric names and refuses the second topic (INVALID_TOPIC_EXCEPTION). Rename one of them.',
        'reserved-topic-name': 'Topic {name} starts with "__", which Kafka uses for its internal topics (__consumer_offsets, __transaction_state). Choose a name without the leading "__".',
        'duplicate-topic': 'Topic {name} is declared twice in cluster {cluster}: Kafka refuses to create an existing topic (TopicExistsException). Merge the two declarations.',
        'unknown-config': '{key} is not a Kafka topic config.',
        'unknown-config/suggest': '{key} is not a Kafka topic config. Did you mean {suggestion}?',
        'invalid-config-value/enum': '{key} = {value} is not valid: expected {expected}.',
        'invalid-config-value/list': '{key} = {value} is not valid: expected a subset of {expected}.',
        'invalid-config-value/integer': '{key} = {value} is not valid: expected a whole number.',
        'invalid-config-value/number': '{key} = {value} is not valid: expected a number.',
        'invalid-config-value/boolean': '{key} = {value} is not valid: expected true or false.',
        'invalid-config-value/min': '{key} = {value} is not valid: it must be at least {min}.',
        'invalid-config-value/range': '{key} = {value} is not valid: it must be between {min} and {max}.',
        'invalid-config-value/duration': '{key} = {value} is not valid: expected a duration in milliseconds, or with a unit (500ms, 30s, 15m, 12h, 7d).',
        'invalid-config-value/size': '{key} = {value} is not valid: expected a size in bytes, or with a unit (512B, 100KiB, 64MiB, 1GiB, 1KB, 1MB, 1GB).',
        'invalid-config-value/unit': '{key} = {value} is not valid: {unit} is not a duration unit (ms, s, m, h, d) nor a size unit (B, KiB, MiB, GiB, KB, MB, GB).',
        'invalid-config-value/single': '{key} takes a single value, not a list.',
        'config-shadows-property': 'config {key} = {value} sets the same thing as the property `{property} {propertyValue}`: the property wins ({propertyValue}). Remove the config entry.',
        'unclean-election-enabled': 'unclean.leader.election.enable = true: when every in-sync replica is down, an out-of-sync replica may become leader, and the committed events it never received are lost for good. Keep it false unless availability matters more than data.',
        'assignment-unknown-broker': 'Partition {partition} is assigned to broker {broker}, which cluster {cluster} does not declare.',
        'assignment-duplicate-broker': 'Partition {partition} lists broker {broker} twice: the replicas of a partition must be on different brokers.',
        'assignment-wrong-size': 'Partition {partition} has {size} replica(s) but the replication factor is {rf}: list exactly {rf} brokers.',
        'assignment-partitions-mismatch': 'The assignment must list exactly partitions 0 to {last} (the topic has {partitions} partitions): {detail}.',
        'assignment-partitions-mismatch/missing': 'partition {partition} is missing',
        'assignment-partitions-mismatch/extra': 'partition {partition} does not exist',
        'assignment-partitions-mismatch/twice': 'partition {partition} is listed twice',
        'unused-topic': 'No producer and no consumer group uses topic {name}.',
        'assignment-in-defaults': "An `assignment` in `defaults` applies to no topic: replica lists belong to one topic (Kafka's --replica-assignment is given per topic). Move it into the topic it is meant for.",

        'unresolved-reference': 'Unknown {kind} {name} in cluster {cluster}.',
        'unresolved-reference/suggest': 'Unknown {kind} {name} in cluster {cluster}. Did you mean {suggestion}?',
        'unresolved-reference/member': 'Group {group} has no member {name}.',
        'unresolved-reference/member-suggest': 'Group {group} has no member {name}. Did you mean {suggestion}?',
        'unresolved-reference/controller': 'Cluster {cluster} has no controller {name}: {reason}',
        'unresolved-reference/no-controllers': 'it has no dedicated controllers (the brokers are the quorum voters); fail a broker instead.',
        'unresolved-reference/controller-range': 'its controllers are numbered 1 to {count}.',
        'value-out-of-range/broker-negative': "Broker id {value} is not valid: Kafka's node.id must be 0 or more.",
        'value-out-of-range/int32': "{value} is beyond what Kafka accepts here: broker ids and partition counts are 32-bit integers (at most {max}).",
        'value-out-of-range/reversed-range': "brokers {from}..{to} declares no broker: the range runs backwards. Write brokers {to}..{from}.",
        'value-out-of-range/broker-budget': "This range declares {count} brokers; the model handles at most {max} per cluster, so the rest would be ignored. Use a smaller range.",
        'value-out-of-range/members-min': "members {value}: a consumer group needs at least 1 member. Use members 1 or more.",
        'value-out-of-range/member-budget': "members {value}: the model handles at most {max} counted members per group, so the rest would be ignored. Use fewer members or name them.",
        'value-out-of-range/controllers-min': "controllers {value}: a KRaft quorum needs at least 1 controller. Use controllers 3 (or remove the line to let the brokers vote).",
        'value-out-of-range/controller-budget': "controllers {value}: the model handles at most {max} controllers. Use 3 or 5.",
        'value-out-of-range/partition-budget': "Topic {topic} has {value} partitions: beyond the model's budget of {max} partitions per cluster, so it is checked but not simulated (its scenarios' expectations are not evaluated).",
        'invalid-name': "The {kind} name is empty: nothing can refer to \"\". Give it a name.",
        'acks-may-lose-data': 'Producer {producer} writes with acks={acks} to {topic} (replication factor {rf}): the leader confirms before any follower has the event, so a leader failover loses it. Use acks all (Kafka\'s default since 3.0).',
        'acks-may-lose-data/acks0': "Producer {producer} writes with acks=0 to {topic} (replication factor {rf}): it does not wait for any broker to confirm, so an event the leader never stored, or stored but lost in a leader failover, is gone without an error. Use acks all (Kafka's default since 3.0).",
        'invalid-acks': 'acks {value} is not valid: use 0, 1 or all (-1 is the same as all).',
        'missing-record-key': 'Topic {topic} promises order per key ({field}), but producer {producer} sends no key: records without a key are spread over partitions and lose their order. Add `key {field}`.',
        'key-field-mismatch': 'Producer {producer} keys its records by {key}, but topic {topic} keeps order by {field}: records of one {field} may land in different partitions and lose their order.',
        'idle-consumers': 'Group {group}: no partition for {idle}. The {assignor} assignor gives each of the {partitions} partition(s) to exactly one member, and a partition is never shared inside a group ("1 partition : N consumers" is impossible). Use at most {busy} member(s), or more partitions.{shareHint}',
        'idle-consumers/range-topics': 'Group {group}: no partition for {idle}. The range assignor splits each topic on its own and gives every topic\'s first partitions to the same first members, so only {busy} member(s) get work although the topics have {partitions} partitions in all. Use `assignor roundrobin` or `cooperative-sticky`, or at most {busy} member(s).{shareHint}',
        'uneven-consumer-load': 'Group {group}: the {assignor} assignor gives its members uneven load ({counts}). Use `assignor roundrobin` or `assignor cooperative-sticky` to spread partitions evenly.',
        'assignor-protocol-mismatch/classic': "Group {group} uses the classic protocol, whose Java client has no `{assignor}` assignor: `uniform` runs on the broker, only for `protocol consumer` groups (KIP-848). The model runs {fallback}, the classic default. Use `assignor {fallback}`, or `protocol consumer`.",
        'assignor-protocol-mismatch/consumer': "Group {group} uses `protocol consumer`, where the broker assigns partitions and only knows `uniform` and `range` (group.consumer.assignors): `{assignor}` is a classic client assignor. The model runs {fallback}, the broker's default. Use `assignor {fallback}`.",
        'share-group-loses-order': "Share group {group} consumes {topic}, which promises {ordering}: share-group members acquire records of one partition in parallel and a record whose lock expires is delivered again later, so that order is lost. Use a consumer group for {topic}, or drop the ordering promise.",
        'share-group-loses-order/key': 'order per key',
        'share-group-loses-order/total': 'one total order',
        'idle-consumers/share-hint': ' Several consumers can only read one partition together in a share group (KIP-932, `share-group`), which this cluster has; a share group gives up per-partition order.',
        'group-without-topics': 'Consumer group {group} consumes no topic: add `consumes <topic>`.',
        'group-without-topics/share': 'Share group {group} consumes no topic: add `consumes <topic>`.',
        'producer-without-topics': 'Producer {producer} writes to no topic: add `produces <topic>`.',
        'duplicate-producer': 'Producer {name} is declared twice in cluster {cluster}.',
        'duplicate-group': 'Consumer group {name} is declared twice in cluster {cluster}: a group id names one group.',
        'duplicate-group/kinds': 'Group {name} is declared twice in cluster {cluster}, once as a consumer group and once as a share group: consumer groups and share groups share one namespace of group ids, and the broker refuses members of the other kind. Rename one.',
        'duplicate-member': 'Member {name} appears twice in group {group}: member ids are unique within a group.',
        'duplicate-property': '{property} is already given on line {line}; this later value wins. Remove the earlier one.',

        'scenario-expectation-failed': 'Expectation "{expectation}" does not hold: {observed}',
        'scenario-expectation-failed/step-error': 'This step cannot run: {reason}',
        'scenario-no-effect': '`{step}` changes nothing: {reason}. Remove the step.',
        'scenario-no-effect/broker-dead': 'broker {id} has already failed',
        'scenario-no-effect/broker-alive': 'broker {id} is alive',
        'scenario-no-effect/rack-dead': 'every broker of rack {rack} has already failed',
        'scenario-no-effect/rack-alive': 'every broker of rack {rack} is alive',
        'scenario-no-effect/controller-dead': 'controller {id} has already failed',
        'scenario-no-effect/controller-alive': 'controller {id} is alive',
        'scenario-no-effect/member-absent': 'member {member} is not in group {group}',
        'scenario-no-effect/member-present': 'member {member} is already in group {group}',
        'expectation-depends-on-placement/striped': "`expect {expectation}` holds for the layout the model chose for {topic}, but not for {disagree} of {tried} layouts Kafka's striped placer could choose (e.g. P{partition} on {replicas}): Kafka draws a new topic's layout at random, so this drill may fail on the cluster it actually builds. Pin the layout with an `assignment` block, or import the real one.",
        'expectation-depends-on-placement/admin-utils': "`expect {expectation}` holds for AdminUtils' layout of {topic} with start index 0, but not for {disagree} of {tried} layouts with other start indexes (e.g. P{partition} on {replicas}), which Kafka draws at random. Pin the layout with an `assignment` block, or import the real one.",
        'fix/pin-assignment': "Pin {topic}'s layout with an assignment block",
        'expectation-not-evaluated': "Expectation \"{expectation}\" was not evaluated: {reason}. It neither passes nor fails.",
        'expectation-not-evaluated/topic-budget': "topic {topic} is beyond the model's budget of {max} partitions per cluster",
        'expectation-not-evaluated/no-model': "the cluster cannot be simulated until its errors are fixed",

        'fix/set-property': "Set {property} {value}",
        'fix/set-two-properties': "Set {property} {value} and {other} {otherValue}",
        'fix/add-broker': "Add broker {id}",
        'fix/remove-broker': "Remove broker {id}",
        'fix/set-controllers': "Set controllers {count}",
        'fix/ordering-key': "Change to ordering key (order per key)",
        'fix/replace-key': "Replace with {suggestion}",
        'fix/merge-config': "Merge into the existing {key} (set it to {value})",
        'fix/remove-config-entry': "Remove {key} from config",
        'fix/set-config-value': "Set {key} = {value}",
        'fix/replace-name': "Change to '{suggestion}'",
        'fix/set-acks-all': "Set acks all",
        'fix/insert-key': "Add key {field}",
        'fix/set-members': "Set members {count}",
        'fix/remove-idle-members': "Remove the idle members {members}",
        'fix/set-assignor': "Use assignor {assignor}",
        'fix/remove-earlier': "Remove the earlier {property}",
        'fix/set-kafka-version': "Set kafka-version {version}",
        'fix/set-feature': "Set {feature} = {level} in features",
        'fix/remove-step': "Remove this step"
    },
    terms: {
        'share-group': 'share group',
        cluster: 'cluster',
        producer: 'producer',
        scenario: 'scenario',
        brokers: 'brokers',
        controllers: 'controllers',
        topic: 'topic',
        group: 'consumer group',
        member: 'member',
        broker: 'broker',
        rack: 'rack',
        and: 'and',
        'name-empty': 'it is empty',
        'name-dot': '"." and ".." are not allowed',
        'name-too-long': 'it is longer than 249 characters',
        'name-illegal-chars': 'it contains characters outside [a-zA-Z0-9._-]'
    },
    failover: {
        clusterNotFound: (c) => `The file has no cluster named ${c}.`,
        documentNotFound: (uri) => `The language server cannot read ${uri}.`,
        notSimulated: (reason) => `This cluster cannot be simulated: ${reason}.`,
        noEffect: (reason) => (reason ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}: nothing changes` : 'Nothing changes'),
        nothingToElect: 'Preferred leader election: every partition whose preferred replica is alive and in sync is already led by it; nothing moves',
        summarised: (n) => `${n} partition changes, summarised per topic:`,
        otherTopics: (n) => `${n} other topics`,
        scenarioNotFound: (s) => `The cluster has no scenario named ${s}.`,
        scenarioExists: (s) => `The cluster already has a scenario named ${s}.`,
        nothingToSave: 'There is no step to save.',
        clusterNotClosed: (c) => `Cluster ${c} has no closing brace; fix the file first.`,
        layoutNote: (placer) =>
            placer === 'striped'
                ? "A layout Kafka could choose: KRaft's striped placer starts from a random broker. For the real one, import it from the cluster or write an `assignment` block."
                : "AdminUtils' layout with start index 0; Kafka picks a random start. For the real one, import it from the cluster or write an `assignment` block.",
        headline(step) {
            switch (step.kind) {
                case 'fail-broker':
                    return `Broker ${step.broker} failed`;
                case 'stop-broker':
                    return `Broker ${step.broker} shut down`;
                case 'recover-broker':
                    return `Broker ${step.broker} recovered`;
                case 'fail-rack':
                    return `Rack ${step.rack} failed`;
                case 'recover-rack':
                    return `Rack ${step.rack} recovered`;
                case 'fail-controller':
                    return `Controller ${step.controller} failed`;
                case 'recover-controller':
                    return `Controller ${step.controller} recovered`;
                case 'member-leave':
                    return `${step.member} left ${step.group}`;
                case 'member-join':
                    return `${step.member} joined ${step.group}`;
                case 'elect-preferred':
                    return 'Preferred leaders elected';
            }
        },
        leaderMoves: (n) => `${plural(n, 'partition', 'partitions')} moved leader`,
        wentOffline: (n) => `${plural(n, 'partition', 'partitions')} went offline`,
        isrShrunk: (n) => `${plural(n, 'ISR', 'ISRs')} shrank`,
        isrGrown: (n) => `${plural(n, 'ISR', 'ISRs')} grew`,
        allWritable: (m) => `all topics still writable${m === undefined ? '' : ` (ISR ≥ min ISR ${m})`}`,
        notWritable: (t, total) => `${plural(total, 'topic', 'topics')} not writable with acks=all: ${someOf(t, total)}`,
        quorumLost: 'quorum lost',
        quorumRestored: 'quorum restored',
        rebalanced: (n) => `${plural(n, 'group', 'groups')} rebalanced`,
        nothingChanged: 'no partition changed'
    } satisfies FailoverMessages,
    hints: {
        setting: (setting, value) => `${{ partitions: 'partitions', replicationFactor: 'RF', minInsyncReplicas: 'min ISR' }[setting]} ${value}`,
        origin: (origin) => `(${origin === 'defaults' ? 'defaults' : 'Kafka'})`,
        inheritedTooltip: "Effective values this topic does not set itself: from the cluster's `defaults` block, else Kafka's broker defaults.",
        idle: 'idle',
        more: (count, _of) => `+${count} more`,
        simulateFailover: '▶ Simulate failover',
        runScenario: '▶ Run scenario',
        tolerance: (t) => {
            const w = t.brokers.writable;
            const brokers = `Survives ${bound(w, 'at least')} broker failure${w.value === 1 && w.exact ? '' : 's'} for acks=all writes, ${bound(t.brokers.readable, 'at least')} for reads`;
            if (!t.racks) return brokers;
            const rw = t.racks.writable;
            return `${brokers} · ${bound(rw, 'at least')} rack failure${rw.value === 1 && rw.exact ? '' : 's'} for writes, ${bound(t.racks.readable, 'at least')} for reads`;
        },
        notModelled: (reason) => `Not simulated: ${describeSkippedTopic(reason, 'en')}`,
        clusterNotModelled: (reason) => `Not simulated: ${reason}`,
        duplicateTopic: 'Declared twice: the first declaration counts',
        noAssignment: 'No assignment: the group consumes no declared topic with partitions'
    } satisfies HintTexts,
    rename: {
        invalidTopicName: (name, problem) => `"${name}" is not a valid Kafka topic name: ${{
            empty: 'it is empty',
            dot: '"." and ".." are not allowed',
            'too-long': 'it is longer than 249 characters',
            'illegal-chars': 'only letters, digits, ".", "_" and "-" are allowed'
        }[problem]}.`,
        reservedTopicName: (name) => `"${name}" starts with "__", which Kafka keeps for its internal topics.`,
        topicExists: (name) => `The cluster already has a topic "${name}".`,
        topicCollides: (name, other) => `"${name}" collides with topic "${other}": Kafka maps "." and "_" to the same metric name and refuses the second topic.`,
        emptyName: 'The new name is empty.',
        controlCharacter: 'A name cannot contain a line break, a tab or another control character.',
        groupExists: (name) => `The cluster already has a consumer group "${name}".`,
        memberExists: (name, group) => `Group "${group}" already has a member "${name}".`,
        countedMember: (member, group) => `"${member}" is one of the counted members of group "${group}" (members N): its name comes from the group. Rename the group, or list the members by name.`
    } satisfies RenameTexts,
    symbols: {
        partitions: (n) => `${n} partition${n === 1 ? '' : 's'}`,
        brokers: (n) => `${n} broker${n === 1 ? '' : 's'}`,
        rack: (name) => `rack ${name}`,
        racks: (names) => `racks ${names.join(', ')}`,
        members: (n) => `${n} member${n === 1 ? '' : 's'}`,
        steps: (n) => `${n} step${n === 1 ? '' : 's'}`
    } satisfies SymbolDetails,
    syntax: {
        /** Terminals named in the language's own words rather than token ids. */
        terminals: { ID: 'a name', STRING: 'a quoted string', INT: 'a number', DECIMAL: 'a number', QUANTITY: 'a duration or size', EOF: 'the end of the file' },
        or: ' or ',
        more: ', …'
    },
    changeSafety: {
        exportReassignment: (base: string) => `Export the reassignment and its rollback (against ${base})`
    },
    /** The Kafka release a cluster is checked as, in its hover. */
    release: {
        modelled: (version: string, patch: string, declared: boolean) =>
            `Kafka ${code(version)} (as ${patch} behaves)${declared ? '' : `, the newest release modelled: set \`kafka-version\` for another`}`,
        uncovered: (declared: string, version: string) => `${code(declared)} is not modelled: checked as Kafka ${code(version)}`,
        elr: (on: boolean) =>
            on
                ? 'ELR on: the last in-sync replica leaves the ISR too and stays an eligible leader; a crashed broker loses that seat when it restarts'
                : 'ELR off: the last in-sync replica stays in the ISR and is elected when it returns'
    }
};
