// The sentences of hovers and completion details, in English and Korean.
// Keywords and config keys stay as written in the file in both languages.
import type { Locale } from '../../messages/locale.js';
import { describeSkippedTopic, type ToleranceBound, type SkippedTopicReason, type Acks } from '../../../simulator/index.js';
import type { Ordering, Origin } from '../../model/topic-settings.js';
import type { ConfigType, ConfigUnit } from '../../model/topic-configs.js';
import { code } from './markdown.js';

export type NodeKind = 'cluster' | 'topic' | 'group' | 'shareGroup' | 'producer' | 'broker' | 'rack' | 'member' | 'controller';

export interface Phrases {
    readonly kind: Readonly<Record<NodeKind, string>>;
    /** Where a setting comes from; `line` for `defaults` and the topic's own properties. */
    origin(origin: Origin, line?: number): string;
    readonly settingsHeader: readonly [string, string, string];
    readonly uncleanElection: string;
    ordering(ordering: Ordering): string;
    readonly placementTitle: string;
    readonly placementHeader: readonly [string, string, string];
    morePartitions(rest: number): string;
    /** Where a placed topic's layout comes from (no `assignment` block). */
    layoutOrigin(placer: 'striped' | 'admin-utils'): string;
    readonly toleranceTitle: string;
    survives(unit: 'broker' | 'rack', writable: ToleranceBound, readable: ToleranceBound): string;
    /** The smallest failure set found that stops acks=all writes. */
    writesStopWhen(unit: 'broker' | 'rack', set: readonly (number | string)[]): string;
    /** Why reads stop: the failed brokers were a majority of the quorum voters. */
    quorumLost(failed: number, voters: number, majority: number): string;
    readonly producersLabel: string;
    readonly groupsLabel: string;
    readonly unusedTopic: string;
    notModelled(reason: string): string;
    skipped(reason: SkippedTopicReason): string;
    duplicateDeclaration(firstLine: number): string;

    groupSummary(assignor: string, members: number, partitions: number, topics: readonly string[]): string;
    readonly memberHeader: readonly [string, string];
    idle(members: string): string;
    uneven(min: number, max: number): string;
    readonly groupWithoutTopics: string;
    /** A share group's records: acquisition locks and delivery counts, in one sentence. */
    readonly shareGroupDelivery: string;
    moreMembers(rest: number): string;
    memberOf(group: string): string;
    memberDetail(group: string): string;
    readonly memberIdle: string;

    brokerRack(rack: string): string;
    readonly quorumVoter: string;
    leadsAndFollows(leads: number, follows: number): string;
    readonly brokerHeader: readonly [string, string, string];
    readonly noReplicas: string;
    undeclaredBroker(id: number, cluster: string): string;
    moreTopics(rest: number): string;

    rackBrokers(brokers: readonly number[]): string;
    unknownRack(rack: string, cluster: string): string;
    controller(id: number, count: number, majority: number): string;
    unknownController(id: number, count: number): string;
    readonly combinedMode: string;
    quorumOf(voters: number, kind: 'controllers' | 'brokers', majority: number): string;
    counts(brokers: number, topics: number, producers: number, groups: number): string;
    racks(racks: readonly string[]): string;
    profile(profile: string): string;

    acks(acks: Acks): string;
    key(field: string): string;
    writesTo(topics: readonly string[]): string;
    readonly acksRisk: string;
    readonly producesNothing: string;

    configType(type: ConfigType, unit: ConfigUnit | undefined): string;
    defaultValue(value: string): string;
    readonly durationInput: string;
    readonly sizeInput: string;
    values(values: readonly string[], list: boolean): string;
    atLeast(min: number): string;
    between(min: number, max: number): string;
    clusterWide(brokerKey: string): string;
    here(text: string, normalized: string): string;
    unknownConfig(key: string, suggestion?: string): string;

    readonly kafkaDefault: string;
    topicDetail(partitions: number, rf: number): string;
    groupDetail(assignor: string, members: number): string;
    shareGroupDetail(members: number): string;
    brokerDetail(rack: string | undefined, leads: number | undefined): string;
    rackDetail(brokers: readonly number[]): string;
    controllerDetail(id: number, count: number): string;
    readonly snippet: Readonly<Record<'cluster' | 'topic' | 'producer' | 'consumer-group' | 'scenario', string>>;
}

const list = (items: readonly (string | number)[]): string => items.map(code).join(', ');
const bound = (b: ToleranceBound, atLeast: string): string => (b.exact ? `${b.value}` : `${atLeast}${b.value}`);

const en: Phrases = {
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
        `survives ${bound(w, 'at least ')} ${unit} failure${w.value === 1 && w.exact ? '' : 's'} for acks=all writes, ${bound(r, 'at least ')} for reads`,
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
        `assignor ${code(assignor)}: ${members} member${members === 1 ? '' : 's'}, ${partitions} partition${partitions === 1 ? '' : 's'} of ${list(topics)}`,
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
        brokers.length === 1 ? `Broker ${list(brokers)}: failing the rack stops it.` : `Brokers ${list(brokers)}: failing the rack stops all of them at once.`,
    unknownRack: (rack, cluster) => `No broker of cluster ${code(cluster)} is in rack ${code(rack)}.`,
    controller: (id, count, majority) =>
        `Controller ${id} of ${count} dedicated controllers: a majority of ${majority} must stay alive, so ${count - majority} may fail.`,
    unknownController: (id, count) => `There is no controller ${id}: the cluster has ${count} dedicated controller${count === 1 ? '' : 's'} (1..${count}).`,
    combinedMode: 'The cluster has no dedicated controllers: its brokers form the quorum (combined mode).',
    quorumOf: (voters, kind, majority) =>
        `quorum of ${voters} ${kind}, majority ${majority}: tolerates ${Math.max(0, voters - majority)} voter failure${voters - majority === 1 ? '' : 's'}`,
    counts: (brokers, topics, producers, groups) =>
        `${brokers} broker${brokers === 1 ? '' : 's'} · ${topics} topic${topics === 1 ? '' : 's'} · ${producers} producer${producers === 1 ? '' : 's'} · ${groups} consumer group${groups === 1 ? '' : 's'}`,
    racks: (racks) => `racks ${list(racks)}`,
    profile: (profile) => `profile ${code(profile)}`,

    acks: (acks) => `acks ${code(acks)}`,
    key: (field) => `key ${code(field)}`,
    writesTo: (topics) => `Writes to ${list(topics)}.`,
    acksRisk: '⚠ Without acks=all, a write the followers have not copied is lost when the leader fails.',
    producesNothing: 'Writes to no declared topic yet.',

    configType: (type, unit) => (unit ? `${type} (${unit === 'ms' ? 'milliseconds' : 'bytes'})` : type),
    defaultValue: (value) => `default ${value}`,
    durationInput: 'Accepts a duration (500ms, 30s, 15m, 12h, 7d) or milliseconds.',
    sizeInput: 'Accepts a size (512B, 100KiB, 64MiB, 1GiB, 1GB) or bytes.',
    values: (values, isList) => `Values: ${list(values)}${isList ? ' (several may be given, separated by commas)' : ''}.`,
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
};

const ko: Phrases = {
    kind: { cluster: '클러스터', topic: '토픽', group: '컨슈머 그룹', shareGroup: '공유 그룹', producer: '프로듀서', broker: '브로커', rack: '랙', member: '멤버', controller: '컨트롤러' },
    origin: (origin, line) =>
        origin === 'kafka' ? 'Kafka 기본값' : `${origin === 'topic' ? '이 토픽' : code('defaults')}${line === undefined ? '' : ` (${line}행)`}`,
    settingsHeader: ['설정', '값', '출처'],
    uncleanElection: 'unclean 리더 선출',
    ordering: (o) => (o.mode === 'key' ? (o.field ? `key ${code(o.field)}` : 'key') : o.mode),
    placementTitle: '**복제본 배치** — 첫 번째 복제본 = 선호 리더',
    placementHeader: ['파티션', '리더', '팔로워'],
    morePartitions: (rest) => `… 외 파티션 ${rest}개`,
    layoutOrigin: (placer) =>
        placer === 'striped'
            ? '*Kafka가 고를 수 있는 배치 중 하나*: KRaft의 `StripedReplicaPlacer`는 무작위 브로커에서 시작합니다(모델은 토픽 이름으로 시드를 정합니다). 실제 배치는 `kafka-topics --describe`에 있습니다: 가져오거나 `assignment` 블록으로 고정하세요.'
            : '*AdminUtils 배치*(시작 인덱스 0, `placement admin-utils`)입니다. Kafka는 시작 위치를 무작위로 고릅니다. 실제 배치는 `kafka-topics --describe`에 있습니다: 가져오거나 `assignment` 블록으로 고정하세요.',
    toleranceTitle: '**장애 허용**',
    survives: (unit, w, r) => {
        const u = unit === 'broker' ? '브로커' : '랙';
        const c = unit === 'broker' ? '대' : '개';
        return `acks=all 쓰기는 ${u} ${bound(w, '최소 ')}${c} 장애까지, 읽기는 ${bound(r, '최소 ')}${c} 장애까지 견딥니다`;
    },
    writesStopWhen: (unit, set) => `(${unit === 'broker' ? '브로커' : '랙'} ${set.join(', ')} 장애 → 쓰기 불가)`,
    quorumLost: (failed, voters, majority) =>
        `브로커 ${failed}대가 멈추면 브로커들의 쿼럼(투표자 ${voters}개 중 과반수 ${majority}개 생존 필요)을 잃어 새 리더를 선출할 수 없습니다.`,
    producersLabel: '프로듀서',
    groupsLabel: '컨슈머 그룹',
    unusedTopic: '이 토픽을 쓰는 프로듀서나 컨슈머 그룹이 없습니다.',
    notModelled: (reason) => `시뮬레이션할 수 없습니다: ${reason}.`,
    skipped: (e) => describeSkippedTopic(e, 'ko'),
    duplicateDeclaration: (line) => `다시 선언되었습니다: Kafka는 첫 번째 선언(${line}행)을 유지합니다.`,

    groupSummary: (assignor, members, partitions, topics) => `어사이너 ${code(assignor)}: 멤버 ${members}명, ${list(topics)}의 파티션 ${partitions}개`,
    memberHeader: ['멤버', '파티션'],
    idle: (members) => `⚠ 유휴 멤버: ${members} — 파티션보다 멤버가 많습니다. 한 그룹에서 파티션 하나는 멤버 하나만 읽습니다.`,
    uneven: (min, max) => `부하 불균형: 멤버마다 파티션 ${min}~${max}개.`,
    groupWithoutTopics: '아직 선언된 토픽을 구독하지 않아 할당할 것이 없습니다.',
    shareGroupDelivery:
        '멤버는 레코드 묶음을 가져와 확인(ack)할 때까지 획득 잠금(`group.share.record.lock.duration.ms`, 30초)으로 잡아 두고, 잠금이 만료된 레코드는 다시 전달되며 `group.share.delivery.count.limit`(5)번 전달된 레코드는 보관 처리되어 더는 전달되지 않습니다. 브로커는 멤버가 파티션보다 많을 때에만 한 파티션을 여러 멤버에게 나눠 줍니다(`simple` 할당자, Kafka 4.2).',
    moreMembers: (rest) => `… 외 멤버 ${rest}명`,
    memberOf: (group) => `(${code(group)})`,
    memberDetail: (group) => `${group}의 멤버`,
    memberIdle: '유휴: 파티션 없음',

    brokerRack: (rack) => `랙 ${code(rack)}`,
    quorumVoter: '쿼럼 투표자',
    leadsAndFollows: (leads, follows) => `정상 상태에서 파티션 ${leads}개의 리더, ${follows}개의 팔로워입니다 (리더 = 첫 번째 복제본).`,
    brokerHeader: ['토픽', '리더', '팔로워'],
    noReplicas: '파티션 복제본이 없습니다.',
    undeclaredBroker: (id, cluster) => `브로커 ${id}은(는) 클러스터 ${code(cluster)}에 선언되지 않았습니다.`,
    moreTopics: (rest) => `… 외 토픽 ${rest}개`,

    rackBrokers: (brokers) =>
        brokers.length === 1 ? `브로커 ${list(brokers)}: 이 랙이 장애 나면 멈춥니다.` : `브로커 ${list(brokers)}: 이 랙이 장애 나면 모두 한꺼번에 멈춥니다.`,
    unknownRack: (rack, cluster) => `클러스터 ${code(cluster)}에 랙 ${code(rack)}에 속한 브로커가 없습니다.`,
    controller: (id, count, majority) => `전용 컨트롤러 ${count}개 중 ${id}번: 과반수 ${majority}개가 살아 있어야 하므로 ${count - majority}개까지 장애를 허용합니다.`,
    unknownController: (id, count) => `컨트롤러 ${id}은(는) 없습니다: 전용 컨트롤러는 ${count}개(1..${count})입니다.`,
    combinedMode: '전용 컨트롤러가 없습니다: 브로커들이 쿼럼을 이룹니다(combined 모드).',
    quorumOf: (voters, kind, majority) =>
        `쿼럼: ${kind === 'brokers' ? '브로커' : '컨트롤러'} ${voters}개, 과반수 ${majority}: 투표자 ${Math.max(0, voters - majority)}개 장애 허용`,
    counts: (brokers, topics, producers, groups) => `브로커 ${brokers}개 · 토픽 ${topics}개 · 프로듀서 ${producers}개 · 컨슈머 그룹 ${groups}개`,
    racks: (racks) => `랙 ${list(racks)}`,
    profile: (profile) => `프로파일 ${code(profile)}`,

    acks: (acks) => `acks ${code(acks)}`,
    key: (field) => `key ${code(field)}`,
    writesTo: (topics) => `${list(topics)}에 씁니다.`,
    acksRisk: '⚠ acks=all이 아니면, 팔로워가 복제하기 전에 리더가 장애 날 때 쓰기가 유실됩니다.',
    producesNothing: '아직 선언된 토픽에 쓰지 않습니다.',

    configType: (type, unit) => (unit ? `${type} (${unit === 'ms' ? '밀리초' : '바이트'})` : type),
    defaultValue: (value) => `기본값 ${value}`,
    durationInput: '기간(500ms, 30s, 15m, 12h, 7d) 또는 밀리초 숫자를 받습니다.',
    sizeInput: '크기(512B, 100KiB, 64MiB, 1GiB, 1GB) 또는 바이트 숫자를 받습니다.',
    values: (values, isList) => `값: ${list(values)}${isList ? ' (쉼표로 여러 개 지정 가능)' : ''}.`,
    atLeast: (min) => `${min} 이상.`,
    between: (min, max) => `${min}부터 ${max}까지.`,
    clusterWide: (brokerKey) => `클러스터 전체 기본값: 브로커 설정 ${code(brokerKey)}.`,
    here: (text, normalized) => `여기: ${code(text)} = ${normalized}.`,
    unknownConfig: (key, suggestion) => `${code(key)}은(는) Kafka 토픽 설정이 아닙니다.${suggestion ? ` ${code(suggestion)}을(를) 뜻했나요?` : ''}`,

    kafkaDefault: 'Kafka 기본값',
    topicDetail: (partitions, rf) => `토픽 · 파티션 ${partitions}개 · RF ${rf}`,
    groupDetail: (assignor, members) => `컨슈머 그룹 · ${assignor} · 멤버 ${members}명`,
    shareGroupDetail: (members) => `공유 그룹 · 멤버 ${members}명`,
    brokerDetail: (rack, leads) =>
        ['브로커', rack === undefined ? undefined : `랙 ${rack}`, leads === undefined ? undefined : `리더 파티션 ${leads}개`]
            .filter((s) => s !== undefined)
            .join(' · '),
    rackDetail: (brokers) => `랙 · 브로커 ${brokers.join(', ')}`,
    controllerDetail: (id, count) => `컨트롤러 ${id}/${count}`,
    snippet: {
        cluster: '새 클러스터: 브로커 3개, RF 3, min ISR 2',
        topic: '새 토픽',
        producer: 'acks all인 새 프로듀서',
        'consumer-group': '새 컨슈머 그룹',
        scenario: '새 장애 시나리오'
    }
};

const phrasebooks: Readonly<Record<Locale, Phrases>> = { en, ko };

export function phrases(locale: Locale): Phrases {
    return phrasebooks[locale];
}
