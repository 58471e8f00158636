import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Symbol and completion kinds of this language's nodes (outline icons, completion icons). */
export class KafkaTopologyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        switch (typeOf(node)) {
            case ast.Cluster.$type:
                return SymbolKind.Namespace;
            case ast.Broker.$type:
                return SymbolKind.Object;
            case ast.BrokerRange.$type:
                return SymbolKind.Array;
            case ast.Defaults.$type:
                return SymbolKind.Struct;
            case ast.Topic.$type:
                return SymbolKind.Event;
            case ast.Producer.$type:
                return SymbolKind.Function;
            case ast.ConsumerGroup.$type:
            case ast.ShareGroup.$type:
                return SymbolKind.Class;
            case ast.Member.$type:
            case ast.MembersProperty.$type:
                return SymbolKind.Field;
            case ast.Scenario.$type:
                return SymbolKind.Method;
            default:
                return super.getSymbolKind(node);
        }
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        switch (typeOf(node)) {
            case ast.Topic.$type:
                return CompletionItemKind.Event;
            case ast.ConsumerGroup.$type:
            case ast.ShareGroup.$type:
                return CompletionItemKind.Class;
            case ast.Member.$type:
            case ast.MembersProperty.$type:
                return CompletionItemKind.Field;
            default:
                return super.getCompletionItemKind(node);
        }
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
