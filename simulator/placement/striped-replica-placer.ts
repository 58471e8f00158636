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
    readonly brokers: BrokerId[];
    private index = 0;
    private offset = 0;
    private epoch = 0;

    constructor(brokers: BrokerId[] = []) {
        this.brokers = brokers;
    }

    add(broker: BrokerId): this {
        this.brokers.push(broker);
        return this;
    }

    initialize(random: JavaRandom): void {
        if (this.brokers.length === 0) return;
        // A list from a RackLayout is already ascending: sorting it again is most of the cost of a RackList.
        if (!isAscending(this.brokers)) this.brokers.sort((a, b) => a - b);
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

function isAscending(ids: readonly BrokerId[]): boolean {
    for (let i = 1; i < ids.length; i++) if (ids[i - 1] > ids[i]) return false;
    return true;
}

class Rack {
    readonly fenced: BrokerList;
    readonly unfenced: BrokerList;

    constructor(brokers: RackBrokers) {
        this.fenced = new BrokerList(brokers.fenced.slice());
        this.unfenced = new BrokerList(brokers.unfenced.slice());
    }

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

interface RackBrokers {
    readonly fenced: readonly BrokerId[];
    readonly unfenced: readonly BrokerId[];
}

/**
 * What a RackList's constructor reads of its brokers before its first random draw: the racks
 * in sorted order with their brokers (sorted: `BrokerList.initialize` sorts them before it
 * draws), the order Kafka's HashMap iterates them in, and the counts. The model places every
 * topic on the same broker list, so it is worked out once per list.
 */
interface RackLayout {
    readonly names: readonly (string | undefined)[];
    readonly racks: readonly RackBrokers[];
    /** Indices into `racks` in the iteration order of Kafka's HashMap<Optional<String>, Rack>. */
    readonly hashOrder: readonly number[];
    readonly numTotalBrokers: number;
    readonly numUnfencedBrokers: number;
}

const layouts = new WeakMap<readonly UsableBroker[], RackLayout>();

function rackLayoutOf(brokers: Iterable<UsableBroker>): RackLayout {
    if (!Array.isArray(brokers)) return rackLayout(brokers);
    let layout = layouts.get(brokers);
    if (!layout) layouts.set(brokers, (layout = rackLayout(brokers)));
    return layout;
}

function rackLayout(brokers: Iterable<UsableBroker>): RackLayout {
    const hashOrder = new JavaHashOrder<string | undefined>((r) => (r === undefined ? 0 : javaStringHashCode(r)), rackKey);
    const byKey = new Map<string | number, { fenced: BrokerId[]; unfenced: BrokerId[] }>();
    const encountered: (string | undefined)[] = [];
    let total = 0;
    let unfenced = 0;
    for (const broker of brokers) {
        const key = rackKey(broker.rack);
        let rack = byKey.get(key);
        if (!rack) {
            encountered.push(broker.rack);
            byKey.set(key, (rack = { fenced: [], unfenced: [] }));
            hashOrder.add(broker.rack);
        }
        if (broker.fenced) {
            rack.fenced.push(broker.id);
        } else {
            unfenced++;
            rack.unfenced.push(broker.id);
        }
        total++;
    }
    // Array#sort would move undefined (no rack) to the end without asking the comparator.
    const names = encountered.map((r) => r ?? null).sort(compareRackNames).map((r) => r ?? undefined);
    const position = new Map(names.map((name, i) => [rackKey(name), i]));
    const ascending = (a: number, b: number): number => a - b;
    const racks = names.map((name) => {
        const rack = byKey.get(rackKey(name))!;
        return { fenced: rack.fenced.sort(ascending), unfenced: rack.unfenced.sort(ascending) };
    });
    return { names, racks, hashOrder: hashOrder.keys().map((r) => position.get(rackKey(r))!), numTotalBrokers: total, numUnfencedBrokers: unfenced };
}

/** `RackList`: the racks in sorted order, a rotating first rack, and a reshuffle once every unfenced broker led once. */
export class RackList {
    private readonly names: readonly (string | undefined)[];
    private readonly racks: readonly Rack[];
    /** Rack list position -> index into `racks` (`rackNames` in Kafka, shuffled as a whole). */
    private readonly order: number[];
    /** Iteration order of Kafka's HashMap<Optional<String>, Rack>. */
    private readonly rackOrder: readonly Rack[];
    readonly numTotalBrokers: number;
    readonly numUnfencedBrokers: number;
    private epoch = 0;
    private offset: number;

    constructor(
        private readonly random: JavaRandom,
        brokers: Iterable<UsableBroker>,
        private readonly wording: PlacerWording = 'before-4.3'
    ) {
        const layout = rackLayoutOf(brokers);
        this.names = layout.names;
        this.racks = layout.racks.map((rack) => new Rack(rack));
        this.order = layout.names.map((_, i) => i);
        this.rackOrder = layout.hashOrder.map((i) => this.racks[i]);
        for (const rack of this.rackOrder) rack.initialize(random);
        this.numTotalBrokers = layout.numTotalBrokers;
        this.numUnfencedBrokers = layout.numUnfencedBrokers;
        this.offset = this.order.length === 0 ? 0 : random.nextInt(this.order.length);
    }

    /** Kafka's `rackNames`, in their current order. */
    get rackNames(): (string | undefined)[] {
        return this.order.map((i) => this.names[i]);
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
        const { order, racks } = this;
        const count = order.length;
        if (this.offset === count) this.offset = 0;
        const brokers: BrokerId[] = [];
        let firstRackIndex = this.offset;
        for (;;) {
            const result = racks[order[firstRackIndex]].nextUnfenced(this.epoch);
            if (result >= 0) {
                brokers.push(result);
                break;
            }
            firstRackIndex++;
            if (firstRackIndex === count) firstRackIndex = 0;
        }
        let rackIndex = this.offset;
        for (let replica = 1; replica < replicationFactor; replica++) {
            let result = -1;
            do {
                if (rackIndex === firstRackIndex) firstRackIndex = -1;
                else result = racks[order[rackIndex]].next(this.epoch);
                rackIndex++;
                if (rackIndex === count) rackIndex = 0;
            } while (result < 0);
            brokers.push(result);
        }
        this.epoch++;
        this.offset++;
        return ok(brokers);
    }

    private shuffle(): void {
        // Shuffling the positions draws what shuffling the names would, and moves them alike.
        javaShuffle(this.order, this.random);
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
