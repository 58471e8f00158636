// `.kafka` is also the extension of the "Tools for Apache Kafka" scratch files
// (PRODUCER/CONSUMER blocks). Such files are not topologies: no diagnostics.
const TOOLS_BLOCK = /^[ \t]*(PRODUCER|CONSUMER)\b/m;
const CLUSTER = /^[ \t]*cluster\b/m;

export function isToolsForKafkaFormat(text: string): boolean {
    return TOOLS_BLOCK.test(text) && !CLUSTER.test(text);
}
