// A Kafka client properties file (`--command-config`, as Kafka's own tools
// take it) as kafkajs connection options. Secrets stay in memory: no error
// message or log line repeats a value from the file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KafkaConfig, SASLOptions } from 'kafkajs';

export class ClientConfigError extends Error {}

/** `key=value` / `key: value` lines, `#`/`!` comments, `\` line continuations (java.util.Properties, simplified). */
export function parseProperties(text: string): Map<string, string> {
    const properties = new Map<string, string>();
    const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
        const match = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (match) properties.set(match[1], match[2].trim());
        else properties.set(line, '');
    }
    return properties;
}

type Security = Pick<KafkaConfig, 'ssl' | 'sasl'>;

export function securityFromProperties(properties: ReadonlyMap<string, string>, baseDir = '.'): Security {
    const protocol = (properties.get('security.protocol') ?? 'PLAINTEXT').toUpperCase();
    if (!['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(protocol)) throw new ClientConfigError(`security.protocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, not '${protocol}'`);
    const result: { ssl?: KafkaConfig['ssl']; sasl?: SASLOptions } = {};
    if (protocol.endsWith('SSL')) result.ssl = tls(properties, baseDir);
    if (protocol.startsWith('SASL')) result.sasl = sasl(properties);
    return result;
}

export function readClientProperties(path: string): Security {
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch (error) {
        throw new ClientConfigError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    return securityFromProperties(parseProperties(text), dirname(resolve(path)));
}

function sasl(properties: ReadonlyMap<string, string>): SASLOptions {
    const mechanism = (properties.get('sasl.mechanism') ?? 'GSSAPI').toUpperCase();
    const jaas = properties.get('sasl.jaas.config') ?? '';
    const fromJaas = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"((?:\\\\.|[^"\\\\])*)"`).exec(jaas)?.[1]?.replace(/\\(.)/g, '$1');
    const username = properties.get('sasl.username') ?? fromJaas('username');
    const password = properties.get('sasl.password') ?? fromJaas('password');
    const need = () => {
        if (username === undefined || password === undefined) throw new ClientConfigError(`sasl.mechanism ${mechanism} needs a username and password (sasl.jaas.config, or sasl.username and sasl.password)`);
        return { username, password };
    };
    switch (mechanism) {
        case 'PLAIN':
            return { mechanism: 'plain', ...need() };
        case 'SCRAM-SHA-256':
            return { mechanism: 'scram-sha-256', ...need() };
        case 'SCRAM-SHA-512':
            return { mechanism: 'scram-sha-512', ...need() };
        default:
            throw new ClientConfigError(`sasl.mechanism ${mechanism} is not supported by the Node client (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
    }
}

function tls(properties: ReadonlyMap<string, string>, baseDir: string): NonNullable<KafkaConfig['ssl']> {
    const file = (key: string) => {
        const path = properties.get(key);
        if (!path) return undefined;
        try {
            return readFileSync(resolve(baseDir, path), 'utf8');
        } catch (error) {
            throw new ClientConfigError(`cannot read ${key} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
    };
    const pemOnly = (kind: 'truststore' | 'keystore') => {
        const type = properties.get(`ssl.${kind}.type`);
        if (properties.has(`ssl.${kind}.location`) && type?.toUpperCase() !== 'PEM') {
            throw new ClientConfigError(`ssl.${kind}.type ${type ?? 'JKS'} cannot be read by the Node client: use PEM (ssl.${kind}.type=PEM)`);
        }
    };
    pemOnly('truststore');
    pemOnly('keystore');
    const ca = properties.get('ssl.truststore.certificates') ?? file('ssl.truststore.location');
    const cert = properties.get('ssl.keystore.certificate.chain') ?? file('ssl.keystore.location');
    const key = properties.get('ssl.keystore.key') ?? (properties.get('ssl.keystore.location') ? cert : undefined);
    const noHostCheck = properties.get('ssl.endpoint.identification.algorithm') === '';
    return {
        rejectUnauthorized: true,
        ...(ca ? { ca: [ca] } : {}),
        ...(cert ? { cert } : {}),
        ...(key ? { key, passphrase: properties.get('ssl.key.password') } : {}),
        ...(noHostCheck ? { checkServerIdentity: () => undefined } : {})
    };
}
