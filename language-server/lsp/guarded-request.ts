// A bug behind one editor request (hover, inlay hints, code lenses) must not
// fail the request: the editor would log "Request … failed" and show nothing.
// It is logged like a failing check (internal-errors.ts) and the request
// answers with nothing for that part. Cancellation still propagates.
import { isOperationCancelled } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { InternalErrorLog } from '../validation/internal-errors.js';

export async function guardedRequest<T>(log: InternalErrorLog, context: string, fallback: T, run: () => T | Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (error) {
        if (isOperationCancelled(error) || error instanceof ResponseError) throw error;
        log(context, error);
        return fallback;
    }
}
