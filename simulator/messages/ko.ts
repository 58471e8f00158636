// 한국어 문장: 관찰 결과와 이벤트.

import type { AssignmentProblem } from '../model.js';
import type { ChangeCause, PartitionEvent, SimEvent } from '../events.js';
import type { PartitionObservation, TopicAspect } from '../expectations.js';
import { list, type Phrasebook } from './phrasebook.js';

const leaderText = (l: number | null): string => (l === null ? '없음' : String(l));

function partitionDetail(o: PartitionObservation): string {
    const head = `${o.topic} P${o.partition}`;
    switch (o.problem) {
        case 'no-leader':
            return `${head}: 리더 없음, ISR ${list(o.isr)}${o.deadIsr.length > 0 ? ` (${o.deadIsr.join(', ')} 장애)` : ''}`;
        case 'leader-down':
            return `${head}: 리더 ${o.leader}이(가) 장애 상태, ISR ${list(o.isr)}`;
        case 'isr-below-min':
            return `${head}: 리더 ${o.leader}, ISR ${list(o.isr)} < min ISR ${o.effectiveMinIsr}`;
        case 'isr-member-down':
            return `${head}: 리더 ${o.leader}, ISR ${list(o.isr)}에 장애 상태인 브로커 ${o.deadIsr.join(', ')}이(가) 남아 있어 acks=all 쓰기가 완료되지 않음`;
        case 'under-replicated':
            return `${head}: ISR ${list(o.isr)}에 복제본 ${o.replicationFactor}개 중 ${o.isr.length}개만 있음`;
        case 'ok':
            return `${head}: 리더 ${leaderText(o.leader)}, ISR ${list(o.isr)}${o.isr.length >= o.effectiveMinIsr ? ` ≥ min ISR ${o.effectiveMinIsr}` : ''}`;
    }
}

const ASPECT: Readonly<Record<TopicAspect, string>> = { writable: 'acks=all로 쓰기 가능', readable: '읽기 가능', 'fully-replicated': '완전히 복제됨' };

function cause(c: ChangeCause): string {
    switch (c.kind) {
        case 'broker-fenced':
            return c.pending ? `쿼럼 복구 후 브로커 ${c.broker} 펜싱 → ` : `브로커 ${c.broker} 장애 → `;
        case 'broker-unfenced':
            return c.pending ? `쿼럼 복구 후 브로커 ${c.broker} 펜싱 해제 → ` : `브로커 ${c.broker} 복구 → `;
        case 'broker-stopped':
            return c.pending ? `쿼럼 복구 후 (정지된) 브로커 ${c.broker} 펜싱 → ` : `브로커 ${c.broker} 정상 종료(controlled shutdown) → `;
        case 'broker-registered':
            return c.clean ? `정상 종료 후 브로커 ${c.broker} 재등록 → ` : `크래시(비정상 종료) 후 브로커 ${c.broker} 재등록 → `;
        case 'preferred-election':
            return '선호 리더 선출 → ';
    }
}

function acksAll(e: { readonly isr: readonly number[]; readonly minIsr: number; readonly writable: boolean }, still: boolean): string {
    if (e.writable) return `acks=all 쓰기는 ${still ? '계속 ' : ''}성공합니다 (ISR ${e.isr.length} ≥ min ISR ${e.minIsr})`;
    if (e.isr.length < e.minIsr) return `acks=all 쓰기는 실패합니다 (ISR ${e.isr.length} < min ISR ${e.minIsr})`;
    return 'acks=all 쓰기가 완료되지 않습니다';
}

/** 적격 리더 복제본(ELR, KIP-966)이 있으면 "; ELR [1,2]". */
function elrText(e: { readonly elr?: readonly number[]; readonly lastKnownElr?: readonly number[] }): string {
    const elr = e.elr && e.elr.length > 0 ? `; ELR ${list(e.elr)}` : '';
    const lastKnown = e.lastKnownElr && e.lastKnownElr.length > 0 ? `; 마지막 리더 ${list(e.lastKnownElr)}` : '';
    return elr + lastKnown;
}

function partitionEvent(e: PartitionEvent): string {
    const head = `${cause(e.cause)}${e.topic} P${e.partition}: `;
    const still = e.cause.kind === 'broker-fenced' || e.cause.kind === 'broker-stopped';
    switch (e.kind) {
        case 'leader-changed': {
            const move = `리더 ${leaderText(e.from)} → ${e.to}`;
            switch (e.reason) {
                case 'clean':
                    return `${head}${move} (할당 순서상 첫 번째 ISR 복제본); ISR ${list(e.isr)}; ${acksAll(e, still)}`;
                case 'recovered':
                    return `${head}${move} (복구된 브로커가 아직 ISR에 있었음); ISR ${list(e.isr)}; ${acksAll(e, still)}`;
                case 'preferred':
                    return `${head}${move} (선호 복제본); ISR ${list(e.isr)}`;
                case 'unclean':
                    return `${head}${move} (언클린 선출: 브로커 ${e.to}은(는) ISR에 없었음); ISR은 이제 ${list(e.isr)}; 커밋된 이벤트가 유실될 수 있습니다`;
                case 'elr':
                    return `${head}${move} (적격 리더 복제본 ELR, KIP-966: ISR이 비어 있었고 브로커 ${e.to}은(는) ISR을 떠날 때 커밋된 레코드를 모두 가지고 있었음); ISR ${list(e.isr)}${elrText(e)}; ${acksAll(e, false)}`;
                case 'last-known-leader':
                    return `${head}${move} (ISR과 ELR이 모두 비어 마지막 리더를 선출: Kafka는 이를 언클린으로 봅니다. 브로커 ${e.to}은(는) 크래시로 플러시되지 않은 레코드를 잃었을 수 있음); ISR은 이제 ${list(e.isr)}; 커밋된 이벤트가 유실될 수 있습니다`;
            }
            break;
        }
        case 'partition-offline':
            if (e.isr.length === 0) return `${head}리더 없음: 살아 있는 ISR 복제본이 없어 ISR이 비었습니다${elrText(e)}; 적격 복제본이 돌아올 때까지 파티션은 오프라인입니다`;
            return `${head}리더 없음: 살아 있는 ISR 복제본이 없습니다 (ISR은 ${list(e.isr)} 유지); 파티션은 읽기와 쓰기 모두 불가능합니다`;
        case 'isr-shrunk':
            return `${head}${e.removed.join(', ')}이(가) ISR에서 빠짐, 현재 ${list(e.isr)}${elrText(e)}; ${acksAll(e, still)}`;
        case 'isr-expanded':
            return `${head}${e.added.join(', ')}이(가) 따라잡아 ISR에 복귀, 현재 ${list(e.isr)}${elrText(e)}; ${acksAll(e, false)}`;
        case 'elr-changed':
            return e.removed.length > 0
                ? `${head}${e.removed.join(', ')}이(가) 적격 리더 자격(ELR)을 잃었습니다 (크래시로 플러시되지 않은 레코드를 잃었을 수 있음); ELR ${list(e.elr ?? [])}${e.leader === null ? '; 여전히 리더 없음' : ''}`
                : `${head}ELR은 이제 ${list(e.elr ?? [])}`;
        case 'data-loss':
            return `${head}데이터 유실 가능: 브로커 ${e.leader}이(가) ISR ${list(e.previousIsr)}의 커밋된 데이터 없이 리더가 되었습니다`;
    }
}

const voters = (mode: 'controllers' | 'brokers', n: number): string => (mode === 'controllers' ? `컨트롤러 ${n}개` : `브로커 ${n}개`);

export const ko: Phrasebook = {
    observation(o) {
        switch (o.kind) {
            case 'topic':
                if (o.passing === o.partitions) return `${o.topic}의 파티션 ${o.partitions}개 모두 ${ASPECT[o.aspect]} (${partitionDetail(o.example)})`;
                return `${partitionDetail(o.example)} (파티션 ${o.partitions}개 중 ${o.partitions - o.passing}개가 ${ASPECT[o.aspect]} 아님)`;
            case 'unknown-topic':
                return `토픽 ${o.topic}은(는) 시뮬레이션 대상 클러스터에 없습니다`;
            case 'quorum': {
                const state = `${voters(o.mode, o.voters)} 중 ${o.alive}개 동작, 과반수 ${o.majority}`;
                const down = o.deadVoters.length > 0 ? `; 장애: ${o.mode === 'controllers' ? '컨트롤러' : '브로커'} ${o.deadVoters.join(', ')}` : '';
                return o.hasQuorum ? `쿼럼 유지: ${state}${down}` : `쿼럼 없음: ${state}${down}`;
            }
            case 'data-loss': {
                if (o.uncleanElections.length === 0) return '언클린 리더 선출이 일어나지 않았습니다';
                const [first, ...rest] = o.uncleanElections;
                return `언클린 선출: ${first.topic} P${first.partition}에서 ISR ${list(first.previousIsr)} 밖의 브로커 ${first.leader}이(가) 리더가 됨; 커밋된 이벤트가 유실될 수 있습니다${rest.length > 0 ? ` (그 외 ${rest.length}건)` : ''}`;
            }
            case 'group': {
                const parts: string[] = [];
                if (o.idle.length > 0) parts.push(`유휴 멤버 ${o.idle.join(', ')}`);
                if (o.stalled.length > 0) {
                    parts.push(`정체된 파티션 ${o.stalled.map((s) => `${s.partition} (멤버 ${s.member}, ${s.leader === null ? '리더 없음' : `리더 ${s.leader} 장애`})`).join(', ')}`);
                }
                return parts.length > 0 ? `그룹 ${o.group}: ${parts.join('; ')}` : `그룹 ${o.group}: 모든 멤버가 파티션을 받았고 모든 파티션에 살아 있는 리더가 있습니다`;
            }
            case 'unknown-group':
                return `컨슈머 그룹 ${o.group}은(는) 시뮬레이션 대상 클러스터에 없습니다`;
        }
    },

    event(e: SimEvent) {
        switch (e.kind) {
            case 'broker-failed':
                return e.committed
                    ? `브로커 ${e.broker} 장애; 컨트롤러가 펜싱했습니다`
                    : `브로커 ${e.broker} 장애; 컨트롤러 쿼럼이 없어 펜싱되지 않으므로 파티션은 이 브로커를 리더나 ISR 복제본으로 유지합니다`;
            case 'broker-recovered':
                if (!e.committed) return `브로커 ${e.broker}이(가) 다시 동작하지만 컨트롤러 쿼럼 없이는 등록할 수 없어, 쿼럼이 돌아올 때까지 아무것도 서비스하지 않습니다`;
                return e.clean ? `정상 종료(controlled shutdown) 후 브로커 ${e.broker} 복구` : `브로커 ${e.broker} 복구`;
            case 'broker-stopped':
                return e.committed
                    ? `브로커 ${e.broker} 정상 종료(controlled shutdown): 컨트롤러가 먼저 리더십을 옮기고 모든 ISR에서 뺐습니다`
                    : `브로커 ${e.broker} 종료; 컨트롤러 쿼럼이 없어 리더십을 옮기지 못했으므로, 파티션은 여전히 이 브로커를 리더나 ISR 멤버로 둡니다`;
            case 'rack-failed':
                return e.committed
                    ? `랙 "${e.rack}" 장애: 브로커 ${e.brokers.join(', ')}이(가) 동시에 중단; 쿼럼이 유지되어 컨트롤러가 하나씩 펜싱합니다`
                    : `랙 "${e.rack}" 장애: 브로커 ${e.brokers.join(', ')}이(가) 동시에 중단되며 투표자 과반수를 함께 가져갔습니다. 아무도 펜싱되지 않아 파티션은 죽은 리더를 그대로 둡니다`;
            case 'broker-fenced':
                return `쿼럼이 돌아와 브로커 ${e.broker}을(를) 펜싱했습니다`;
            case 'broker-unfenced':
                return `쿼럼이 돌아와 브로커 ${e.broker}의 펜싱을 해제했습니다`;
            case 'controller-failed':
                return `컨트롤러 ${e.controller} 장애`;
            case 'controller-recovered':
                return `컨트롤러 ${e.controller} 복구`;
            case 'quorum-lost':
                return `컨트롤러 쿼럼 상실: ${voters(e.mode, e.voters)} 중 ${e.alive}개 동작, 과반수 ${e.majority}; 메타데이터 변경을 커밋할 수 없습니다 (펜싱, 리더 선출, ISR 변경 불가)`;
            case 'quorum-restored':
                return `컨트롤러 쿼럼 복구: ${voters(e.mode, e.voters)} 중 ${e.alive}개 동작, 과반수 ${e.majority}`;
            case 'change-not-committed': {
                const why = `컨트롤러 쿼럼 없음 (투표자 ${e.voters}개 중 ${e.alive}개 동작, 과반수 ${e.majority})`;
                if (e.change === 'elect-preferred') return `선호 리더 선출이 커밋되지 않았습니다: ${why}`;
                return e.change === 'fence' ? `브로커 ${e.broker}의 펜싱이 커밋되지 않았습니다: ${why}` : `브로커 ${e.broker}의 펜싱 해제가 커밋되지 않았습니다: ${why}`;
            }
            case 'pending-changes-applied': {
                const parts = [];
                if (e.fenced.length > 0) parts.push(`브로커 ${e.fenced.join(', ')} 펜싱 (세션 만료)`);
                if (e.unfenced.length > 0) parts.push(`재시작한 브로커 ${e.unfenced.join(', ')} 등록 및 펜싱 해제`);
                return `쿼럼이 돌아와 대기 중이던 변경을 적용합니다: ${parts.join('; ')}`;
            }
            case 'member-left':
                return `멤버 ${e.member}이(가) 그룹 ${e.group}을(를) 떠났습니다`;
            case 'member-joined':
                return `멤버 ${e.member}이(가) 그룹 ${e.group}에 참여했습니다`;
            case 'group-rebalanced': {
                const moved = e.moved.length === 0 ? '이동한 파티션 없음' : `이동: ${e.moved.map((m) => `${m.partition} ${m.from ?? '(소유자 없음)'} → ${m.to}`).join(', ')}`;
                const coop = e.revoked.length > 0 ? `; 먼저 회수: ${e.revoked.map((r) => `${r.partition} (${r.from})`).join(', ')}, 후속 리밸런스에서 할당` : '';
                const idle = e.idle.length > 0 ? `; 유휴: ${e.idle.join(', ')}` : '';
                return `그룹 ${e.group} 리밸런스 (${e.assignor}, 세대 ${e.generation}, 멤버 ${e.members}명): ${moved}${coop}${idle}`;
            }
            default:
                return partitionEvent(e);
        }
    },

    topicSummary(s) {
        const parts: string[] = [];
        if (s.leaderChanges > 0) parts.push(`리더 변경 ${s.leaderChanges}건`);
        if (s.uncleanElections > 0) parts.push(`언클린 선출 ${s.uncleanElections}건`);
        if (s.wentOffline > 0) parts.push(`오프라인 파티션 ${s.wentOffline}개`);
        if (s.isrShrunk > 0) parts.push(`ISR 축소 ${s.isrShrunk}건`);
        if (s.isrExpanded > 0) parts.push(`ISR 확장 ${s.isrExpanded}건`);
        const writable = s.notWritable > 0 ? `; acks=all 쓰기 불가 파티션 ${s.notWritable}개` : '';
        return `${s.topic}: 파티션 ${s.partitions}개에서 ${parts.join(', ') || '변화 없음'}${writable}`;
    },

    stepError(e) {
        switch (e.kind) {
            case 'unknown-broker':
                return `클러스터에 브로커 ${e.broker}이(가) 없습니다`;
            case 'unknown-rack':
                return `클러스터에 랙 "${e.rack}"이(가) 없습니다`;
            case 'unknown-controller':
                return e.reason === 'combined-mode'
                    ? `클러스터에 전용 컨트롤러가 없어 (브로커가 쿼럼을 구성) 컨트롤러 ${e.controller}이(가) 없습니다`
                    : `클러스터에 컨트롤러 ${e.controller}이(가) 없습니다`;
            case 'unknown-group':
                return `클러스터에 컨슈머 그룹 ${e.group}이(가) 없습니다`;
            case 'unknown-member':
                return `그룹 ${e.group}에 멤버 ${e.member}이(가) 없습니다`;
        }
    },

    buildError(e) {
        switch (e.kind) {
            case 'no-brokers':
                return '클러스터에 브로커가 없습니다';
            case 'duplicate-broker':
                return `브로커 ${e.broker}이(가) 두 번 선언되었습니다`;
            case 'rack-incomplete':
                return `일부 브로커에만 랙이 있고 브로커 ${e.withoutRack.join(', ')}에는 없습니다; 이 경우 Kafka는 랙 인식 배치를 거부합니다`;
            case 'invalid-controllers':
                return `controllers ${e.controllers}은(는) 올바른 컨트롤러 수가 아닙니다`;
        }
    },
    skippedTopic(e) {
        switch (e.kind) {
            case 'invalid-partitions': return `partitions ${e.partitions}은(는) 올바른 파티션 수가 아닙니다`;
            case 'invalid-replication-factor': return `replication-factor ${e.replicationFactor}은(는) 올바르지 않습니다`;
            case 'replication-factor-exceeds-brokers': return `replication-factor ${e.replicationFactor}이(가) 브로커 수 ${e.brokers}보다 커서 Kafka가 배치할 수 없습니다`;
            case 'rack-incomplete': return '일부 브로커에만 랙이 있어 Kafka가 랙 인식 배치를 거부합니다';
            case 'invalid-assignment': return `assignment가 올바르지 않습니다${e.problem ? ` (${assignmentProblemKo(e.problem)})` : ''}`;
            case 'duplicate-topic': return '토픽이 두 번 선언되었습니다. 첫 번째 선언이 적용됩니다';
            case 'invalid-topic-name': return 'Kafka가 토픽 이름을 거부하므로(1~249자의 [a-zA-Z0-9._-]만, "."와 ".." 불가) 토픽이 만들어지지 않습니다';
            case 'topic-name-collision': return `토픽 '${e.other}'와(과) 충돌하므로('.'와 '_'를 같은 문자로 취급) Kafka가 생성을 거부합니다`;
            case 'too-many-partitions': return `파티션 ${e.partitions}개는 시뮬레이터가 다루는 ${e.limit}개를 넘습니다`;
        }
    }
};

function assignmentProblemKo(problem: AssignmentProblem): string {
    switch (problem.kind) {
        case 'partitions-mismatch': return `파티션 0..${problem.expected - 1}을 모두 적어야 합니다`;
        case 'wrong-size': return `파티션 ${problem.partition}의 복제본이 ${problem.replicationFactor}개가 아니라 ${problem.size}개입니다`;
        case 'unknown-broker': return `파티션 ${problem.partition}에 선언되지 않은 브로커 ${problem.broker}이(가) 있습니다`;
        case 'duplicate-broker': return `파티션 ${problem.partition}에 브로커 ${problem.broker}이(가) 두 번 있습니다`;
    }
}

