import { describe, expect, it } from 'vitest';
import { analyzeFaultTolerance } from '../../simulator/index.js';
import { brokerRange, brokers, cluster, dedicatedControllers, model, orderPlatform, topic } from './helpers.js';

describe('analyzeFaultTolerance', () => {
    it('order-platform (combined quorum of 3): one broker may fail for writes and reads; the quorum breaks at two', () => {
        const [oc] = analyzeFaultTolerance(model(orderPlatform()), { topics: ['order-created'] });
        expect(oc.topic).toBe('order-created');
        expect(oc.brokers.writable).toEqual({ value: 1, exact: true, brokenBy: [1, 2] });
        // Failing 1 then 2 loses the quorum: broker 2 stays leader of the partitions it leads while down.
        expect(oc.brokers.readable).toMatchObject({ value: 1, exact: true });
        expect(oc.racks?.writable).toMatchObject({ value: 1, exact: true });
    });

    it('dedicated controllers, 3 racks: one rack may fail for writes, two for reads', () => {
        const result = analyzeFaultTolerance(model(dedicatedControllers()));
        expect(result.map((r) => r.topic)).toEqual(['page-views', 'sessions']);
        for (const r of result) {
            expect(r.racks?.writable).toMatchObject({ value: 1, exact: true });
            expect(r.racks?.readable).toMatchObject({ value: 2, exact: true });
            expect(r.brokers.writable).toMatchObject({ value: 1, exact: true });
            expect(r.brokers.readable).toMatchObject({ value: 2, exact: true });
        }
    });

    it('depends on RF and min ISR', () => {
        const m = model(cluster({
            controllers: 3,
            brokers: brokers(1, 2, 3, 4, 5),
            topics: [topic('rf1', { replicationFactor: 1, minInsyncReplicas: 1 }), topic('rf3min1', { minInsyncReplicas: 1 }), topic('rf5min2', { replicationFactor: 5, minInsyncReplicas: 2 })]
        }));
        const byName = Object.fromEntries(analyzeFaultTolerance(m).map((r) => [r.topic, r.brokers]));
        expect(byName.rf1.writable).toMatchObject({ value: 0, exact: true });
        expect(byName.rf1.readable).toMatchObject({ value: 0, exact: true });
        expect(byName.rf3min1.writable).toMatchObject({ value: 2, exact: true });
        expect(byName.rf3min1.readable).toMatchObject({ value: 2, exact: true });
        // RF 5, min ISR 2: survives 3 failures; the exhaustive search stops at 3, so 3 is a lower bound.
        expect(byName.rf5min2.writable).toEqual({ value: 3, exact: false });
        expect(byName.rf5min2.readable).toEqual({ value: 3, exact: false });
        const deeper = analyzeFaultTolerance(m, { topics: ['rf5min2'], maxFailures: 5 })[0].brokers;
        expect(deeper.writable).toMatchObject({ value: 3, exact: true });
        expect(deeper.readable).toMatchObject({ value: 4, exact: true });
    });

    it('turns into a bound when the failure sets exceed the budget', () => {
        const m = model(cluster({ controllers: 3, brokers: brokerRange(1, 40), topics: [topic('wide', { partitions: 40, replicationFactor: 4, minInsyncReplicas: 1 })] }));
        const [r] = analyzeFaultTolerance(m, { maxFailureSets: 1000 });
        // C(40,1) + C(40,2) = 820 <= 1000 < 820 + C(40,3): exhaustive up to 2 failures only.
        expect(r.brokers.writable).toEqual({ value: 2, exact: false });
        expect(r.brokers.failureSets).toBe(820);
    });
});
