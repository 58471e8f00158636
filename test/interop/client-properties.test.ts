import { describe, expect, test } from 'vitest';
import { ClientConfigError, parseProperties, securityFromProperties } from '../../interop/kafka/client-properties.js';

const props = (text: string) => securityFromProperties(parseProperties(text));

describe('--command-config: Kafka client properties', () => {
    test('SASL/PLAIN from sasl.jaas.config, as Kafka tools take it', () => {
        expect(props(`security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="alice" password="s3cr\\"et";`)).toEqual({ sasl: { mechanism: 'plain', username: 'alice', password: 's3cr"et' } });
    });

    test('SCRAM from sasl.username / sasl.password; PLAINTEXT needs nothing', () => {
        expect(props('security.protocol: SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.username=bob\nsasl.password=pw')).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'bob', password: 'pw' } });
        expect(props('# nothing\n')).toEqual({});
    });

    test('SSL with PEM; JKS is refused with the reason, never echoing secrets', () => {
        expect(props('security.protocol=SSL\nssl.truststore.type=PEM\nssl.truststore.certificates=-----BEGIN CERTIFICATE-----x')).toMatchObject({ ssl: { ca: ['-----BEGIN CERTIFICATE-----x'], rejectUnauthorized: true } });
        expect(() => props('security.protocol=SSL\nssl.truststore.location=/x.jks\nssl.truststore.password=hunter2')).toThrow(/ssl.truststore.type JKS cannot be read/);
        try {
            props('security.protocol=SASL_SSL\nsasl.mechanism=GSSAPI\nsasl.password=hunter2');
        } catch (error) {
            expect(error).toBeInstanceOf(ClientConfigError);
            expect(String(error)).not.toContain('hunter2');
        }
        expect(() => props('security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN')).toThrow(/needs a username and password/);
    });
});
