// The options `import` and `diff` share to reach a live cluster, as Kafka's own tools take them.
import { ClientConfigError, readClientProperties } from '../../interop/kafka/client-properties.js';
import type { ReadOptions } from '../../interop/import-from-cluster.js';
import { option, type OptionSpec, type ParsedArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';

export const CONNECTION_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    'bootstrap-server': { value: true },
    'command-config': { value: true },
    timeout: { value: true },
    'include-internal': {}
};

export function connectionOptions(parsed: ParsedArguments, command: string): ReadOptions {
    const bootstrap = option(parsed, 'bootstrap-server');
    if (!bootstrap) throw new UsageError(`${command}: --bootstrap-server HOST:PORT[,HOST:PORT…] is required`);
    const servers = bootstrap.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = servers.find((s) => !/^[^\s:]+:\d{1,5}$/.test(s) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(s));
    if (bad !== undefined || servers.length === 0) throw new UsageError(`${command}: --bootstrap-server takes HOST:PORT[,HOST:PORT…], not '${bad ?? bootstrap}'`);
    const timeoutText = option(parsed, 'timeout') ?? '30s';
    const timeout = /^(\d+)(ms|s)?$/.exec(timeoutText);
    if (!timeout || Number(timeout[1]) === 0) throw new UsageError(`${command}: --timeout takes a duration such as 30s or 5000ms, not '${timeoutText}'`);
    const timeoutMs = Number(timeout[1]) * (timeout[2] === 'ms' ? 1 : 1000);
    const config = option(parsed, 'command-config');
    let security: ReadOptions['security'];
    try {
        security = config === undefined ? undefined : readClientProperties(config);
    } catch (error) {
        if (error instanceof ClientConfigError) throw new UsageError(`${command}: --command-config: ${error.message}`);
        throw error;
    }
    return { bootstrap: servers, security, timeoutMs, includeInternal: parsed.options.has('include-internal') };
}
