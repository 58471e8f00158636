import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';

/** Semantic tokens on top of the generated TextMate grammar. */
export class KafkaTopologySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): void {}
}
