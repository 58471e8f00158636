// A bug in one check must not reach the user as a diagnostic: it is logged (the
// client's output channel, or one line on the CLI's stderr) and the check is skipped.
import type { LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

export type InternalErrorLog = (context: string, error: unknown) => void;

export function internalErrorLog(shared: LangiumSharedCoreServices | LangiumSharedServices): InternalErrorLog {
    return (context, error) => {
        const message = error instanceof Error ? error.message : String(error);
        // The CLI's services have no `lsp` part.
        const connection = 'lsp' in shared ? shared.lsp.Connection : undefined;
        if (connection) {
            connection.console.error(`${context} (skipped): ${error instanceof Error && error.stack ? error.stack : message}`);
        } else {
            process.stderr.write(`kafka-topology: ${context} (skipped): ${message.split('\n')[0]}\n`);
        }
    };
}
