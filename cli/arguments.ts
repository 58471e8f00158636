// A small, strict argument parser: known options only, values where required,
// `--` ends the options. Anything else is a UsageError with a one-line reason.
import { UsageError } from './usage-error.js';

export interface OptionSpec {
    /** Takes a value (`--format json`); otherwise a flag. */
    readonly value?: boolean;
    /** May be given more than once (`--step a --step b`). */
    readonly repeat?: boolean;
}

export interface ParsedArguments {
    readonly positionals: string[];
    readonly options: Map<string, string[]>;
}

export function parseArguments(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string): ParsedArguments {
    const positionals: string[] = [];
    const options = new Map<string, string[]>();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positionals.push(...args.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        const spec = specs[name];
        if (!spec) throw new UsageError(`${command}: unknown option --${name} (see 'kafka-topology ${command} --help')`);
        let value = 'true';
        if (spec.value) {
            if (eq > 0) value = arg.slice(eq + 1);
            else if (i + 1 < args.length) value = args[++i];
            else throw new UsageError(`${command}: --${name} needs a value`);
        } else if (eq > 0) {
            throw new UsageError(`${command}: --${name} takes no value`);
        }
        const values = options.get(name) ?? [];
        if (values.length > 0 && !spec.repeat) throw new UsageError(`${command}: --${name} is given more than once`);
        values.push(value);
        options.set(name, values);
    }
    return { positionals, options };
}

export function option(parsed: ParsedArguments, name: string): string | undefined {
    return parsed.options.get(name)?.[0];
}

export type OutputFormat = 'text' | 'json';

export function formatOption(parsed: ParsedArguments, command: string): OutputFormat {
    const format = option(parsed, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`${command}: --format must be text or json, not '${format}'`);
    return format;
}

export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    format: { value: true },
    locale: { value: true },
    help: {}
};
