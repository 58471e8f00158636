import { MultiMap, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { DefaultScopeComputation } from 'langium';

/**
 * Every `.kafka` file is a world of its own and every cluster a scope of its own:
 * nothing is exported to other files, and the scope provider builds each
 * cluster's name tables itself (see KafkaTopologyScopeProvider).
 */
export class KafkaTopologyScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<never, AstNodeDescription>();
    }
}
