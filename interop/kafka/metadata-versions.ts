// metadata.version feature levels and the release they belong to.
// Source: apache/kafka server-common/src/main/java/org/apache/kafka/server/common/MetadataVersion.java
// (featureLevel() and version() of each constant, read from the 4.4.0 jar).
const LEVELS: readonly (readonly [number, string])[] = [
    [21, '3.9'], [22, '4.0'], [23, '4.0'], [24, '4.0'], [25, '4.0'], [26, '4.1'], [27, '4.1'], [28, '4.2'], [29, '4.2'],
    [30, '4.3'], [31, '4.4'], [32, '4.4'], [33, '4.4']
];

export function releaseOfMetadataVersion(level: number): string | undefined {
    return LEVELS.find(([l]) => l === level)?.[1];
}
