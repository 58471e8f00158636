// The interop engine in the extension host: the language's parser and cluster
// facts without a file system (the open editor's text is the input), created
// on first use so that activation stays fast.
import { EmptyFileSystem } from 'langium';
import { formatKafkaText } from '../../interop/format-text.js';
import { loadTopologies } from '../../interop/load-topology.js';
import type { Topology } from '../../interop/topology.js';
import { createKafkaTopologyServices, type KafkaTopologyServiceContainer } from '../../language-server/kafka-topology-module.js';

let services: KafkaTopologyServiceContainer | undefined;

function engine(): KafkaTopologyServiceContainer {
    if (!services) {
        services = createKafkaTopologyServices(EmptyFileSystem);
        services.KafkaTopology.kafka.Settings.update({ changeSafety: { base: 'off' } });
    }
    return services;
}

/** The file's clusters, or the first syntax error's line and message. */
export async function topologiesOf(text: string): Promise<readonly Topology[] | string> {
    const loaded = await loadTopologies(engine(), text);
    return loaded.syntaxErrors.length > 0 ? loaded.syntaxErrors[0] : loaded.topologies;
}

export function formatted(text: string): Promise<string> {
    return formatKafkaText(engine(), text);
}
