import { MultiMap, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { DefaultScopeComputation } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';

/**
 * A document exports its `cluster` blocks to Langium's index: the files of one
 * folder that declare the same cluster are parts of it (see ClusterParts), and
 * the index is how a part finds the others. Names inside a cluster are not
 * exported: the scope provider builds each cluster's name tables over its parts
 * (see KafkaTopologyScopeProvider).
 */
export class KafkaTopologyScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const model = document.parseResult.value as Model;
        return (model.clusters ?? []).filter((c) => c.name !== undefined).map((c) => this.descriptions.createDescription(c, c.name, document));
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<never, AstNodeDescription>();
    }
}
