// One line for what went wrong while reading a cluster: unreachable,
// authentication, authorisation, timeout. Never a value from the client
// properties (the messages quoted come from the broker or the socket).
export class ImportError extends Error {}

const AUTHORIZATION = /AUTHORIZATION_FAILED$/;
const AUTH_CODES: Readonly<Record<number, string>> = { 29: 'TOPIC_AUTHORIZATION_FAILED', 30: 'GROUP_AUTHORIZATION_FAILED', 31: 'CLUSTER_AUTHORIZATION_FAILED' };

export function describeError(error: unknown, step: string, bootstrap: readonly string[]): ImportError {
    const e = error as { name?: string; type?: string; code?: number | string; message?: string; originalError?: unknown };
    const name = e?.name ?? '';
    const message = oneLine(e?.message ?? String(error));
    if (name === 'KafkaJSSASLAuthenticationError' || /SASL|authentication/i.test(message) && !AUTHORIZATION.test(e?.type ?? '')) {
        if (name === 'KafkaJSSASLAuthenticationError' || /authentication failed/i.test(message)) return new ImportError(`authentication failed at ${bootstrap.join(',')}: ${message}`);
    }
    if (AUTHORIZATION.test(e?.type ?? '') || (typeof e?.code === 'number' && AUTH_CODES[e.code])) {
        return new ImportError(`not authorised while ${step}: ${e.type ?? AUTH_CODES[e.code as number]} (the principal needs Describe/DescribeConfigs ACLs)`);
    }
    if (name === 'KafkaJSConnectionError' || name === 'KafkaJSNonRetriableError' && /connect|ECONN|ENOTFOUND|EHOSTUNREACH/i.test(message) || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Connection (timeout|error)/i.test(message)) {
        return new ImportError(`cannot reach ${bootstrap.join(',')}: ${message}`);
    }
    if (name === 'KafkaJSNumberOfRetriesExceeded' && e.originalError) return describeError(e.originalError, step, bootstrap);
    if (name === 'KafkaJSRequestTimeoutError') return new ImportError(`timed out while ${step}: ${message}`);
    return new ImportError(`${step} failed: ${message}`);
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
