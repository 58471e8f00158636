import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';

/** Inlay hints: effective defaults, partitions per member. */
export class KafkaTopologyInlayHintProvider extends AbstractInlayHintProvider {
    computeInlayHint(_node: AstNode, _acceptor: InlayHintAcceptor): void {}
}
