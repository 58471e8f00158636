import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import type { KafkaTopologyServices } from '../kafka-topology-module.js';
import { internalErrorLog, type InternalErrorLog } from './internal-errors.js';

/**
 * Langium turns an exception in a check into an error diagnostic ("An error
 * occurred during validation: …") without a code. Here the exception is logged
 * and that one check skipped; the other checks still report.
 */
export class KafkaTopologyValidationRegistry extends ValidationRegistry {
    protected readonly log: InternalErrorLog;

    constructor(services: KafkaTopologyServices) {
        super(services);
        this.log = internalErrorLog(services.shared);
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
