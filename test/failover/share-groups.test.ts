// Share groups in the failover view model: each member on every partition the
// broker's `simple` assignor lets it fetch (shared when members outnumber
// partitions), nobody idle; the members of a partition whose leader is gone stall.
import { afterEach, expect, test } from 'vitest';
import { reset } from '../support/language.js';
import { failBroker, open, step, view } from './helpers.js';

afterEach(reset);

const TEXT = `cluster c {
    profile development
    kafka-version 4.2
    broker 1
    broker 2
    topic t { partitions 2 replication-factor 1 assignment { 0: [1] 1: [2] } }
    share-group s { consumes t members 3 }
}`;

test('three members on two partitions: one partition shared, nobody idle, balanced', async () => {
    const g = (await view(await open(TEXT), 'c', [])).view!.groups[0];
    expect(g).toMatchObject({ name: 's', assignor: 'simple', protocol: 'share', idle: 0, balanced: true, line: 7 });
    expect(g.members.map((m) => [m.id, m.partitions])).toEqual([['s-1', ['t-0', 't-1']], ['s-2', ['t-0']], ['s-3', ['t-1']]]);
});

test('broker 1 fails: the members fetching t-0 stall on it; a member leaving hands its partitions over', async () => {
    const uri = await open(TEXT);
    const failed = (await view(uri, 'c', [failBroker(1)])).view!.groups[0];
    expect(failed.members.map((m) => [m.id, m.stalled])).toEqual([['s-1', ['t-0']], ['s-2', ['t-0']], ['s-3', []]]);
    expect(failed.balanced).toBe(false);
    const left = (await view(uri, 'c', [step({ kind: 'member-leave', group: 's', member: 's-1' })])).view!.groups[0];
    expect(left.members.map((m) => [m.id, m.partitions])).toEqual([['s-2', ['t-0']], ['s-3', ['t-1']]]);
    expect(left.departed.map((d) => d.id)).toEqual(['s-1']);
});
