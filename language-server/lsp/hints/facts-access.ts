// Cluster facts and the message language for providers that may be built
// without the language's services (then: English, and facts cached per cluster
// node, which Langium replaces on every re-parse).
import type { Cluster } from '../../generated/ast.js';
import type { KafkaTopologyServices } from '../../kafka-topology-module.js';
import type { Locale } from '../../messages/locale.js';
import { ClusterFacts } from '../../model/cluster-facts.js';

export class FactsAccess {
    private readonly own = new WeakMap<Cluster, ClusterFacts>();

    constructor(private readonly services?: KafkaTopologyServices) {}

    facts(cluster: Cluster): ClusterFacts {
        if (this.services) return this.services.kafka.ClusterFacts.get(cluster);
        let facts = this.own.get(cluster);
        if (!facts) {
            facts = new ClusterFacts(cluster);
            this.own.set(cluster, facts);
        }
        return facts;
    }

    get locale(): Locale {
        return this.services?.kafka.Locale.current ?? 'en';
    }

    /** Whether the user lets the simulator run for lenses (`kafkaTopology.analysis.enabled`). */
    get analysis(): boolean {
        return this.services?.kafka.Settings?.current.analysis !== false;
    }
}
