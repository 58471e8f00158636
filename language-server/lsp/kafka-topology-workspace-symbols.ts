// workspace/symbol (Ctrl+T): the clusters, topics, consumer groups, producers
// and scenarios of the open documents (the server holds no others: see
// kafka-topology-workspace.ts), matched fuzzily against the query.
import { GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { FuzzyMatcher, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Model } from '../generated/ast.js';
import { insideQuotes } from './navigation/quoted-names.js';

/** Enough for a picker; a query as short as one letter must not return a 30 000-line file's every topic. */
const MAX_SYMBOLS = 1000;

export class KafkaTopologyWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly matcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            if (cancelToken) await interruptAndCheck(cancelToken);
            for (const symbol of this.symbolsOf(document as LangiumDocument<Model>)) {
                if (symbols.length >= MAX_SYMBOLS) return symbols;
                if (params.query === '' || this.matcher.match(params.query, symbol.name)) symbols.push(symbol);
            }
        }
        return symbols;
    }

    protected *symbolsOf(document: LangiumDocument<Model>): Generator<WorkspaceSymbol> {
        const model = document.parseResult.value;
        if (!model?.clusters) return;
        const symbol = (node: AstNode & { name?: string }, kind: SymbolKind, containerName?: string): WorkspaceSymbol | undefined => {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (!node.name || !nameNode) return undefined;
            return { name: node.name, kind, containerName, location: { uri: document.uri.toString(), range: insideQuotes(document, nameNode.range) } };
        };
        for (const cluster of model.clusters) {
            const own = symbol(cluster, SymbolKind.Namespace);
            if (own) yield own;
            const children: Array<[Array<AstNode & { name?: string }>, SymbolKind]> = [
                [cluster.topics, SymbolKind.Class],
                [cluster.groups, SymbolKind.Interface],
                [cluster.producers, SymbolKind.Function],
                [cluster.scenarios, SymbolKind.Event]
            ];
            for (const [nodes, kind] of children) {
                for (const node of nodes) {
                    const child = symbol(node, kind, cluster.name);
                    if (child) yield child;
                }
            }
        }
    }
}
