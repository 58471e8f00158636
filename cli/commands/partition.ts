// kafka-topology partition --partitions N [--] <key>...
import { partitionForKey } from '../../simulator/index.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';

export const PARTITION_HELP = `usage: kafka-topology partition --partitions N [--format text|json] [--] <key>...

Prints the partition Kafka's default partitioner picks for each key:
toPositive(murmur2(utf8(key))) mod N. '--' ends the options, so a key may be empty or start with '-'.`;

export function partition(args: readonly string[], out: (text: string) => void): number {
    const parsed = parseArguments(args, { ...COMMON_OPTIONS, partitions: { value: true } }, 'partition');
    if (parsed.options.has('help')) {
        out(PARTITION_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'partition');
    const text = option(parsed, 'partitions');
    if (text === undefined) throw new UsageError('partition: --partitions N is required');
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 2_147_483_647) {
        throw new UsageError(`partition: --partitions must be a whole number from 1 to 2147483647, not '${text}'`);
    }
    const partitions = Number(text);
    if (parsed.positionals.length === 0) throw new UsageError('partition: name at least one key');
    const results = parsed.positionals.map((key) => ({ key, partition: partitionForKey(key, partitions) }));
    if (format === 'json') out(JSON.stringify(results, null, 2));
    else for (const r of results) out(`${JSON.stringify(r.key)} -> ${r.partition}`);
    return 0;
}
