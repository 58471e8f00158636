// The Kafka releases the oracle runs: one patch release per line the model may
// claim. Maven Central serves 3.9.x and 4.0.x … 4.4.x (checked against
// .library/env/packages/maven-partial.tsv and `mvn dependency:get`).

export interface KafkaRelease {
    /** The release line as a `.kafka` file names it (`kafka-version 4.1`). */
    readonly line: string;
    /** The Maven version of the jars (`org.apache.kafka:kafka_2.13:<version>`). */
    readonly version: string;
    /** In the default run (3.9, 4.0, 4.1, 4.2 and the newest); the others on request. */
    readonly byDefault: boolean;
}

export const RELEASES: readonly KafkaRelease[] = [
    { line: '3.9', version: '3.9.1', byDefault: true },
    { line: '4.0', version: '4.0.2', byDefault: true },
    { line: '4.1', version: '4.1.2', byDefault: true },
    { line: '4.2', version: '4.2.2', byDefault: true },
    { line: '4.3', version: '4.3.1', byDefault: false },
    { line: '4.4', version: '4.4.0', byDefault: true }
];

/** The releases a run covers: `KAFKA_RELEASES=4.1,4.2` (lines or versions) or `all`. */
export function selectedReleases(env: string | undefined = process.env.KAFKA_RELEASES): KafkaRelease[] {
    if (env === undefined || env.trim() === '') return RELEASES.filter((r) => r.byDefault);
    if (env.trim() === 'all') return [...RELEASES];
    return env.split(',').map((name) => releaseOf(name.trim()));
}

/** A release by line (`4.1`) or exact version (`4.1.2`); a version not in the table is taken as is. */
export function releaseOf(name: string): KafkaRelease {
    const known = RELEASES.find((r) => r.line === name || r.version === name);
    if (known) return known;
    const match = /^(\d+\.\d+)\.\d+$/.exec(name);
    if (!match) throw new Error(`unknown Kafka release '${name}' (one of ${RELEASES.map((r) => r.line).join(', ')}, or an exact version like 4.1.2)`);
    return { line: match[1], version: name, byDefault: false };
}

/** Whether release line `a` is at least `b` (`atLeast('4.1', '4.0')`). */
export function atLeast(a: string, b: string): boolean {
    const [a1, a2] = a.split('.').map(Number);
    const [b1, b2] = b.split('.').map(Number);
    return a1 !== b1 ? a1 > b1 : a2 >= b2;
}
