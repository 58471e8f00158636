// Differential vectors: the unmodified upstream assignors (compiled from apache/kafka)
// run on generated groups; see fixtures/assignors-upstream-exec.json's _meta.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rangeAssign } from '../../simulator/assignors/range.js';
import { roundRobinAssign } from '../../simulator/assignors/round-robin.js';
import { stickyAssign } from '../../simulator/assignors/sticky.js';
import { formatTopicPartition, parseTopicPartition, type MemberSubscription, type TopicPartition } from '../../simulator/index.js';
import type { Json } from './vectors.js';

const fixture: Json = JSON.parse(readFileSync(new URL('./fixtures/assignors-upstream-exec.json', import.meta.url), 'utf8'));

describe('assignors agree with the upstream code on generated groups', () => {
    (fixture.cases as Json[]).forEach((c, i) => {
        const members: MemberSubscription[] = (c.members as Json[]).map((m) => ({
            memberId: m.memberId,
            topics: m.topics,
            owned: (m.owned as string[]).map((s) => parseTopicPartition(s)!),
            generation: m.generation ?? undefined,
            groupInstanceId: m.groupInstanceId ?? undefined
        }));
        const path = c.kind === 'sticky' ? (c.partitionsTransferringOwnership === null ? 'general' : 'constrained') : '';
        it(`#${i} ${c.kind} ${path} (${members.length} members, ${Object.keys(c.partitionsPerTopic).length} topics)`, () => {
            let assignment: ReadonlyMap<string, readonly TopicPartition[]>;
            if (c.kind === 'sticky') {
                const r = stickyAssign(c.partitionsPerTopic, members, 'cooperative');
                assignment = r.assignment;
                const transferring = r.partitionsTransferringOwnership === null ? null : Object.fromEntries(r.partitionsTransferringOwnership);
                expect(transferring).toEqual(c.partitionsTransferringOwnership);
            } else {
                const fn = c.kind === 'range' ? rangeAssign : roundRobinAssign;
                assignment = new Map(Object.entries(fn(c.partitionsPerTopic, members)));
            }
            for (const m of members) expect((assignment.get(m.memberId) ?? []).map(formatTopicPartition), m.memberId).toEqual(c.expected[m.memberId]);
        });
    });
});
