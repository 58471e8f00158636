// `.kafka` is also the extension of the "Tools for Apache Kafka" scratch files
// (PRODUCER/CONSUMER blocks). Such files are not topologies: no diagnostics.
// A file is one when its first line that is not blank or a comment starts a block.
const FIRST_BLOCK = /^(PRODUCER|CONSUMER)\b/;
const COMMENT = /^(\/\/|--|#)/;

export function isToolsForKafkaFormat(text: string): boolean {
    for (const raw of text.split(/\r?\n/, 200)) {
        const line = raw.trim();
        if (line === '' || COMMENT.test(line)) continue;
        return FIRST_BLOCK.test(line);
    }
    return false;
}
