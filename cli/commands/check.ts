// kafka-topology check <file|dir>... [--format text|json] [--locale en|ko]
import type { Diagnostic } from 'vscode-languageserver';
import { COMMON_OPTIONS, formatOption, option, parseArguments } from '../arguments.js';
import { resolvePlurals } from '../../language-server/messages/grammar-forms.js';
import { UsageError } from '../usage-error.js';
import { checkLocale, collectFiles, createServices, loadFiles } from '../workspace.js';

export const CHECK_HELP = `usage: kafka-topology check <file|dir>... [--format text|json] [--locale en|ko]

Parses, links and validates every .kafka file (directories recursively) and runs
every scenario. Exit code 0: no error; 1: an error or a failed expectation; 2: usage or I/O error.`;

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

export interface CheckedDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: (typeof SEVERITIES)[number];
    readonly code: string;
    readonly message: string;
}

export async function check(args: readonly string[], out: (text: string) => void): Promise<number> {
    const parsed = parseArguments(args, COMMON_OPTIONS, 'check');
    if (parsed.options.has('help')) {
        out(CHECK_HELP);
        return 0;
    }
    const format = formatOption(parsed, 'check');
    checkLocale(option(parsed, 'locale'), 'check');
    if (parsed.positionals.length === 0) throw new UsageError("check: name at least one .kafka file or directory (see 'kafka-topology check --help')");
    const files = collectFiles(parsed.positionals, 'check');
    const services = createServices(option(parsed, 'locale'));
    const loaded = await loadFiles(services, files, 'check');

    const results: CheckedDiagnostic[] = loaded.flatMap(({ path, document }) =>
        (document.diagnostics ?? []).map((d) => toChecked(path, d)).sort((a, b) => a.line - b.line || a.column - b.column)
    );
    if (format === 'json') {
        out(JSON.stringify(results, null, 2));
    } else {
        for (const d of results) out(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
        const errors = results.filter((d) => d.severity === 'error').length;
        out(resolvePlurals(`${files.length} file(s) checked: ${errors} error(s), ${results.length - errors} other diagnostic(s).`));
    }
    return results.some((d) => d.severity === 'error') ? 1 : 0;
}

function toChecked(file: string, d: Diagnostic): CheckedDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[(d.severity ?? 1) - 1],
        code: String(d.code ?? 'syntax-error'),
        message: d.message
    };
}
