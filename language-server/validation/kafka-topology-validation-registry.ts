import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { KafkaTopologyCoreServices } from '../kafka-topology-core-module.js';
import { internalErrorLog, type InternalErrorLog } from './internal-errors.js';

/**
 * Langium turns an exception in a check into an error diagnostic ("An error
 * occurred during validation: …") without a code. Here the exception is logged
 * and that one check skipped; the other checks still report. And a synchronous
 * check stays synchronous: Langium wraps every check in an async function, a
 * promise per node and check (≈ 100 MB of them in `check` of 30 000 lines).
 */
export class KafkaTopologyValidationRegistry extends ValidationRegistry {
    protected readonly log: InternalErrorLog;

    constructor(services: KafkaTopologyCoreServices) {
        super(services);
        this.log = internalErrorLog(services.shared);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise
                    ? result.catch((error: unknown) => {
                          if (isOperationCancelled(error)) throw error;
                          this.log(`An error occurred during validation of ${node.$type}`, error);
                      })
                    : undefined;
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                this.log(`An error occurred during validation of ${node.$type}`, error);
                return undefined;
            }
        };
    }

    protected override async handleException(
        functionality: () => MaybePromise<void>, messageContext: string, _accept: ValidationAcceptor, node: AstNode
    ): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            this.log(`${messageContext} of ${node.$type}`, error);
        }
    }
}
