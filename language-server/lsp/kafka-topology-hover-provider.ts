import type { AstNode, MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';

/** Hover: effective settings, placement, fault tolerance, assignments, config docs, concepts. */
export class KafkaTopologyHoverProvider extends AstNodeHoverProvider {
    protected getAstNodeHoverContent(_node: AstNode): MaybePromise<string | undefined> {
        return undefined;
    }
}
