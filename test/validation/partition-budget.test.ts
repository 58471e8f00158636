// value-out-of-range, variant partition-budget (RULES.md): a topic the model leaves
// out because the cluster's partitions would pass the model's budget. The rule
// asks the model only when the partitions add up past the budget.
import { afterEach, describe, expect, test } from 'vitest';
import { reset, validate, withCode } from '../support/language.js';

afterEach(reset);

const CODE = 'value-out-of-range';
const budgetMessages = async (text: string) => withCode(await validate(text), CODE).map((d) => d.message).filter((m) => m.includes('budget'));

describe('partition budget', () => {
    test('one topic past the budget on its own is named', async () => {
        const messages = await budgetMessages('cluster shop { brokers 1..3 topic big { partitions 10000000 replication-factor 3 min-insync-replicas 2 } }');
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain("'big'");
        expect(messages[0]).toContain('10,000,000');
    });

    test('topics each within the budget that pass it together: the one placed after it is spent is named', async () => {
        const messages = await budgetMessages(
            'cluster shop { brokers 1..3 topic first { partitions 600000 replication-factor 1 } topic second { partitions 500000 replication-factor 1 } }'
        );
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain("'second'");
    });

    test('topics that add up to the budget exactly are all modelled', async () => {
        const messages = await budgetMessages(
            'cluster shop { brokers 1..3 topic first { partitions 600000 replication-factor 1 } topic second { partitions 400000 replication-factor 1 } }'
        );
        expect(messages).toEqual([]);
    });
});
