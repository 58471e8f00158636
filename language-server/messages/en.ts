// The server's words in English, in one place: diagnostics (`messages`, keyed by
// issue code), the terms they name, and the sections of shape.ts (the failover
// view, inlay hints and code lenses, rename, outline, parser errors, hovers).
// This catalogue defines the type every other language's catalogue must have.
import { describeSkippedTopic } from '../../simulator/index.js';
import type { ConceptText, FailoverMessages, HintTexts, Phrases, RenameTexts, SymbolDetails } from './shape.js';
import { bound, code, codeList, someOf } from './wording.js';

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
        'idempotent-needs-acks-all': 'Producer {producer} sets idempotent true with acks={acks}: Kafka refuses this producer config ("Must set acks to all in order to use the idempotent producer"), so the producer does not start. Set acks all, or drop idempotent true (the client then turns idempotence off quietly).',
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
    },
    hover: {
        kind: { cluster: 'cluster', topic: 'topic', group: 'consumer group', shareGroup: 'share group', producer: 'producer', broker: 'broker', rack: 'rack', member: 'member', controller: 'controller' },
        origin: (origin, line) =>
            origin === 'kafka' ? 'Kafka default' : `${origin === 'topic' ? 'this topic' : code('defaults')}${line === undefined ? '' : ` (line ${line})`}`,
        settingsHeader: ['setting', 'value', 'from'],
        uncleanElection: 'unclean leader election',
        ordering: (o) => (o.mode === 'key' ? (o.field ? `key ${code(o.field)}` : 'key') : o.mode),
        placementTitle: '**Replica placement** — first replica = preferred leader',
        placementHeader: ['partition', 'leader', 'followers'],
        morePartitions: (rest) => `… and ${rest} more partition${rest === 1 ? '' : 's'}`,
        layoutOrigin: (placer) =>
            placer === 'striped'
                ? "*A layout Kafka could choose*: KRaft's `StripedReplicaPlacer` starts from a random broker (the model seeds it with the topic's name). The real layout is in `kafka-topics --describe`: import it, or pin one with an `assignment` block."
                : "*AdminUtils' layout* with start index 0 (`placement admin-utils`); Kafka draws a random start. The real layout is in `kafka-topics --describe`: import it, or pin one with an `assignment` block.",
        toleranceTitle: '**Fault tolerance**',
        survives: (unit, w, r) =>
            `survives ${bound(w, 'at least')} ${unit} failure${w.value === 1 && w.exact ? '' : 's'} for acks=all writes, ${bound(r, 'at least')} for reads`,
        writesStopWhen: (unit, set) => `(${unit}${set.length === 1 ? '' : 's'} ${set.join(', ')} down → not writable)`,
        quorumLost: (failed, voters, majority) =>
            `With ${failed} brokers down the brokers' quorum is lost (a majority of ${majority} of ${voters} voters must be alive), so no new leader can be elected.`,
        producersLabel: 'Producers',
        groupsLabel: 'Consumer groups',
        unusedTopic: 'No producer or consumer group uses this topic.',
        notModelled: (reason) => `Not simulated: ${reason}.`,
        skipped: (e) => describeSkippedTopic(e, 'en'),
        duplicateDeclaration: (line) => `Declared again: the first declaration (line ${line}) is the one Kafka would keep.`,

        groupSummary: (assignor, members, partitions, topics) =>
            `assignor ${code(assignor)}: ${members} member${members === 1 ? '' : 's'}, ${partitions} partition${partitions === 1 ? '' : 's'} of ${codeList(topics)}`,
        memberHeader: ['member', 'partitions'],
        idle: (members) => `⚠ Idle: ${members} — more members than partitions, and in one group a partition is read by one member only.`,
        uneven: (min, max) => `Uneven load: ${min} to ${max} partitions per member.`,
        groupWithoutTopics: 'Consumes no declared topic yet: there is nothing to assign.',
        shareGroupDelivery:
            'A member fetches a batch of records and holds them under an acquisition lock (`group.share.record.lock.duration.ms`, 30 s) until it acknowledges them; a record whose lock expires goes back to be delivered again, and after `group.share.delivery.count.limit` (5) deliveries it is archived, never delivered again. The broker shares a partition among members only when there are more members than partitions (its `simple` assignor, Kafka 4.2).',
        moreMembers: (rest) => `… and ${rest} more member${rest === 1 ? '' : 's'}`,
        memberOf: (group) => `of ${code(group)}`,
        memberDetail: (group) => `member of ${group}`,
        memberIdle: 'idle: no partition',

        brokerRack: (rack) => `rack ${code(rack)}`,
        quorumVoter: 'quorum voter',
        leadsAndFollows: (leads, follows) =>
            `Leader of ${leads} partition${leads === 1 ? '' : 's'}, follower of ${follows} in the healthy cluster (leader = first replica).`,
        brokerHeader: ['topic', 'leader of', 'follower of'],
        noReplicas: 'Holds no partition replica.',
        undeclaredBroker: (id, cluster) => `Broker ${id} is not declared in cluster ${code(cluster)}.`,
        moreTopics: (rest) => `… and ${rest} more topic${rest === 1 ? '' : 's'}`,

        rackBrokers: (brokers) =>
            brokers.length === 1 ? `Broker ${codeList(brokers)}: failing the rack stops it.` : `Brokers ${codeList(brokers)}: failing the rack stops all of them at once.`,
        unknownRack: (rack, cluster) => `No broker of cluster ${code(cluster)} is in rack ${code(rack)}.`,
        controller: (id, count, majority) =>
            `Controller ${id} of ${count} dedicated controllers: a majority of ${majority} must stay alive, so ${count - majority} may fail.`,
        unknownController: (id, count) => `There is no controller ${id}: the cluster has ${count} dedicated controller${count === 1 ? '' : 's'} (1..${count}).`,
        combinedMode: 'The cluster has no dedicated controllers: its brokers form the quorum (combined mode).',
        quorumOf: (voters, kind, majority) =>
            `quorum of ${voters} ${kind}, majority ${majority}: tolerates ${Math.max(0, voters - majority)} voter failure${voters - majority === 1 ? '' : 's'}`,
        counts: (brokers, topics, producers, groups) =>
            `${brokers} broker${brokers === 1 ? '' : 's'} · ${topics} topic${topics === 1 ? '' : 's'} · ${producers} producer${producers === 1 ? '' : 's'} · ${groups} consumer group${groups === 1 ? '' : 's'}`,
        racks: (racks) => `racks ${codeList(racks)}`,
        profile: (profile) => `profile ${code(profile)}`,

        acks: (acks) => `acks ${code(acks)}`,
        key: (field) => `key ${code(field)}`,
        writesTo: (topics) => `Writes to ${codeList(topics)}.`,
        acksRisk: '⚠ Without acks=all, a write the followers have not copied is lost when the leader fails.',
        idempotence: (state, acks) =>
            state === 'on'
                ? 'Idempotent: the broker drops the duplicates a retry would write (enable.idempotence, default since Kafka 3.0).'
                : state === 'off'
                  ? 'Not idempotent (`idempotent false`): a retried write may be stored twice.'
                  : state === 'quietly-off'
                    ? `Not idempotent: with acks=${acks} the client quietly turns its default enable.idempotence=true off (Kafka ≥ 3.0), so a retried write may be stored twice.`
                    : `Kafka refuses this producer: \`idempotent true\` needs acks=all (acks=${acks} is set).`,
        producesNothing: 'Writes to no declared topic yet.',

        configType: (type, unit) => (unit ? `${type} (${unit === 'ms' ? 'milliseconds' : 'bytes'})` : type),
        defaultValue: (value) => `default ${value}`,
        durationInput: 'Accepts a duration (500ms, 30s, 15m, 12h, 7d) or milliseconds.',
        sizeInput: 'Accepts a size (512B, 100KiB, 64MiB, 1GiB, 1GB) or bytes.',
        values: (values, isList) => `Values: ${codeList(values)}${isList ? ' (several may be given, separated by commas)' : ''}.`,
        atLeast: (min) => `At least ${min}.`,
        between: (min, max) => `From ${min} to ${max}.`,
        clusterWide: (brokerKey) => `Cluster-wide default: broker config ${code(brokerKey)}.`,
        here: (text, normalized) => `Here: ${code(text)} = ${normalized}.`,
        unknownConfig: (key, suggestion) => `${code(key)} is not a Kafka topic config.${suggestion ? ` Did you mean ${code(suggestion)}?` : ''}`,

        kafkaDefault: 'Kafka default',
        topicDetail: (partitions, rf) => `topic · ${partitions} partition${partitions === 1 ? '' : 's'} · RF ${rf}`,
        groupDetail: (assignor, members) => `consumer group · ${assignor} · ${members} member${members === 1 ? '' : 's'}`,
        shareGroupDetail: (members) => `share group · ${members} member${members === 1 ? '' : 's'}`,
        brokerDetail: (rack, leads) =>
            ['broker', rack === undefined ? undefined : `rack ${rack}`, leads === undefined ? undefined : `leads ${leads} partition${leads === 1 ? '' : 's'}`]
                .filter((s) => s !== undefined)
                .join(' · '),
        rackDetail: (brokers) => `rack · broker${brokers.length === 1 ? '' : 's'} ${brokers.join(', ')}`,
        controllerDetail: (id, count) => `controller ${id} of ${count}`,
        snippet: {
            cluster: 'new cluster: 3 brokers, RF 3, min ISR 2',
            topic: 'new topic',
            producer: 'new producer with acks all',
            'consumer-group': 'new consumer group',
            scenario: 'new failover scenario'
        }
    } satisfies Phrases,
    /** The Kafka concepts behind the keywords: hover shows `title — summary` and the body; completion the summary and the body. */
    concepts: {
        cluster: {
            title: 'Kafka cluster',
            summary: 'Brokers that store and serve topics together, as one system.',
            body: 'Topics are split into partitions and every partition is copied to several brokers, so the cluster keeps working when a broker fails (clustering + replication). The controller quorum (KRaft) decides partition leaders and ISRs.'
        },
        profile: {
            title: 'Profile',
            summary: 'Which safety checks apply: `production` (default) or `development`.',
            body: '`production` warns about setups that lose events or availability: fewer than 3 brokers, fewer than 3 quorum voters, replication-factor below 3, min-insync-replicas 1. `development` drops these warnings for a laptop cluster and reports acks 0/1 only as information.'
        },
        'profile-production': {
            title: 'production',
            summary: 'Production checks: 3+ brokers, RF 3, min ISR 2, acks all.',
            body: 'The recommended HA setup of the notes: at least 3 brokers (an odd number), replication-factor 3 and min-insync-replicas 2, producers with `acks all`. Setups below it are warnings.'
        },
        'profile-development': {
            title: 'development',
            summary: 'Laptop checks: one broker and RF 1 are fine.',
            body: 'Warnings that only matter for a real outage (too few brokers or voters, low replication factor, min ISR 1) are turned off; acks 0/1 becomes information.'
        },
        controllers: {
            title: 'Controller quorum (KRaft)',
            summary: 'Dedicated KRaft controllers that vote on metadata changes.',
            body: 'Leader elections, ISR changes and fencing a failed broker commit only while a majority (voters / 2 + 1) of the voters is alive. Without `controllers` the brokers themselves vote (combined mode). Use an odd number: 3 voters tolerate 1 failure, 5 tolerate 2, and 4 still tolerate only 1.'
        },
        quorum: {
            title: 'Quorum',
            summary: 'Whether a majority of the voters (controllers, else brokers) is alive.',
            body: '`expect quorum` / `expect no quorum`. Without a majority no metadata change commits: no leader election and no ISR change, so partitions led by a failed broker stay unavailable until the quorum returns.'
        },
        broker: {
            title: 'Broker',
            summary: 'A Kafka server that stores partition replicas and serves clients.',
            body: 'Every partition has one leader replica on one broker, which handles all reads and writes, and followers on other brokers that copy it. Broker ids are unique; in a scenario, `fail broker N` / `recover broker N` stop and restart one.'
        },
        brokers: {
            title: 'Broker range',
            summary: '`brokers 1..5` declares brokers 1 to 5 at once.',
            body: 'Properties in its block apply to every broker of the range; `racks "a", "b", "c"` deals the racks round-robin over the ids (1 → a, 2 → b, 3 → c, 4 → a, …).'
        },
        rack: {
            title: 'Rack',
            summary: 'A failure domain: an availability zone, a rack, a room.',
            body: 'When every broker has a rack, Kafka\'s rack-aware placement puts a partition\'s replicas on different racks, so losing one rack costs at most one copy per partition (when RF ≤ racks). Give every broker a rack or none: Kafka refuses placement when only some have one.'
        },
        host: {
            title: 'Host',
            summary: 'The broker\'s address, for readers of the file.',
            body: 'Documentation only: the simulation does not use it.'
        },
        defaults: {
            title: 'Topic defaults',
            summary: 'Settings every topic of the cluster inherits unless it sets its own.',
            body: 'partitions, replication-factor, min-insync-replicas, ordering and config entries. Where neither the topic nor `defaults` says anything, Kafka\'s broker defaults apply: num.partitions=1, default.replication.factor=1, min.insync.replicas=1.'
        },
        topic: {
            title: 'Topic',
            summary: 'The name of a kind of event, e.g. `order-created`.',
            body: 'Producers write events to it and consumer groups read them, without knowing each other (loose coupling). A topic is split into partitions, and each partition is copied to `replication-factor` brokers.'
        },
        partitions: {
            title: 'Partitions',
            summary: 'The unit of parallelism of a topic.',
            body: 'In a consumer group each partition is read by one member, so the partition count caps how many consumers work in parallel. Order is kept only inside a partition, never across the topic; records with the same key land in the same partition (murmur2(key) mod partitions), and adding partitions later changes that mapping.'
        },
        'replication-factor': {
            title: 'Replication factor',
            summary: 'How many copies each partition has: 1 leader + (RF − 1) followers.',
            body: 'Each copy lives on a different broker, so RF cannot exceed the broker count. The leader handles reads and writes; followers copy it and one of them takes over when the leader fails. RF 3 is the usual production value: with min-insync-replicas 2, one broker may fail with no lost writes.'
        },
        'min-insync-replicas': {
            title: 'Min in-sync replicas',
            summary: 'How many in-sync replicas an `acks=all` write needs (min.insync.replicas).',
            body: 'With fewer live in-sync replicas the producer gets NOT_ENOUGH_REPLICAS and nothing is written: Kafka prefers refusing a write to keeping it on too few brokers. RF 3 with min ISR 2 lets one broker fail; min ISR = RF lets none fail. `acks=0` and `acks=1` writes ignore it.'
        },
        isr: {
            title: 'ISR (In-Sync Replicas)',
            summary: 'The replicas that are caught up with the leader.',
            body: 'Only an ISR member can become leader when the leader fails (a clean election). A follower that lags more than replica.lag.time.max.ms (30 s) leaves the ISR; a recovered broker rejoins once it has caught up.'
        },
        ordering: {
            title: 'Ordering',
            summary: 'The topic\'s ordering promise: `none`, `key <field>` or `total`.',
            body: 'Kafka keeps order only inside a partition. `key F`: producers send field F as the record key, so all events of one F go to one partition, in order (e.g. orderId). `total`: one order over the whole topic, which needs exactly 1 partition (no parallelism). `none` (default): no promise.'
        },
        description: {
            title: 'Description',
            summary: 'What the topic\'s events mean, for readers and hovers.',
            body: 'Free text; it has no effect on Kafka.'
        },
        config: {
            title: 'Topic config',
            summary: 'Kafka topic configs as `key = value`, e.g. `retention.ms = 7d`.',
            body: 'Any topic-level config of Kafka: retention.ms, cleanup.policy, compression.type, max.message.bytes, … Durations (500ms, 30s, 15m, 12h, 7d) and sizes (64MiB, 1GB) are converted to milliseconds and bytes. Hover a key for its documentation.'
        },
        assignment: {
            title: 'Explicit replica assignment',
            summary: '`partition: [brokers]` replaces Kafka\'s automatic placement.',
            body: 'The first broker of a list is the preferred leader, the others are followers. List every partition 0..partitions−1, each with exactly replication-factor distinct, declared brokers.'
        },
        producer: {
            title: 'Producer',
            summary: 'A service that publishes events to topics.',
            body: 'Its `acks` decides when a write counts as done (and whether a leader failover can lose it); its `key` decides each record\'s partition, which keeps per-key order.'
        },
        produces: {
            title: 'produces',
            summary: 'The topics this producer writes to.',
            body: 'Names of topics of the same cluster, separated by commas.'
        },
        acks: {
            title: 'acks',
            summary: 'When a write counts as done: `0`, `1` or `all` (default).',
            body: '`0`: the producer never waits; a lost write goes unnoticed. `1`: the leader has it; it is lost if the leader fails before the followers copy it. `all` (default since Kafka 3.0): every in-sync replica has it, and only while at least min-insync-replicas are in sync. Use `all` to prevent lost events (이벤트 유실 방지).'
        },
        'acks-0': {
            title: 'acks 0',
            summary: 'Fire and forget: no acknowledgement at all.',
            body: 'Fastest, but any write lost in flight or in a leader failover goes unnoticed.'
        },
        'acks-1': {
            title: 'acks 1',
            summary: 'Acknowledged once the leader has the write.',
            body: 'A write the followers have not copied yet is lost when the leader fails.'
        },
        'acks-all': {
            title: 'acks all',
            summary: 'Acknowledged once every in-sync replica has the write (default).',
            body: 'Refused with NOT_ENOUGH_REPLICAS while fewer than min-insync-replicas are in sync: no acknowledged event is lost in a clean failover.'
        },
        key: {
            title: 'Record key',
            summary: 'The field sent as the record key; it picks the partition.',
            body: 'Kafka sends records with the same key to the same partition (toPositive(murmur2(key)) mod partitions), so events of one key stay in order. Records without a key are spread over partitions by the sticky partitioner and have no per-key order.'
        },
        idempotent: {
            title: 'Idempotent producer',
            summary: 'Whether retries can write duplicates (default `true`).',
            body: 'With `true` (enable.idempotence, default since Kafka 3.0) the broker drops duplicates caused by producer retries, so each write is stored once and in order per partition.'
        },
        'consumer-group': {
            title: 'Consumer group',
            summary: 'Consumers that share reading topics; each partition goes to one member.',
            body: 'Every group reads every event, independently of other groups (e.g. an order service and a notification service). Inside a group, one partition is read by exactly one member: members beyond the partition count stay idle. 1 partition : 1 consumer is the best practice.'
        },
        consumes: {
            title: 'consumes',
            summary: 'The topics this consumer group subscribes to.',
            body: 'The assignor divides all their partitions among the group\'s members.'
        },
        members: {
            title: 'Members',
            summary: 'The group\'s consumers: `members 3` or `members [A-1, A-2]`.',
            body: 'A count names the members `<group>-1 … <group>-n`. More members than partitions leaves some idle; fewer members than partitions makes some read several partitions.'
        },
        assignor: {
            title: 'Assignor',
            summary: 'How partitions are divided among members (partition.assignment.strategy).',
            body: '`range` (default): per topic, consecutive partitions; the first members get the extras. `roundrobin`: all partitions dealt in turn. `sticky`: balanced, and keeps existing assignments on a rebalance. `cooperative-sticky`: sticky, and members keep consuming while partitions move.'
        },
        'assignor-range': {
            title: 'range assignor',
            summary: 'Per topic, consecutive partitions; the first members get one extra.',
            body: 'Members are sorted by id; with p partitions and m members the first p mod m members get one partition more. Over several topics the same first members get every topic\'s extra, which can make the load uneven.'
        },
        'assignor-roundrobin': {
            title: 'roundrobin assignor',
            summary: 'All subscribed partitions, dealt to the members in turn.',
            body: 'Topic-partitions sorted by topic and partition go to the members one by one, so counts differ by at most one when every member subscribes to the same topics.'
        },
        'assignor-sticky': {
            title: 'sticky assignor',
            summary: 'Balanced, and keeps existing assignments when the group rebalances.',
            body: 'When a member leaves or joins, only the partitions needed for balance move; the others stay with their owners (less state to rebuild).'
        },
        'assignor-cooperative-sticky': {
            title: 'cooperative-sticky assignor',
            summary: 'Sticky, rebalanced cooperatively: no stop-the-world.',
            body: 'A partition that moves is first revoked from its old owner and assigned in a follow-up rebalance, so the other members keep consuming meanwhile.'
        },
        scenario: {
            title: 'Failover scenario',
            summary: 'A failover drill, checked as you type.',
            body: 'Steps run in order from the healthy cluster: `fail` / `recover` a broker, rack, controller or member, `elect-preferred`, and `expect` checks the state at that point. A failed expectation is reported on its line.'
        },
        fail: {
            title: 'fail',
            summary: 'Crash a broker (SIGKILL), a whole rack at one instant, a controller, or a group member.',
            body: 'The controller fences a crashed broker: it leaves every ISR and its partitions elect the first live in-sync replica, in assignment order. ELR off (3.9, 4.0): the last ISR member stays in the ISR and the partition goes offline until it returns. ELR on (4.1 and later): the last member leaves the ISR too, which becomes empty, and stays an eligible leader replica — but a crashed broker loses that seat when it restarts. With unclean election enabled a lagging replica may lead and events are lost. Needs the quorum: without it nothing is fenced, and a rack that takes the voter majority with it leaves its partitions with dead leaders.'
        },
        recover: {
            title: 'recover',
            summary: 'Restart a broker, rack, controller, or bring a member back.',
            body: 'A restarted broker registers with the quorum — without a quorum it cannot, and serves nothing until the quorum returns. Then leaderless partitions elect it if their ISR holds it (ELR on: if their ISR is empty and their ELR holds it, a clean election; with ISR and ELR empty, the last known leader, which Kafka counts as unclean). After a crash, ELR on, it first loses its ELR seat; after `stop broker` it keeps it. Elsewhere it catches up and rejoins the ISR. Leadership does not move back until `elect-preferred`.'
        },
        'elect-preferred': {
            title: 'Preferred leader election',
            summary: 'Move leadership back to each partition\'s first replica.',
            body: 'Every partition whose preferred leader (first replica) is alive and in the ISR gets it back as leader — what auto.leader.rebalance.enable does every 300 s, spreading leaders over the brokers again.'
        },
        expect: {
            title: 'expect',
            summary: 'Check the simulated state at this point of the scenario.',
            body: '`<topic> writable | not writable | readable | not readable | fully-replicated | under-replicated`, `quorum` / `no quorum`, `no data-loss`, `group <group> balanced`.'
        },
        writable: {
            title: 'writable',
            summary: 'Every partition accepts `acks=all` writes.',
            body: 'The leader is alive and the ISR has at least min(min-insync-replicas, RF) members, all alive. `acks=0`/`acks=1` producers only need a live leader.'
        },
        readable: {
            title: 'readable',
            summary: 'Every partition has a live leader, so consumers can read it.',
            body: 'Consumers read only from the leader; a partition without one is offline.'
        },
        'fully-replicated': {
            title: 'fully-replicated',
            summary: 'Every partition has all its replicas in the ISR.',
            body: 'Nothing is under-replicated: |ISR| = RF everywhere.'
        },
        'under-replicated': {
            title: 'under-replicated',
            summary: 'Some partition has fewer in-sync replicas than its RF.',
            body: '|ISR| < RF, e.g. while a broker is down — Kafka\'s UnderReplicatedPartitions metric.'
        },
        'data-loss': {
            title: 'no data-loss',
            summary: 'No unclean leader election has happened.',
            body: 'No out-of-sync replica became leader, so no acknowledged event was lost. Unclean election happens only when unclean.leader.election.enable is true.'
        },
        balanced: {
            title: 'group … balanced',
            summary: 'No member is idle and none is stalled.',
            body: 'Every member has a partition, and no member waits on a partition whose leader is dead.'
        },
        'member-target': {
            title: 'member … in …',
            summary: 'A member of a consumer group leaves (`fail`) or rejoins (`recover`).',
            body: 'The group rebalances: its assignor divides the partitions among the remaining members.'
        },
        'kafka-version': {
            title: 'Kafka release',
            summary: 'The Kafka release whose behaviour the model reproduces: 3.9, 4.0, 4.1, 4.2, 4.3 or 4.4 (default: 4.4, the newest modelled).',
            body: 'The release sets the feature levels of a newly formatted cluster: eligible leader replicas (ELR, KIP-966) from 4.1, consumer-protocol groups (KIP-848) from 4.0, share groups (KIP-932) from 4.2. A cluster upgraded from an older release keeps its old levels: say so with `features`.'
        },
        features: {
            title: 'Feature levels',
            summary: 'Kafka feature levels that override the release defaults (`kafka-features.sh`).',
            body: '`eligible.leader.replicas.version = 1` turns on ELR, `group.version = 1` the consumer group protocol, `share.version = 1` share groups. A cluster keeps its levels across upgrades until `kafka-features.sh upgrade`.'
        },
        placement: {
            title: 'Replica placement',
            summary: 'Which algorithm places a new topic\'s replicas: `striped` (KRaft, default) or `admin-utils`.',
            body: '`striped` is what `kafka-topics --create` runs in KRaft (StripedReplicaPlacer, random start); the model shows one layout Kafka could choose. `admin-utils` is the ZooKeeper-era AdminUtils with start index 0. Pin the real layout with `assignment`.'
        },
        protocol: {
            title: 'Group protocol',
            summary: '`classic` (client-side assignors, the default) or `consumer` (KIP-848, the broker assigns).',
            body: 'With `protocol consumer` the group coordinator assigns partitions with a server-side assignor (`uniform` by default, or `range`) and rebalances incrementally, without stopping the whole group. Needs `group.version ≥ 1` (Kafka 4.0+).'
        },
        'share-group': {
            title: 'Share group',
            summary: 'Several consumers read one partition together (KIP-932): a queue on a topic.',
            body: 'The broker\'s `simple` assignor spreads the partitions over the members and gives one partition to several members when there are more members than partitions, so no member is idle. Records are acquired under a time-limited lock and acknowledged one by one, and a record delivered too often is archived; per-key order is lost. Needs `share.version ≥ 1` (Kafka 4.2 by default).'
        },
        stop: {
            title: 'stop broker',
            summary: 'A controlled shutdown (SIGTERM): the broker hands over its leaderships first.',
            body: 'The controller moves its leaderships and takes it out of every ISR before it stops, so the leader and ISR result is that of a crash (`fail`). The difference is the restart: with ELR on (4.1 and later, or eligible.leader.replicas.version = 1) a stopped broker keeps its eligible-leader seat and may be elected cleanly, where a crashed broker loses it; with ELR off (3.9, 4.0) both restart alike.'
        },
        'assignor-uniform': {
            title: 'uniform assignor (server side)',
            summary: 'The broker\'s default assignor for `protocol consumer` groups: balanced and sticky.',
            body: 'The group coordinator spreads partitions evenly over the members and, on a rebalance, starts from the current assignment so that as few partitions as possible move.'
        }
    } satisfies Readonly<Record<string, ConceptText>>,
    /** Kafka's topic configs, one line each (docs paraphrased from TopicConfig.java). */
    configs: {
        'cleanup.policy': 'How old segments are discarded: `delete` removes them after retention.ms / retention.bytes; `compact` keeps the latest record per key. Both may be combined.',
        'compression.type': 'Final compression of the topic\'s data; `producer` keeps whatever codec the producer used.',
        'compression.gzip.level': 'Compression level when compression.type is gzip (1-9, -1 = codec default).',
        'compression.lz4.level': 'Compression level when compression.type is lz4.',
        'compression.zstd.level': 'Compression level when compression.type is zstd.',
        'delete.retention.ms': 'How long delete tombstones are kept on compacted topics, so consumers that lag still see them.',
        'file.delete.delay.ms': 'Time to wait before deleting a file from the filesystem.',
        'flush.messages': 'Force an fsync after this many messages; Kafka normally relies on replication instead.',
        'flush.ms': 'Force an fsync after this much time; Kafka normally relies on replication instead.',
        'follower.replication.throttled.replicas': 'Replicas whose follower replication is throttled (`partition:broker` pairs or `*`).',
        'index.interval.bytes': 'How often an offset index entry is added.',
        'leader.replication.throttled.replicas': 'Replicas whose leader-side replication is throttled (`partition:broker` pairs or `*`).',
        'local.retention.bytes': 'With tiered storage: bytes kept on local disk before only the remote copy remains (-2 = retention.bytes).',
        'local.retention.ms': 'With tiered storage: time kept on local disk before only the remote copy remains (-2 = retention.ms).',
        'max.compaction.lag.ms': 'Longest time a record may stay uncompacted.',
        'max.message.bytes': 'Largest record batch the topic accepts (1 MiB + 12 bytes of log overhead by default).',
        'message.downconversion.enable': 'Whether old consumers get down-converted messages (removed in Kafka 4.0).',
        'message.format.version': 'Deprecated message format version (removed in Kafka 4.0).',
        'message.timestamp.after.max.ms': 'How far in the future a record\'s CreateTime may be before the broker rejects it.',
        'message.timestamp.before.max.ms': 'How far in the past a record\'s CreateTime may be before the broker rejects it.',
        'message.timestamp.difference.max.ms': 'Deprecated: use message.timestamp.before.max.ms / after.max.ms.',
        'message.timestamp.type': 'Whether a record\'s timestamp is the producer\'s create time or the broker\'s append time.',
        'min.cleanable.dirty.ratio': 'How much of the log must be uncompacted before the cleaner compacts it.',
        'min.compaction.lag.ms': 'Shortest time a record stays uncompacted.',
        'min.insync.replicas': 'With acks=all, the fewest in-sync replicas that must have a write for it to succeed; otherwise the producer gets NOT_ENOUGH_REPLICAS. Typical: RF 3 with min.insync.replicas 2.',
        'preallocate': 'Preallocate the file on disk when a new segment is created.',
        'remote.log.copy.disable': 'With tiered storage: stop copying segments to remote storage.',
        'remote.log.delete.on.disable': 'With tiered storage: delete remote data when tiering is disabled.',
        'remote.storage.enable': 'Enable tiered storage for the topic.',
        'retention.bytes': 'Size a partition may grow to before old segments are deleted (-1 = no size limit).',
        'retention.ms': 'How long records are kept before old segments are deleted (7 days by default, -1 = forever).',
        'segment.bytes': 'Size of one log segment file; retention and compaction work segment by segment.',
        'segment.index.bytes': 'Size of the index that maps offsets to file positions.',
        'segment.jitter.ms': 'Random jitter subtracted from segment.ms to avoid rolling every segment at once.',
        'segment.ms': 'Time after which a segment is rolled even if it is not full.',
        'unclean.leader.election.enable': 'Whether a replica outside the ISR may become leader when no in-sync replica is alive: the partition comes back sooner, but committed events are lost.'
    },
    /** One line per enum value, for the completion list after `key =`. */
    configValues: {
        'cleanup.policy': {
            delete: 'Delete old segments after retention.ms / retention.bytes.',
            compact: 'Keep only the latest record per key (a changelog / table).'
        },
        'compression.type': {
            producer: 'Keep the producer\'s codec (no recompression).',
            uncompressed: 'Store records uncompressed.',
            zstd: 'Zstandard: the best ratio at good speed.',
            lz4: 'LZ4: very fast, moderate ratio.',
            snappy: 'Snappy: fast, moderate ratio.',
            gzip: 'Gzip: high ratio, most CPU.'
        },
        'message.timestamp.type': {
            CreateTime: 'The producer\'s timestamp of the record.',
            LogAppendTime: 'The broker\'s time when it appended the record.'
        },
        'unclean.leader.election.enable': {
            true: 'Availability over durability: an out-of-sync replica may lead, and committed events are lost.',
            false: 'Durability over availability: the partition waits for an in-sync replica.'
        }
    }
};
