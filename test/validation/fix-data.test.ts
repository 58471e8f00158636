// Diagnostic-to-fix data is typed per issue code (language-server/validation/fix-data.ts).
// The run-time test: the reporter writes the code and its data, which the code
// action reads back. The compile-time test: `npm run typecheck` (test/tsconfig.json)
// fails if any `@ts-expect-error` below stops being an error, i.e. if the
// reporter or a quick fix would accept data or a property of the wrong shape.
import type { ValidationAcceptor } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import type { Cluster, Producer } from '../../language-server/generated/ast.js';
import type { FixBuilder } from '../../language-server/lsp/quick-fixes/quick-fix.js';
import type { FixData } from '../../language-server/validation/fix-data.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { language, reset, validate } from '../support/language.js';

afterEach(async () => {
    await reset();
});

describe('typed fix data', () => {
    test('the reporter puts the code and its fix data on the diagnostic', async () => {
        const { document, diagnostics } = await validate('cluster c { broker 1 broker 2 broker 3 topic t { replication-factor 3 min-insync-replicas 4 } }');
        const cluster = document.parseResult.value.clusters[0];
        expect(diagnostics.find((d) => d.code === IssueCodes.MinInsyncExceedsReplicationFactor)?.data).toEqual({
            code: IssueCodes.MinInsyncExceedsReplicationFactor,
            property: 'min-insync-replicas',
            value: 2
        });
        const seen: unknown[] = [];
        const accept: ValidationAcceptor = (_severity, _message, info) => seen.push(info);
        language.kafka.Reporter.report(accept, { code: IssueCodes.QuorumEven, node: cluster, property: 'name', fix: { voterKind: 'brokers', voters: 4 } });
        expect(seen).toEqual([expect.objectContaining({ property: 'name', code: 'quorum-even', data: { code: 'quorum-even', voterKind: 'brokers', voters: 4 } })]);
    });
});

/** Never called: each line must fail to compile. */
export function rejectedAtCompileTime(accept: ValidationAcceptor, cluster: Cluster, producer: Producer): void {
    const reporter = language.kafka.Reporter;
    // @ts-expect-error: quorum-even carries { voterKind, voters }, not a config value
    reporter.report(accept, { code: IssueCodes.QuorumEven, node: cluster, fix: { value: 'all' } });
    // @ts-expect-error: acks fixes set acks all, nothing else
    reporter.report(accept, { code: IssueCodes.InvalidAcks, node: producer, fix: { value: '-1' } });
    // @ts-expect-error: a rule without a quick fix carries no data
    reporter.report(accept, { code: IssueCodes.TooFewBrokers, node: cluster, fix: { voterKind: 'brokers', voters: 1 } });
    // @ts-expect-error: a Producer has no property `voters`
    reporter.report(accept, { code: IssueCodes.ProducerWithoutTopics, node: producer, property: 'voters' });
    // @ts-expect-error: the quorum fixes read QuorumData, not the set-property data
    const wrongBuilder: FixBuilder<FixData['quorum-even']> = (context) => (context.data.property === 'partitions' ? [] : []);
    void wrongBuilder;
}
