// kafka-topology place --placer striped|admin-utils --brokers 3,1,0 [--racks 3=r1,1=r2] [--fenced 1]
//                      --partitions N --replication-factor R [--seed S] [--start-index I] [--kafka-version V]
// The replica lists of a new topic, with Kafka's own error messages (SIMULATION.md §5).
import { assignReplicasToBrokers, MockRandom, placerWordingOf, stripedPlace, type UsableBroker, type PlacementError } from '../../simulator/index.js';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';

export const PLACE_HELP = `usage: kafka-topology place [--placer striped|admin-utils] --brokers 3,1,0
                           --partitions N --replication-factor R
                           [--racks 3=r1,1=r2] [--fenced 1,...] [--seed S] [--start-index I]
                           [--kafka-version V] [--format text|json]

The replica lists Kafka gives a new topic (first replica = preferred leader).
striped (default): KRaft's StripedReplicaPlacer, brokers in --brokers order,
fed Kafka's test MockRandom(--seed, default 17). admin-utils: AdminUtils with
the brokers sorted by id and a fixed --start-index (default 0).
A placement Kafka refuses exits 1 with Kafka's message.`;

const INTEGER = /^-?\d+$/;

export function place(args: readonly string[], out: (text: string) => void, err: (text: string) => void = (t) => process.stderr.write(t + '\n')): number {
    const parsed = parseArguments(
        args,
        {
            ...COMMON_OPTIONS, placer: { value: true }, brokers: { value: true }, racks: { value: true }, fenced: { value: true },
            partitions: { value: true }, 'replication-factor': { value: true }, seed: { value: true }, 'start-index': { value: true },
            'kafka-version': { value: true }
        },
        'place'
    );
    if (parsed.options.has('help')) {
        out(PLACE_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'place');
    if (parsed.positionals.length > 0) throw new UsageError(`place: unexpected argument '${parsed.positionals[0]}'`);
    const placer = option(parsed, 'placer') ?? 'striped';
    if (placer !== 'striped' && placer !== 'admin-utils') throw new UsageError(`place: --placer must be striped or admin-utils, not '${placer}'`);
    const kafkaVersion = option(parsed, 'kafka-version');
    if (kafkaVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(kafkaVersion)) throw new UsageError(`place: --kafka-version '${kafkaVersion}' is not a release like 4.1`);

    const brokerIds = integers(option(parsed, 'brokers'), '--brokers', true);
    if (new Set(brokerIds).size !== brokerIds.length) throw new UsageError('place: --brokers lists a broker twice');
    const racks = new Map<number, string>();
    for (const entry of entries(option(parsed, 'racks'), '--racks')) {
        const match = /^(-?\d+)=(.+)$/.exec(entry);
        if (!match || !brokerIds.includes(Number(match[1]))) throw new UsageError(`place: --racks entry '${entry}' is not broker=rack for a listed broker`);
        racks.set(Number(match[1]), match[2]);
    }
    const fenced = new Set(integers(option(parsed, 'fenced'), '--fenced', false));
    for (const id of fenced) if (!brokerIds.includes(id)) throw new UsageError(`place: --fenced names broker ${id}, which --brokers does not list`);
    const partitions = integer(option(parsed, 'partitions'), '--partitions');
    const replicationFactor = integer(option(parsed, 'replication-factor'), '--replication-factor');

    const brokers: UsableBroker[] = brokerIds.map((id) => ({ id, rack: racks.get(id), fenced: fenced.has(id) }));
    let lists: number[][];
    if (placer === 'striped') {
        if (option(parsed, 'start-index') !== undefined) throw new UsageError('place: --start-index applies to --placer admin-utils only');
        const seedText = option(parsed, 'seed') ?? '17';
        if (!INTEGER.test(seedText)) throw new UsageError(`place: --seed '${seedText}' is not an integer`);
        // ReplicationControlManager refuses a non-positive partition count before the placer runs.
        if (partitions <= 0) return refuse(err, 'Number of partitions was set to an invalid non-positive value.');
        const placed = stripedPlace(brokers, partitions, replicationFactor, new MockRandom(BigInt(seedText)), placerWordingOf(kafkaVersion));
        if (!placed.ok) return refuse(err, placed.error.message);
        lists = placed.value;
    } else {
        if (option(parsed, 'seed') !== undefined) throw new UsageError('place: --seed applies to --placer striped only');
        if (fenced.size > 0) throw new UsageError('place: --fenced applies to --placer striped only (AdminUtils does not know fencing)');
        const startIndex = option(parsed, 'start-index') === undefined ? 0 : integer(option(parsed, 'start-index'), '--start-index');
        const placed = assignReplicasToBrokers(brokers.map((b) => (b.rack === undefined ? { id: b.id } : { id: b.id, rack: b.rack })), partitions, replicationFactor, startIndex);
        if (!placed.ok) return refuse(err, adminUtilsMessage(placed.error));
        lists = placed.value;
    }
    if (format === 'json') out(JSON.stringify(lists));
    else lists.forEach((replicas, p) => out(`${p}: ${replicas.join(', ')}`));
    return 0;
}

/** AdminUtils' exception messages (server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java). */
function adminUtilsMessage(error: PlacementError): string {
    switch (error.kind) {
        case 'invalid-partitions':
            return 'Number of partitions must be larger than 0.';
        case 'invalid-replication-factor':
            return 'Replication factor must be larger than 0.';
        case 'replication-factor-exceeds-brokers':
            return `Replication factor: ${error.replicationFactor} larger than available brokers: ${error.brokers}.`;
        case 'rack-incomplete':
            return 'Not all brokers have rack information for replica rack aware assignment.';
        case 'invalid-assignment':
            return error.reason;
    }
}

function refuse(err: (text: string) => void, message: string): number {
    err(`kafka-topology: ${message}`);
    return 1;
}

function entries(text: string | undefined, name: string): string[] {
    if (text === undefined) return [];
    const items = text.split(',').map((s) => s.trim());
    if (items.some((s) => s.length === 0)) throw new UsageError(`place: ${name} has an empty entry: '${text}'`);
    return items;
}

function integers(text: string | undefined, name: string, required: boolean): number[] {
    if (text === undefined) {
        if (required) throw new UsageError(`place: ${name} 1,2,3 is required`);
        return [];
    }
    return entries(text, name).map((s) => {
        if (!INTEGER.test(s) || !Number.isSafeInteger(Number(s))) throw new UsageError(`place: ${name} entry '${s}' is not an integer`);
        return Number(s);
    });
}

function integer(text: string | undefined, name: string): number {
    if (text === undefined) throw new UsageError(`place: ${name} is required`);
    if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`place: ${name} '${text}' is not an integer`);
    const n = Number(text);
    if (Math.abs(n) > 1_000_000) throw new UsageError(`place: ${name} ${text} is out of range (at most 1000000)`);
    return n;
}
