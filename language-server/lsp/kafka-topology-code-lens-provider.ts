import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';

/** Code lenses: simulate failover, run scenario, fault tolerance per topic, assignment per group. */
export class KafkaTopologyCodeLensProvider implements CodeLensProvider {
    provideCodeLens(_document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        return [];
    }
}
