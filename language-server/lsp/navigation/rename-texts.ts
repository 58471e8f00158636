// Why a rename is refused, in English and Korean.
import type { Locale } from '../../messages/locale.js';
import type { TopicNameProblem } from '../../../simulator/index.js';

export interface RenameTexts {
    invalidTopicName(name: string, problem: TopicNameProblem): string;
    reservedTopicName(name: string): string;
    topicExists(name: string): string;
    topicCollides(name: string, other: string): string;
    emptyName: string;
    controlCharacter: string;
    groupExists(name: string): string;
    memberExists(name: string, group: string): string;
    countedMember(member: string, group: string): string;
}

const en: RenameTexts = {
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
};

const ko: RenameTexts = {
    invalidTopicName: (name, problem) => `"${name}"은(는) 올바른 Kafka 토픽 이름이 아닙니다: ${{
        empty: '비어 있습니다',
        dot: '"."과 ".."은 쓸 수 없습니다',
        'too-long': '249자를 넘습니다',
        'illegal-chars': '영문자, 숫자, ".", "_", "-"만 쓸 수 있습니다'
    }[problem]}.`,
    reservedTopicName: (name) => `"${name}"은(는) "__"로 시작합니다. "__"는 Kafka 내부 토픽용입니다.`,
    topicExists: (name) => `클러스터에 이미 토픽 "${name}"이(가) 있습니다.`,
    topicCollides: (name, other) => `"${name}"은(는) 토픽 "${other}"와(과) 충돌합니다: Kafka는 메트릭 이름에서 "."과 "_"를 같게 취급하므로 두 번째 토픽을 거부합니다.`,
    emptyName: '새 이름이 비어 있습니다.',
    controlCharacter: '이름에는 줄바꿈, 탭 같은 제어 문자를 쓸 수 없습니다.',
    groupExists: (name) => `클러스터에 이미 컨슈머 그룹 "${name}"이(가) 있습니다.`,
    memberExists: (name, group) => `그룹 "${group}"에 이미 멤버 "${name}"이(가) 있습니다.`,
    countedMember: (member, group) => `"${member}"은(는) 그룹 "${group}"의 개수로 정한 멤버(members N)이므로 이름이 그룹에서 옵니다. 그룹 이름을 바꾸거나 멤버를 이름으로 나열하세요.`
};

export function renameTexts(locale: Locale): RenameTexts {
    return locale === 'ko' ? ko : en;
}
