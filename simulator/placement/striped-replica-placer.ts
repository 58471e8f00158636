// KRaft's replica placement at topic creation.
// Source: apache/kafka metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java
// (BrokerList, Rack, RackList, place). Read at tags 3.9.1, 4.0.0, 4.1.0, 4.1.1 and
// 4.2.0-rc1: the algorithm is the same in all of them (4.1 only replaced a
// Collectors.toList()), so one port serves every release the model covers.
//
// Racks are kept in a java.util.HashMap<Optional<String>, Rack>; the order in
// which that map is iterated decides the order of the random draws when racks
// are initialised and shuffled, so it is reproduced with JavaHashOrder.

import { err, ok, type BrokerId, type Result } from '../model.js';
import { JavaHashOrder, javaStringHashCode } from '../java-hash-order.js';
import { compareStrings } from '../topic-partition.js';
import { javaShuffle, type JavaRandom } from './mock-random.js';

/** A broker as `ClusterDescriber.usableBrokers()` yields it. */
export interface UsableBroker {
    readonly id: BrokerId;
    readonly rack?: string;
    readonly fenced?: boolean;
}

/** Kafka's `InvalidReplicationFactorException`, with its message verbatim. */
export interface InvalidReplicationFactor {
    readonly kind: 'invalid-replication-factor' | 'all-brokers-fenced' | 'too-few-brokers';
    readonly message: string;
}

/** `BrokerList`: hands out each broker once per epoch, starting one further round the list each epoch. */
export class BrokerList {
    readonly brokers: BrokerId[] = [];
    private index = 0;
    private offset = 0;
    private epoch = 0;

    add(broker: BrokerId): this {
        this.brokers.push(broker);
        return this;
    }

    initialize(random: JavaRandom): void {
        if (this.brokers.length === 0) return;
        this.brokers.sort((a, b) => a - b);
        this.offset = random.nextInt(this.brokers.length);
    }

    shuffle(random: JavaRandom): void {
        javaShuffle(this.brokers, random);
    }

    get size(): number {
        return this.brokers.length;
    }

    next(epoch: number): BrokerId {
        const n = this.brokers.length;
        if (n === 0) return -1;
        if (this.epoch !== epoch) {
            this.epoch = epoch;
            this.index = 0;
            this.offset = (this.offset + 1) % n;
        }
        if (this.index >= n) return -1;
        const broker = this.brokers[(this.index + this.offset) % n];
        this.index++;
        return broker;
    }
}

class Rack {
    readonly fenced = new BrokerList();
    readonly unfenced = new BrokerList();

    initialize(random: JavaRandom): void {
        this.fenced.initialize(random);
        this.unfenced.initialize(random);
    }

    shuffle(random: JavaRandom): void {
        this.fenced.shuffle(random);
        this.unfenced.shuffle(random);
    }

    nextUnfenced(epoch: number): BrokerId {
        return this.unfenced.next(epoch);
    }

    next(epoch: number): BrokerId {
        const result = this.unfenced.next(epoch);
        return result >= 0 ? result : this.fenced.next(epoch);
    }
}

/** `OptionalStringComparator`: no rack first, then String#compareTo. */
const compareRackNames = (a: string | null, b: string | null): number =>
    a === null ? (b === null ? 0 : -1) : b === null ? 1 : compareStrings(a, b);

/** Rack name -> key in the racks map; `Optional.empty()` hashes to 0. */
const NO_RACK = -1;
const rackKey = (rack: string | undefined): string | number => (rack === undefined ? NO_RACK : rack);

/** `RackList`: the racks in sorted order, a rotating first rack, and a reshuffle once every unfenced broker led once. */
export class RackList {
    private readonly racks = new Map<string | number, Rack>();
    /** Iteration order of Kafka's HashMap<Optional<String>, Rack>. */
    private readonly rackOrder: readonly Rack[];
    readonly rackNames: (string | undefined)[] = [];
    readonly numTotalBrokers: number;
    readonly numUnfencedBrokers: number;
    private epoch = 0;
    private offset: number;

    constructor(
        private readonly random: JavaRandom,
        brokers: Iterable<UsableBroker>,
        private readonly wording: PlacerWording = 'before-4.3'
    ) {
        const hashOrder = new JavaHashOrder<string | undefined>((r) => (r === undefined ? 0 : javaStringHashCode(r)), rackKey);
        let total = 0;
        let unfenced = 0;
        for (const broker of brokers) {
            const key = rackKey(broker.rack);
            let rack = this.racks.get(key);
            if (!rack) {
                this.rackNames.push(broker.rack);
                rack = new Rack();
                this.racks.set(key, rack);
                hashOrder.add(broker.rack);
            }
            if (broker.fenced) {
                rack.fenced.add(broker.id);
            } else {
                unfenced++;
                rack.unfenced.add(broker.id);
            }
            total++;
        }
        this.rackOrder = hashOrder.keys().map((r) => this.racks.get(rackKey(r))!);
        for (const rack of this.rackOrder) rack.initialize(random);
        // Array#sort would move undefined (no rack) to the end without asking the comparator.
        const sorted = this.rackNames.map((r) => r ?? null).sort(compareRackNames);
        this.rackNames.splice(0, sorted.length, ...sorted.map((r) => r ?? undefined));
        this.numTotalBrokers = total;
        this.numUnfencedBrokers = unfenced;
        this.offset = this.rackNames.length === 0 ? 0 : random.nextInt(this.rackNames.length);
    }

    /** One partition's replica list; the first replica is always an unfenced broker. */
    place(replicationFactor: number): Result<BrokerId[], InvalidReplicationFactor> {
        const invalid =
            nonPositive(replicationFactor) ??
            tooFewBrokers(replicationFactor, this.numTotalBrokers, this.wording) ??
            noUnfenced(this.numUnfencedBrokers, this.wording);
        if (invalid) return err(invalid);
        // Once every unfenced broker has led a partition, reshuffle to avoid repeating
        // the same lists (never with one unfenced broker: that would loop forever).
        if (this.epoch === this.numUnfencedBrokers && this.numUnfencedBrokers > 1) {
            this.shuffle();
            this.epoch = 0;
        }
        if (this.offset === this.rackNames.length) this.offset = 0;
        const rackAt = (i: number): Rack => this.racks.get(rackKey(this.rackNames[i]))!;
        const brokers: BrokerId[] = [];
        let firstRackIndex = this.offset;
        for (;;) {
            const result = rackAt(firstRackIndex).nextUnfenced(this.epoch);
            if (result >= 0) {
                brokers.push(result);
                break;
            }
            firstRackIndex++;
            if (firstRackIndex === this.rackNames.length) firstRackIndex = 0;
        }
        let rackIndex = this.offset;
        for (let replica = 1; replica < replicationFactor; replica++) {
            let result = -1;
            do {
                if (rackIndex === firstRackIndex) firstRackIndex = -1;
                else result = rackAt(rackIndex).next(this.epoch);
                rackIndex++;
                if (rackIndex === this.rackNames.length) rackIndex = 0;
            } while (result < 0);
            brokers.push(result);
        }
        this.epoch++;
        this.offset++;
        return ok(brokers);
    }

    private shuffle(): void {
        javaShuffle(this.rackNames, this.random);
        for (const rack of this.rackOrder) rack.shuffle(this.random);
    }
}

function nonPositive(replicationFactor: number): InvalidReplicationFactor | undefined {
    if (replicationFactor > 0) return undefined;
    return {
        kind: 'invalid-replication-factor',
        message: `Invalid replication factor ${replicationFactor}: the replication factor must be positive.`
    };
}

/**
 * How the placer words two refusals: Kafka 4.3 (KIP-1066, cordoned log
 * directories) added the cordoned case to both (StripedReplicaPlacer in the
 * 4.3.1 and 4.4.0 jars; 4.2.2 and earlier say only "fenced" / "registered").
 */
export type PlacerWording = 'before-4.3' | 'cordoned-log-dirs';

/** The wording of a release (`4.1`, `4.3.1`); the newest modelled release when none is named. */
export function placerWordingOf(kafkaVersion: string | undefined): PlacerWording {
    const [major, minor] = (kafkaVersion ?? '4.4').split('.').map(Number);
    return major > 4 || (major === 4 && minor >= 3) ? 'cordoned-log-dirs' : 'before-4.3';
}

function noUnfenced(numUnfenced: number, wording: PlacerWording): InvalidReplicationFactor | undefined {
    if (numUnfenced > 0) return undefined;
    const message = wording === 'cordoned-log-dirs' ? 'All brokers are currently fenced, or have all their log directories cordoned.' : 'All brokers are currently fenced.';
    return { kind: 'all-brokers-fenced', message };
}

function tooFewBrokers(replicationFactor: number, numTotalBrokers: number, wording: PlacerWording): InvalidReplicationFactor | undefined {
    if (replicationFactor <= numTotalBrokers) return undefined;
    const cordoned = wording === 'cordoned-log-dirs' ? ' or some brokers have all their log directories cordoned' : '';
    return {
        kind: 'too-few-brokers',
        message: `The target replication factor of ${replicationFactor} cannot be reached because only ${numTotalBrokers} broker(s) are registered${cordoned}.`
    };
}

/**
 * `StripedReplicaPlacer.place(PlacementSpec(0, numPartitions, rf), cluster)`: one
 * RackList over `brokers` (in the iterator order given), one placement per partition.
 * The checks run after the RackList is built, in Kafka's order.
 */
export function stripedPlace(
    brokers: readonly UsableBroker[],
    numPartitions: number,
    replicationFactor: number,
    random: JavaRandom,
    wording: PlacerWording = 'before-4.3'
): Result<BrokerId[][], InvalidReplicationFactor> {
    const rackList = new RackList(random, brokers, wording);
    const invalid =
        nonPositive(replicationFactor) ??
        noUnfenced(rackList.numUnfencedBrokers, wording) ??
        tooFewBrokers(replicationFactor, rackList.numTotalBrokers, wording);
    if (invalid) return err(invalid);
    const placements: BrokerId[][] = [];
    for (let partition = 0; partition < numPartitions; partition++) {
        const placed = rackList.place(replicationFactor);
        if (!placed.ok) return placed;
        placements.push(placed.value);
    }
    return ok(placements);
}
