// Langium's node descriptions (what scopes and the index hold for a named node),
// built as instances of one class.
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider } from 'langium';
import type { URI } from 'vscode-uri';

/**
 * DefaultAstNodeDescriptionProvider.createDescription's description, with the same fields and
 * the same lazy name segment. Langium returns an object literal with a getter, which V8 keeps
 * in dictionary mode: each of the thousands of descriptions a large cluster's scopes hold then
 * carried a hash table and two closures, and every read of it was a hash lookup.
 */
export class KafkaTopologyNodeDescriptions extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const path = this.astNodeLocator.getAstNodePath(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new NodeDescription(this.nameProvider, node, name, uri, path);
    }
}

/**
 * The segments are read from the node when asked, not kept: a description outlives an edit
 * before its node (the scopes keep a topic's description while it is the same node).
 */
class NodeDescription implements AstNodeDescription {
    readonly type: string;
    readonly #names: NameProvider;

    constructor(names: NameProvider, readonly node: AstNode, readonly name: string, readonly documentUri: URI, readonly path: string) {
        this.#names = names;
        this.type = node.$type;
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.node.$cstNode ? CstUtils.toDocumentSegment(this.node.$cstNode) : undefined;
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.#names.getNameNode(this.node) ?? this.node.$cstNode);
    }
}
