// server.properties of one node: loopback listeners, a static KRaft quorum, fast
// failure detection, small thread pools, no automatic leader rebalance.

export type Role = 'combined' | 'broker' | 'controller';
export type ConfigValue = string | number | boolean;

export interface ExtraListener {
    /** Listener name, e.g. `SASL`; upper case. */
    readonly name: string;
    readonly protocol: 'PLAINTEXT' | 'SASL_PLAINTEXT';
    /** SASL mechanism (only PLAIN is set up by the harness). */
    readonly mechanism?: 'PLAIN';
    /** PLAIN users the broker accepts: user → password. */
    readonly users?: Readonly<Record<string, string>>;
}

export interface NodeLayout {
    readonly id: number;
    readonly role: Role;
    readonly rack?: string;
    readonly dataDir: string;
    /** PLAINTEXT client port (brokers and combined nodes). */
    readonly port?: number;
    /** CONTROLLER port (controllers and combined nodes). */
    readonly controllerPort?: number;
    /** Ports of the extra listeners by name. */
    readonly extraPorts: Readonly<Record<string, number>>;
}

/**
 * Settings every node gets. Detection of a crash is the controller's broker
 * session timeout (4 s, heartbeats every 0.5 s) instead of Kafka's 9 s / 2 s;
 * the KRaft timeouts are a little above Kafka's defaults (fetch 2 s, election
 * 1 s) so that a machine shared by several JVM clusters does not flap the quorum;
 * `auto.leader.rebalance.enable=false` because the model moves leadership back
 * only on `elect-preferred` (SIMULATION.md §2); a broker started while the
 * quorum is lost waits for it (Kafka gives up and exits after
 * `initial.broker.registration.timeout.ms`, 60 s by default; the model has no
 * clock, so a drill's verdict must not depend on how long its steps took).
 */
export function baseConfig(brokerCount: number): Record<string, ConfigValue> {
    const internalRf = Math.min(3, Math.max(1, brokerCount));
    return {
        'broker.heartbeat.interval.ms': 500,
        'broker.session.timeout.ms': 4000,
        'controller.quorum.election.timeout.ms': 1500,
        'controller.quorum.fetch.timeout.ms': 3000,
        'auto.leader.rebalance.enable': false,
        'initial.broker.registration.timeout.ms': 600000,
        'auto.create.topics.enable': false,
        'group.initial.rebalance.delay.ms': 0,
        'offsets.topic.replication.factor': internalRf,
        'offsets.topic.num.partitions': 5,
        'transaction.state.log.replication.factor': internalRf,
        'transaction.state.log.min.isr': 1,
        'transaction.state.log.num.partitions': 5,
        'share.coordinator.state.topic.replication.factor': internalRf,
        'share.coordinator.state.topic.min.isr': 1,
        'share.coordinator.state.topic.num.partitions': 5,
        'replica.lag.time.max.ms': 10000,
        'replica.fetch.wait.max.ms': 200,
        'replica.fetch.backoff.ms': 200,
        // Followers' high watermarks on disk within 0.2 s: the drills read them to know replication is at rest (at-rest.ts).
        'replica.high.watermark.checkpoint.interval.ms': 200,
        'num.network.threads': 2,
        'num.io.threads': 2,
        'num.replica.fetchers': 1,
        'background.threads': 2,
        'num.recovery.threads.per.data.dir': 1,
        'log.cleaner.threads': 1,
        'log.cleaner.dedupe.buffer.size': 2 * 1024 * 1024
    };
}

export function nodeProperties(
    node: NodeLayout,
    voters: string,
    listeners: readonly ExtraListener[],
    config: Readonly<Record<string, ConfigValue>>
): string {
    const props: Record<string, ConfigValue> = { ...config };
    props['node.id'] = node.id;
    props['process.roles'] = node.role === 'combined' ? 'broker,controller' : node.role;
    props['controller.quorum.voters'] = voters;
    props['controller.listener.names'] = 'CONTROLLER';
    props['log.dirs'] = node.dataDir;
    const protocolMap = ['PLAINTEXT:PLAINTEXT', 'CONTROLLER:PLAINTEXT', ...listeners.map((l) => `${l.name}:${l.protocol}`)];
    props['listener.security.protocol.map'] = protocolMap.join(',');
    const own: string[] = [];
    const advertised: string[] = [];
    if (node.role !== 'controller') {
        own.push(`PLAINTEXT://127.0.0.1:${node.port}`);
        advertised.push(`PLAINTEXT://127.0.0.1:${node.port}`);
        for (const l of listeners) {
            own.push(`${l.name}://127.0.0.1:${node.extraPorts[l.name]}`);
            advertised.push(`${l.name}://127.0.0.1:${node.extraPorts[l.name]}`);
            if (l.protocol === 'SASL_PLAINTEXT') Object.assign(props, saslListenerConfig(l));
        }
        props['inter.broker.listener.name'] = 'PLAINTEXT';
        props['advertised.listeners'] = advertised.join(',');
        if (node.rack !== undefined) props['broker.rack'] = node.rack;
    }
    if (node.role !== 'broker') own.push(`CONTROLLER://127.0.0.1:${node.controllerPort}`);
    props['listeners'] = own.join(',');
    return Object.entries(props).map(([k, v]) => `${k}=${String(v)}`).join('\n') + '\n';
}

function saslListenerConfig(listener: ExtraListener): Record<string, string> {
    const prefix = `listener.name.${listener.name.toLowerCase()}`;
    const users = Object.entries(listener.users ?? {}).map(([user, password]) => `user_${user}="${password}"`).join(' ');
    return {
        'sasl.enabled.mechanisms': listener.mechanism ?? 'PLAIN',
        [`${prefix}.sasl.enabled.mechanisms`]: listener.mechanism ?? 'PLAIN',
        [`${prefix}.plain.sasl.jaas.config`]: `org.apache.kafka.common.security.plain.PlainLoginModule required ${users};`
    };
}

/** Client settings for a SASL/PLAIN listener (for the Probe, a tool's --command-config, or a Java snippet). */
export function saslPlainClientConfig(user: string, password: string): Record<string, string> {
    return {
        'security.protocol': 'SASL_PLAINTEXT',
        'sasl.mechanism': 'PLAIN',
        'sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="${user}" password="${password}";`
    };
}
